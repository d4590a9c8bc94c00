/**
 * Provisional entities: candidates confident enough to get a page before an editor has looked at them
 * (issue 16): a full personal name, or a name found in two or more articles. Each becomes an entity of
 * its registry kind, marked `provisional`, with its mentions at the exact paragraphs where detection
 * found it, so it is in search, on the co-mention graph and under the permalink lock like any other.
 * The registry always wins: a candidate never shadows a registry id, and names already linked to a
 * registry entity are not candidates at all.
 */
import { candidateStub, folderOf, nameTypeOf, type Candidate } from './candidates.ts';
import { byPosition } from './detect/common.ts';
import { nameKey } from './detect/name-key.ts';
import type { DetectedName, NameType } from './detect/types.ts';
import type { Mention } from './enrichment-schema.ts';
import { entitySchemas, type Entity, type EntityRef } from './schema.ts';

/** Does a candidate deserve a page of its own before review? */
export function isProvisional(candidate: Candidate): boolean {
  if (candidate.articles.length >= 2) return true;
  return candidate.type === 'person' && Boolean(candidate.given && candidate.surname) && !candidate.name.includes('.');
}

/** The provisional entities and their mentions by article id. */
export function provisionalEntities(
  candidates: readonly Candidate[],
  registry: readonly Entity[],
): {
  entities: Entity[];
  mentions: Map<string, Mention[]>;
  /** ref → what content/provisional.json records of it (src/lib/permanence/provisional.ts). */
  recorded: Map<EntityRef, { type: NameType; key: string; names: Partial<Record<'ru' | 'en' | 'be', string>> }>;
} {
  const taken = new Set(registry.map((e) => e.ref));
  const entities: Entity[] = [];
  const recorded = new Map<
    EntityRef,
    { type: NameType; key: string; names: Partial<Record<'ru' | 'en' | 'be', string>> }
  >();
  const mentions = new Map<string, Mention[]>();
  for (const candidate of candidates) {
    if (!isProvisional(candidate)) continue;
    const collection = folderOf[candidate.type];
    const ref = `${collection}/${candidate.id}` as EntityRef;
    if (taken.has(ref)) continue;
    const parsed = entitySchemas[collection].safeParse(candidateStub(candidate));
    if (!parsed.success) continue; // a stub the schema refuses is only suggested, never published
    taken.add(ref);
    entities.push({
      ...(parsed.data as object),
      collection,
      id: candidate.id,
      ref,
      file: `${collection}/${candidate.id}.yaml`,
      provisional: true,
    } as Entity);
    const { ru, en, be } = (parsed.data as { names: Partial<Record<'ru' | 'en' | 'be', string>> }).names;
    recorded.set(ref, {
      type: candidate.type,
      key: candidate.key,
      names: { ...(ru && { ru }), ...(en && { en }), ...(be && { be }) },
    });
    for (const o of candidate.occurrences) {
      const list = mentions.get(o.article) ?? [];
      list.push({ entity: ref, paragraph: o.paragraph, start: o.start, end: o.end, text: o.text });
      mentions.set(o.article, list);
    }
  }
  return { entities, mentions, recorded };
}

/**
 * An entity's names and aliases in every language (and a person's given name + surname), with their
 * transliteration keys: what a provisional page that is no longer proposed is compared with, to find
 * the page the same entity has now (src/lib/permanence/provisional.ts).
 */
export function entityForms(entity: Entity): { type: NameType | undefined; forms: string[]; keys: string[] } {
  const forms = new Set<string>();
  for (const name of [...Object.values(entity.names), ...entity.aliases]) if (name) forms.add(name);
  if (entity.collection === 'people')
    for (const lang of ['ru', 'en', 'be'] as const) {
      const given = entity.givenName[lang];
      const surname = entity.surname[lang];
      if (given && surname) forms.add(`${given} ${surname}`);
    }
  const keys = new Set([...forms].map(nameKey).filter((key) => key.length > 0));
  return { type: nameTypeOf(entity.collection), forms: [...forms], keys: [...keys] };
}

/** Adds provisional mentions to an article's registry mentions: never over one, in text order. */
export function mergeMentions(registry: readonly Mention[], provisional: readonly Mention[]): Mention[] {
  const overlaps = (a: Mention, b: Mention) => a.paragraph === b.paragraph && a.start < b.end && b.start < a.end;
  const registryIn = new Map<number, Mention[]>();
  for (const m of registry) {
    const list = registryIn.get(m.paragraph);
    if (list) list.push(m);
    else registryIn.set(m.paragraph, [m]);
  }
  const kept: Mention[] = [];
  const ordered = [...provisional].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || b.end - a.end);
  // What is kept is in text order and never overlaps itself, so only the last kept mention can reach the next one.
  for (const p of ordered) {
    const last = kept.at(-1);
    if (!(registryIn.get(p.paragraph) ?? []).some((m) => overlaps(m, p)) && !(last && overlaps(last, p))) kept.push(p);
  }
  return [...registry, ...kept].sort(byPosition);
}

/**
 * Mentions of registry entities that the alias trie cannot see: a detected full name whose
 * transliteration key is exactly one registry entity's (`Аляксандра Лукашэнкі` → `Аляксандр Лукашэнка`
 * → people/lukashenko; `у Мінску` → places/minsk). Only full personal names (given name and surname)
 * and organization or place names reach an entity this way, never a bare surname.
 *
 * performance: the registry's keys are worked out once, and the finder returned is asked per article
 * (worked out per article, they took half of reading a 10,000-article archive).
 */
export function keyMentionFinder(registry: readonly Entity[]): (names: readonly DetectedName[]) => Mention[] {
  const byKey = new Map<string, Set<EntityRef>>();
  const add = (type: string, name: string | undefined, ref: EntityRef) => {
    if (!name) return;
    const key = `${type}:${nameKey(name)}`;
    byKey.set(key, (byKey.get(key) ?? new Set()).add(ref));
  };
  for (const e of registry) {
    const type = nameTypeOf(e.collection);
    if (!type) continue;
    for (const name of [...Object.values(e.names), ...e.aliases]) add(type, name, e.ref);
    if (e.collection === 'people')
      for (const lang of ['ru', 'en', 'be'] as const)
        add(type, e.givenName[lang] && e.surname[lang] ? `${e.givenName[lang]} ${e.surname[lang]}` : undefined, e.ref);
  }
  return (names) => {
    const mentions: Mention[] = [];
    for (const n of names) {
      if (n.type === 'person' && !(n.given && n.surname)) continue;
      const refs = byKey.get(`${n.type}:${n.key}`);
      if (refs?.size === 1)
        mentions.push({ entity: [...refs][0], paragraph: n.paragraph, start: n.start, end: n.end, text: n.text });
    }
    return mentions;
  };
}
