import { describe, expect, it } from 'vitest';
import { nameKey } from '../entities/detect/name-key.ts';
import { entityForms } from '../entities/provisional.ts';
import { testOrganization, testPerson } from '../entities/test-registry.ts';
import {
  decideProvisional,
  legacyProvisional,
  provisionalRecord,
  provisionalText,
  retiredSummary,
  sameEntity,
  type LiveEntity,
  type ProvisionalEntry,
  type ProvisionalRecord,
} from './provisional.ts';

const live = (ref: string, type: LiveEntity['type'], ...forms: string[]): LiveEntity => ({
  ref,
  type,
  forms,
  keys: forms.map(nameKey),
  path: `/${ref}/`,
});
const person = (ru: string, en?: string): Omit<ProvisionalEntry, 'status'> => ({
  type: 'person',
  key: nameKey(ru),
  names: { ru, ...(en && { en }) },
});

describe('the page a vanished provisional name has now', () => {
  it('is the entity with the same normal form, in any case of letters', () => {
    const found = sameEntity(person('Андрей Носков'), [live('people/noskov', 'person', 'андрей носков')], nameKey);
    expect(found?.ref).toBe('people/noskov');
  });

  it('else the one entity with the same transliteration key: a Belarusian spelling reaches the Russian one', () => {
    const entry = person('Аляксандр Лукашэнка');
    expect(sameEntity(entry, [live('people/lukashenko', 'person', 'Александр Лукашенко')], nameKey)?.ref).toBe(
      'people/lukashenko',
    );
  });

  it('prefers the same type, then takes another type when it alone has the name', () => {
    const place = { type: 'place' as const, key: nameKey('Гродно'), names: { ru: 'Гродно' } };
    const both = [live('organizations/grodno', 'organization', 'Гродно'), live('places/grodno', 'place', 'Гродно')];
    expect(sameEntity(place, both, nameKey)?.ref).toBe('places/grodno');
    expect(sameEntity(place, [both[0]!], nameKey)?.ref).toBe('organizations/grodno');
  });

  it('is none when two entities have the name: a guess could send a citation to the wrong person', () => {
    const two = [live('people/petrov-1', 'person', 'Иван Петров'), live('people/petrov-2', 'person', 'Иван Петров')];
    expect(sameEntity(person('Иван Петров'), two, nameKey)).toBeUndefined();
  });

  it('is none for an event, which has no name type, and for a name nobody has', () => {
    expect(sameEntity(person('Иван Петров'), [live('events/x', undefined, 'Иван Петров')], nameKey)).toBeUndefined();
    expect(sameEntity(person('Иван Петров'), [live('people/x', 'person', 'Пётр Иванов')], nameKey)).toBeUndefined();
  });

  it('compares with a registry entry’s names, aliases and given name + surname', () => {
    const noskov = testPerson('noskov', { given: 'Андрей', surname: 'Носков' }, { given: 'Andrei', surname: 'Noskov' });
    const { type, forms, keys } = entityForms(noskov);
    expect(type).toBe('person');
    expect(forms).toContain('Андрей Носков');
    expect(keys).toContain(nameKey('Андрей Носков'));
    const eaeu = testOrganization('eaeu', { ru: 'Евразийский экономический союз', en: 'Eurasian Economic Union' }, [
      'Евразийский союз',
    ]);
    expect(entityForms(eaeu).forms).toContain('Евразийский союз');
  });
});

