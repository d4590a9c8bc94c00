/**
 * Candidates: the names detection found across the archive that no registry entity covers, grouped by
 * type and transliteration key (so `Носкова`, `Носков` and `Nоskov` are one candidate), ranked by the
 * number of articles, each with its contexts and a ready registry stub. A bare surname joins the one
 * full name of the archive that has it. The editor accepts, aliases or rejects (`entities:suggest`).
 */
import iuliia from 'iuliia';
import { stringify } from 'yaml';
import type { DetectedName, NameType, TextLanguage } from './detect/types.ts';
import { nameKey, wordKey } from './detect/name-key.ts';
import type { Mention } from './enrichment-schema.ts';
import type { Entity } from './schema.ts';
import { slugFromTitle } from '../permalinks/slug.ts';
import { compareText } from '../collate.ts';

/** Registry folder of each name type. */
export const folderOf: Record<NameType, 'people' | 'organizations' | 'places'> = {
  person: 'people',
  organization: 'organizations',
  place: 'places',
};

/** The name type of a registry folder (`events` has none: detection finds no events). */
export function nameTypeOf(collection: string): NameType | undefined {
  return (Object.keys(folderOf) as NameType[]).find((type) => folderOf[type] === collection);
}

/** One article's names, as detection found them. */
export interface ArticleNames {
  /** The article's id. */
  article: string;
  /** Its paragraph texts (paragraph 1 first), for contexts. */
  paragraphs: readonly string[];
  names: readonly DetectedName[];
  /** The registry mentions already linked in it: names inside them are not candidates. */
  mentions: readonly Mention[];
}

/** A proposed entity. */
export interface Candidate {
  /** A stable id for the command line and the registry file name (`mikhail-mishustin`). */
  id: string;
  type: NameType;
  /** The commonest normal form, per language it was seen in. */
  names: Partial<Record<TextLanguage, string>>;
  /** The displayed name (Russian first). */
  name: string;
  key: string;
  /** High when some mention was a full name (or a dictionary organization/place) or the name is in two or more articles. */
  confidence: 'high' | 'low';
  articles: string[];
  count: number;
  /** Every occurrence, with its exact span in its paragraph. */
  occurrences: Array<{ article: string; paragraph: number; start: number; end: number; text: string }>;
  /** Where it occurs: article, paragraph and the sentence around it. */
  contexts: Array<{ article: string; paragraph: number; text: string; snippet: string }>;
  given?: string;
  surname?: string;
  patronymic?: string;
  gender?: 'male' | 'female';
}

/** Keys of every name the registry already has (names, aliases, name parts), per type. */
export function registryKeys(entities: readonly Entity[]): Set<string> {
  const keys = new Set<string>();
  for (const e of entities) {
    const type = nameTypeOf(e.collection);
    if (!type) continue;
    for (const name of [...Object.values(e.names), ...e.aliases, ...e.acronyms])
      if (name) keys.add(`${type}:${nameKey(name)}`);
    if (e.collection === 'people') {
      for (const surname of Object.values(e.surname)) if (surname) keys.add(`person:${wordKey(surname)}`);
      for (const given of Object.values(e.givenName))
        for (const surname of Object.values(e.surname))
          if (given && surname) keys.add(`person:${nameKey(`${given} ${surname}`)}`);
    }
  }
  return keys;
}

/** Groups the archive's detected names into candidates, most articles first. */
export function groupCandidates(
  archive: readonly ArticleNames[],
  known: ReadonlySet<string>,
  rejected: ReadonlySet<string> = new Set(),
): Candidate[] {
  type Group = { names: Array<DetectedName & { article: string }>; paragraphs: Map<string, readonly string[]> };
  const groups = new Map<string, Group>();
  for (const { article, paragraphs, names, mentions } of archive) {
    for (const name of names) {
      if (mentions.some((m) => m.paragraph === name.paragraph && m.start <= name.start && name.end <= m.end)) continue;
      const id = `${name.type}:${name.key}`;
      if (!name.key || known.has(id) || rejected.has(id)) continue;
      if (name.type === 'person' && name.surname && !name.given && known.has(`person:${wordKey(name.surname)}`))
        continue;
      const group: Group = groups.get(id) ?? { names: [], paragraphs: new Map() };
      group.names.push({ ...name, article });
      group.paragraphs.set(article, paragraphs);
      groups.set(id, group);
    }
  }
  // A bare surname joins the only full name with that surname.
  const full = new Map<string, string[]>();
  for (const [id, group] of groups) {
    const first = group.names[0];
    if (first.type === 'person' && first.given && first.surname) {
      const k = wordKey(first.surname);
      full.set(k, [...(full.get(k) ?? []), id]);
    }
  }
  for (const [id, group] of [...groups]) {
    const first = group.names[0];
    if (first.type !== 'person' || first.given || !first.surname || first.normal.includes('.')) continue;
    const targets = full.get(wordKey(first.surname));
    if (targets?.length === 1 && targets[0] !== id) {
      const target = groups.get(targets[0])!;
      target.names.push(...group.names);
      for (const [a, p] of group.paragraphs) target.paragraphs.set(a, p);
      groups.delete(id);
    }
  }
  const candidates: Candidate[] = [];
  const usedIds = new Set<string>();
  for (const [key, group] of groups) {
    const type = group.names[0].type;
    const articles = [...new Set(group.names.map((n) => n.article))];
    const names: Candidate['names'] = {};
    for (const language of ['ru', 'be', 'en'] as const) {
      const forms = group.names.filter(
        (n) => n.language === language && (n.given || type !== 'person' || !group.names.some((m) => m.given)),
      );
      const best = commonest(forms.map((n) => n.normal));
      if (best) names[language] = best;
    }
    const name = names.ru ?? names.be ?? names.en ?? group.names[0].normal;
    const fullest = group.names.find((n) => n.given && n.surname) ?? group.names[0];
    const confidence = articles.length >= 2 || group.names.some((n) => n.confidence === 'high') ? 'high' : 'low';
    let id = slugFromTitle(name, 'name');
    for (let n = 2; usedIds.has(`${type}:${id}`); n++) id = `${slugFromTitle(name, 'name')}-${n}`;
    usedIds.add(`${type}:${id}`);
    candidates.push({
      id,
      type,
      names,
      name,
      key: key.slice(key.indexOf(':') + 1),
      confidence,
      articles,
      count: group.names.length,
      occurrences: group.names.map((n) => ({
        article: n.article,
        paragraph: n.paragraph,
        start: n.start,
        end: n.end,
        text: n.text,
      })),
      contexts: group.names.slice(0, 5).map((n) => ({
        article: n.article,
        paragraph: n.paragraph,
        text: n.text,
        snippet: snippet(group.paragraphs.get(n.article)![n.paragraph - 1] ?? '', n.start, n.end),
      })),
      ...(type === 'person'
        ? { given: fullest.given, surname: fullest.surname, patronymic: fullest.patronymic, gender: fullest.gender }
        : {}),
    });
  }
  const byName = compareText('ru');
  return candidates.sort(
    (a, b) => b.articles.length - a.articles.length || b.count - a.count || byName(a.name, b.name),
  );
}

function commonest(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function snippet(text: string, start: number, end: number): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - 60)) + 1);
  const to = Math.min(text.length, end + 60);
  return `${from > 0 ? '…' : ''}${text.slice(from, start)}[${text.slice(start, end)}]${text.slice(end, to)}${to < text.length ? '…' : ''}`;
}

const latin = (value: string) => iuliia.translate(value, iuliia.WIKIPEDIA);

/** Countries among place names, for the stub's `kind`. */
const countries =
  /^(?:Россия|Беларусь|Казахстан|Армения|Киргизия|Кыргызстан|Узбекистан|Таджикистан|Азербайджан|Грузия|Молдова|Молдавия|Литва|Латвия|Эстония|Польша|Германия|Франция|Китай|Индия|Япония|США|Украина|Турция|Иран|Израиль|Италия|Испания|Великобритания|Беларусь|Расія|Украіна|Польшча|Belarus|Russia|Ukraine|Kazakhstan|China|Germany|Poland|France)$/u;

/** The registry file a candidate would become (YAML), ready for the editor to complete. */
export function candidateStub(candidate: Candidate): Record<string, unknown> {
  const ru = candidate.names.ru ?? candidate.name;
  const en = candidate.names.en ?? latin(ru);
  const names = { ru, en, ...(candidate.names.be ? { be: candidate.names.be } : {}) };
  const aliases = [...new Set(candidate.contexts.map((c) => c.text))].filter(
    (t) => t !== ru && t !== en && t.replace(/[^\p{L}]/gu, '').length >= 2,
  );
  if (candidate.type === 'person') {
    const surname = candidate.surname ?? ru.split(' ').at(-1)!;
    const given = candidate.given ?? ru.split(' ')[0];
    return {
      names,
      ...(aliases.length ? { aliases } : {}),
      role: { ru: 'упоминается в статьях архива', en: 'mentioned in the archive’s articles' },
      givenName: { ru: given, en: latin(given) },
      ...(candidate.patronymic ? { patronymic: { ru: candidate.patronymic } } : {}),
      surname: { ru: surname, en: latin(surname) },
      gender: candidate.gender ?? 'male',
    };
  }
  if (candidate.type === 'organization') return { names, ...(aliases.length ? { aliases } : {}), kind: 'other' };
  // A guess for the editor to check: a known country, a one-word city, or a region (`Восточная Европа`).
  return {
    names,
    ...(aliases.length ? { aliases } : {}),
    kind: countries.test(ru) ? 'country' : ru.includes(' ') ? 'region' : 'city',
  };
}

/** The stub as YAML text. */
export function candidateYaml(candidate: Candidate): string {
  return stringify(candidateStub(candidate), { lineWidth: 0 });
}