describe('what stands at a provisional path', () => {
  const record: ProvisionalRecord = {
    'people/andrey-noskov': { ...person('Андрей Носков', 'Andrey Noskov'), status: 'live' },
    'people/olga-sidorenko': { ...person('Ольга Сидоренко'), status: 'live' },
    'people/ivan-petrov': { ...person('Иван Петров'), status: 'live' },
  };
  const lock = new Map([
    ['people/andrey-noskov', '/people/andrey-noskov/'],
    ['people/olga-sidorenko', '/people/olga-sidorenko/'],
    ['people/ivan-petrov', '/people/ivan-petrov/'],
    ['people/rumas', '/people/rumas/'],
    ['people/noskov', '/people/noskov/'],
  ]);
  const decide = (over: Partial<Parameters<typeof decideProvisional>[0]> = {}) =>
    decideProvisional({
      record,
      lock,
      lockPages: ['/people/', '/people/olga-sidorenko/2024/', '/en/people/olga-sidorenko/2024/'],
      provisional: new Map([['people/ivan-petrov', person('Иван Петров')]]),
      registry: new Set(['people/rumas', 'people/noskov']),
      editorRedirected: new Map(),
      live: [
        live('people/rumas', 'person', 'Сергей Румас'),
        live('people/noskov', 'person', 'Андрей Носков'),
        live('people/ivan-petrov', 'person', 'Иван Петров'),
      ],
      nameKey,
      ...over,
    });

  it('redirects to the registry page an editor made for the same name under another id', () => {
    const { retired, record: next } = decide();
    expect(retired.find((r) => r.ref === 'people/andrey-noskov')).toEqual({
      ref: 'people/andrey-noskov',
      type: 'person',
      names: { ru: 'Андрей Носков', en: 'Andrey Noskov' },
      path: '/people/andrey-noskov/',
      to: '/people/noskov/',
      pages: ['/en/people/andrey-noskov/', '/people/andrey-noskov/'],
    });
    expect(next['people/andrey-noskov']).toMatchObject({ status: 'redirect', to: '/people/noskov/' });
  });

  it('leaves a tombstone when no page has the name, at the path, its /en/ twin and the locked pages under them', () => {
    const { retired, record: next, kept } = decide();
    const sidorenko = retired.find((r) => r.ref === 'people/olga-sidorenko')!;
    expect(sidorenko.to).toBeUndefined();
    expect(sidorenko.pages).toEqual([
      '/en/people/olga-sidorenko/',
      '/en/people/olga-sidorenko/2024/',
      '/people/olga-sidorenko/',
      '/people/olga-sidorenko/2024/',
    ]);
    expect(next['people/olga-sidorenko']).toMatchObject({ status: 'tombstone' });
    expect(next['people/olga-sidorenko']!.to).toBeUndefined();
    expect([...kept].sort()).toEqual(['/people/andrey-noskov/', '/people/olga-sidorenko/']);
  });

  it('keeps a name still proposed live, and never retires an editor’s path (registry entries are not in the record)', () => {
    const { retired, record: next } = decide();
    expect(next['people/ivan-petrov']).toMatchObject({ status: 'live' });
    expect(retired.map((r) => r.ref)).toEqual(['people/andrey-noskov', 'people/olga-sidorenko']);
    expect(next['people/rumas']).toBeUndefined();
  });

  it('forgets a name accepted under its own id: the registry file owns the path from then on', () => {
    const { retired, record: next } = decide({
      registry: new Set(['people/rumas', 'people/noskov', 'people/olga-sidorenko']),
    });
    expect(next['people/olga-sidorenko']).toBeUndefined();
    expect(retired.map((r) => r.ref)).toEqual(['people/andrey-noskov']);
  });

  it('leaves a path the editor redirected in content/redirects.yaml to the editor’s page', () => {
    const {
      retired,
      record: next,
      kept,
    } = decide({
      editorRedirected: new Map([['/people/olga-sidorenko/', '/people/rumas/']]),
    });
    expect(retired.map((r) => r.ref)).toEqual(['people/andrey-noskov']);
    expect(next['people/olga-sidorenko']).toMatchObject({ status: 'redirect', to: '/people/rumas/' });
    expect(kept.has('/people/olga-sidorenko/')).toBe(true);
  });

  it('brings a retired name back to life when it is proposed again under its id', () => {
    const { retired, record: next } = decide({
      record: { 'people/ivan-petrov': { ...person('Иван Петров'), status: 'tombstone' } },
    });
    expect(retired).toEqual([]);
    expect(next['people/ivan-petrov']).toMatchObject({ status: 'live' });
  });

  it('is decided again at every build: a tombstone becomes a redirect once the entity has a page', () => {
    const first = decide({ live: [] });
    expect(first.record['people/andrey-noskov']).toMatchObject({ status: 'tombstone' });
    const second = decide({ record: first.record });
    expect(second.record['people/andrey-noskov']).toMatchObject({ status: 'redirect', to: '/people/noskov/' });
  });
});

describe('the record and the summary', () => {
  it('writes one line per entity, sorted, and reads it back', () => {
    const text = provisionalText({
      'places/grodno': { type: 'place', key: 'grdn', names: { ru: 'Гродно' }, status: 'tombstone' },
      'people/a': { type: 'person', key: 'a', names: { ru: 'А' }, status: 'redirect', to: '/people/b/' },
    });
    expect(text).toBe(
      '{\n' +
        '  "people/a": {"type":"person","key":"a","names":{"ru":"А"},"status":"redirect","to":"/people/b/"},\n' +
        '  "places/grodno": {"type":"place","key":"grdn","names":{"ru":"Гродно"},"status":"tombstone"}\n' +
        '}\n',
    );
    expect(provisionalRecord.safeParse(JSON.parse(text)).success).toBe(true);
    expect(provisionalText({})).toBe('{}\n');
    expect(
      provisionalRecord.safeParse({ 'topics/x': { type: 'person', key: '', names: {}, status: 'live' } }).success,
    ).toBe(false);
  });

  it('says how many were retired this time, and nothing for those an earlier build retired the same way', () => {
    const retired = [
      { ref: 'people/a', type: 'person' as const, names: {}, path: '/people/a/', to: '/people/b/', pages: [] },
      { ref: 'people/c', type: 'person' as const, names: {}, path: '/people/c/', pages: [] },
    ];
    expect(retiredSummary({}, retired)).toBe(
      "2 provisional pages are no longer proposed: 1 redirected to the same entity's page (/people/a/ → /people/b/), 1 tombstone (/people/c/)",
    );
    const before: ProvisionalRecord = {
      'people/a': { type: 'person', key: 'a', names: {}, status: 'redirect', to: '/people/b/' },
      'people/c': { type: 'person', key: 'c', names: {}, status: 'tombstone' },
    };
    expect(retiredSummary(before, retired)).toBeUndefined();
  });
});

describe('a lock older than the record', () => {
  it('takes a locked entity whose registry file git never saw for a provisional page, named when detection still knows it', () => {
    const record = legacyProvisional(
      ['people/andrey-noskov', 'people/rumas', 'places/posmotret', 'events/forum'],
      new Set(['people/rumas']),
      new Map([['people/andrey-noskov', person('Андрей Носков')]]),
    );
    expect(record).toEqual({
      'people/andrey-noskov': { ...person('Андрей Носков'), status: 'live' },
      'places/posmotret': { type: 'place', key: '', names: {}, status: 'live' },
    });
  });

  it('redirects a path known by its id only to the one entity of another kind with that id', () => {
    const { retired } = decideProvisional({
      record: { 'organizations/soviet-union': { type: 'organization', key: '', names: {}, status: 'live' } },
      lock: new Map([['organizations/soviet-union', '/organizations/soviet-union/']]),
      lockPages: [],
      provisional: new Map(),
      registry: new Set(),
      editorRedirected: new Map(),
      live: [live('places/soviet-union', 'place', 'Soviet Union')],
      nameKey,
    });
    expect(retired[0]!.to).toBe('/places/soviet-union/');
  });
});
