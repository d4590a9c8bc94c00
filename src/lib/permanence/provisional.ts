/**
 * Provisional pages that are no longer proposed (issue 16). A provisional entity's path is published
 * and under the lock like any other, but no editor promised it: when detection changes (a new version
 * of its rules), or a capture is withdrawn or corrected, or an editor rejects the name or accepts it
 * under another id, the name may no longer get a page of its own. Its URL may have been cited, so it
 * must keep working, and the build keeps it alive by itself instead of stopping:
 *
 * - a **redirect** to the page the same entity has now, when exactly one entity of this build has the
 *   same normal form, else the same transliteration key (`nameKey`): a registry entry an editor accepted
 *   under another id, or another provisional entity the name now joins;
 * - else a **tombstone**: the name was proposed automatically and is no longer proposed.
 *
 * Which locked paths were provisional is recorded in `content/provisional.json` (written by letopis:lock
 * with the lock, covered by `permalinks.sha256`): one line per entity, its type, names, key and status
 * (`live`, `redirect` with `to`, or `tombstone`). Editor-owned paths (registry entries, articles,
 * topics) are never in it, and keep the lock's strict rule. Pure: the archive reader reads the files.
 */
import { z } from 'zod';
import { compareText } from '../collate.ts';

export const PROVISIONAL_FILE = 'provisional.json';

export const provisionalNameTypes = ['person', 'organization', 'place'] as const;
export type ProvisionalNameType = (typeof provisionalNameTypes)[number];

const names = z.strictObject({
  ru: z.string().min(1).optional(),
  en: z.string().min(1).optional(),
  be: z.string().min(1).optional(),
});
export type ProvisionalNames = z.infer<typeof names>;

/** One provisional entity ever published, keyed by its ref (`people/andrey-noskov`). */
export const provisionalEntry = z.strictObject({
  type: z.enum(provisionalNameTypes),
  /** The transliteration key it was grouped by (`ndr nskv`). */
  key: z.string(),
  /** Its names as its page showed them (the last build that published it). */
  names,
  /** `live`: it has its page; `redirect`: its path sends to `to`; `tombstone`: it is no longer proposed. */
  status: z.enum(['live', 'redirect', 'tombstone']),
  /** Where a redirected path sends the reader (a page of this build). */
  to: z.string().startsWith('/').optional(),
});
export type ProvisionalEntry = z.infer<typeof provisionalEntry>;

/** `content/provisional.json`. */
export const provisionalRecord = z.record(
  z.string().regex(/^(?:people|organizations|places)\/[^/\s]+$/u, 'must be an entity ref such as people/ivan-petrov'),
  provisionalEntry,
);
export type ProvisionalRecord = z.infer<typeof provisionalRecord>;

/** One line per entity, sorted: a reviewer sees which name changed its status. */
export function provisionalText(record: ProvisionalRecord): string {
  const lines = Object.keys(record)
    .sort(compareText())
    .map((ref) => `  ${JSON.stringify(ref)}: ${JSON.stringify(record[ref])}`);
  return lines.length === 0 ? '{}\n' : `{\n${lines.join(',\n')}\n}\n`;
}

/** An entity page of this build, as the decision sees it. */
export interface LiveEntity {
  ref: string;
  /** Person, organization or place (undefined for events: detection finds none). */
  type: ProvisionalNameType | undefined;
  /** Its names and aliases (normal forms), in any language. */
  forms: readonly string[];
  /** The transliteration keys of those names. */
  keys: readonly string[];
  /** Its permanent path. */
  path: string;
}

/** A provisional path no longer produced, and what stands at it now. */
export interface RetiredProvisional {
  ref: string;
  type: ProvisionalNameType;
  names: ProvisionalNames;
  /** The locked path (`/people/andrey-noskov/`). */
  path: string;
  /** The page of the same entity, when there is one: the path redirects there; else a tombstone. */
  to?: string;
  /**
   * Every page that stands for it: the path, its `/en/` twin and the locked pages under either (an
   * entity's mentions by year, `/people/x/2024/`). A page under `/en/` is shown in the English interface.
   */
  pages: string[];
}

const form = (name: string) => name.normalize('NFC').toLocaleLowerCase('ru').replace(/\s+/gu, ' ').trim();

/** The entities of this build by normal form and by key, so that each vanished name is looked up, not searched for. */
export interface LiveIndex {
  byForm: Map<string, LiveEntity[]>;
  byKey: Map<string, LiveEntity[]>;
}

export function liveIndex(live: readonly LiveEntity[]): LiveIndex {
  const byForm = new Map<string, LiveEntity[]>();
  const byKey = new Map<string, LiveEntity[]>();
  const add = (map: Map<string, LiveEntity[]>, value: string, e: LiveEntity) => {
    const list = map.get(value);
    if (!list) map.set(value, [e]);
    else if (!list.includes(e)) list.push(e);
  };
  for (const e of live) {
    if (e.type === undefined) continue; // an event: detection finds no events, no name becomes one
    for (const f of e.forms) add(byForm, form(f), e);
    for (const k of e.keys) if (k.length > 0) add(byKey, k, e);
  }
  return { byForm, byKey };
}

/**
 * The entity of this build that a vanished provisional entry has become, if exactly one can be told:
 * the same normal form before the same key, the same type before any other. An ambiguous step (two
 * entities) ends the search: a guess would send a citation to the wrong person.
 */
export function sameEntity(
  entry: Pick<ProvisionalEntry, 'type' | 'key' | 'names'>,
  live: readonly LiveEntity[] | LiveIndex,
  nameKey: (name: string) => string,
): LiveEntity | undefined {
  const index = Array.isArray(live) ? liveIndex(live) : (live as LiveIndex);
  const forms = new Set(Object.values(entry.names).map(form));
  const keys = new Set([entry.key, ...Object.values(entry.names).map(nameKey)].filter((k) => k.length > 0));
  const found = (map: Map<string, LiveEntity[]>, values: Set<string>) => [
    ...new Set([...values].flatMap((v) => map.get(v) ?? [])),
  ];
  const byForm = found(index.byForm, forms);
  const byKey = found(index.byKey, keys);
  const steps = [
    byForm.filter((e) => e.type === entry.type),
    byKey.filter((e) => e.type === entry.type),
    byForm,
    byKey,
  ];
  for (const step of steps) {
    if (step.length === 1) return step[0];
    if (step.length > 1) return undefined;
  }
  return undefined;
}

/**
 * For a path known by its id only (a lock older than the record, the name no longer found): the one entity
 * of another kind with the same id, as when a name typed an organization is now a place
 * (`organizations/soviet-union` → `places/soviet-union`).
 */
function sameId(ref: string, live: readonly LiveEntity[]): LiveEntity | undefined {
  const id = ref.slice(ref.indexOf('/') + 1);
  const found = live.filter((e) => e.type !== undefined && e.ref !== ref && e.ref.slice(e.ref.indexOf('/') + 1) === id);
  return found.length === 1 ? found[0] : undefined;
}

export interface ProvisionalDecision {
  /** The record this build writes once it succeeds. */
  record: ProvisionalRecord;
  /** The recorded provisional paths this build does not produce, each with its redirect or tombstone. */
  retired: RetiredProvisional[];
  /** Their paths: the lock's check of the registry's paths leaves them to this decision. */
  kept: Set<string>;
}

/**
 * Decides, for every provisional path of the record, what stands at it in this build, and gives the
 * record this build writes.
 *
 * @param record the record as the last build wrote it
 * @param lock the lock's entity paths, ref → path (`people/x` → `/people/x/`)
 * @param lockPages the lock's other pages (for the pages under a retired path)
 * @param provisional this build's provisional entities: ref → type, key and names
 * @param registry the refs of this build's registry entries (an accepted name is the editor's from now on)
 * @param editorRedirected content/redirects.yaml, from → to: the editor's redirect wins, nothing is decided
 * @param live every entity page of this build, for redirects (registry and provisional)
 */
export function decideProvisional(input: {
  record: ProvisionalRecord;
  lock: ReadonlyMap<string, string>;
  lockPages: readonly string[];
  provisional: ReadonlyMap<string, Pick<ProvisionalEntry, 'type' | 'key' | 'names'>>;
  registry: ReadonlySet<string>;
  editorRedirected: ReadonlyMap<string, string>;
  live: readonly LiveEntity[];
  nameKey: (name: string) => string;
}): ProvisionalDecision {
  const record: ProvisionalRecord = {};
  const retired: RetiredProvisional[] = [];
  const kept = new Set<string>();
  for (const [ref, entry] of input.provisional) record[ref] = { ...entry, status: 'live' };
  let index: LiveIndex | undefined;
  for (const [ref, entry] of Object.entries(input.record)) {
    // Live again, or accepted by an editor (the registry file owns the path now: the strict rule applies).
    if (input.provisional.has(ref) || input.registry.has(ref)) continue;
    const path = input.lock.get(ref);
    if (path === undefined) continue; // never happens with a lock that only grows; nothing to keep alive
    kept.add(path);
    const { type, key, names } = entry;
    const editors = input.editorRedirected.get(path);
    if (editors !== undefined) {
      // The editor decided where it goes: content/redirects.yaml makes its page.
      record[ref] = { type, key, names, status: 'redirect', to: editors };
      continue;
    }
    const target =
      sameEntity(entry, (index ??= liveIndex(input.live)), input.nameKey) ??
      (Object.keys(names).length === 0 ? sameId(ref, input.live) : undefined);
    const en = `/en${path}`;
    const pages = [
      path,
      en,
      ...input.lockPages.filter((p) => p !== path && p !== en && (p.startsWith(path) || p.startsWith(en))),
    ].sort(compareText());
    retired.push({ ref, type, names, path, ...(target && { to: target.path }), pages });
    record[ref] = target
      ? { type, key, names, status: 'redirect', to: target.path }
      : { type, key, names, status: 'tombstone' };
  }
  const sorted = Object.fromEntries(
    Object.keys(record)
      .sort(compareText())
      .map((ref) => [ref, record[ref]!]),
  );
  retired.sort((a, b) => compareText()(a.ref, b.ref));
  return { record: sorted, retired, kept };
}

/**
 * What the build says about the provisional pages it retired this time (those the last build still
 * published, or that it had not recorded): `2 provisional pages are no longer proposed: 1 redirected to the
 * same entity's page (/people/x/ → /people/y/), 1 tombstone (/people/z/)`. Undefined when none.
 */
export function retiredSummary(before: ProvisionalRecord, retired: readonly RetiredProvisional[]): string | undefined {
  const fresh = retired.filter((r) => {
    const was = before[r.ref];
    return !was || was.status === 'live' || was.to !== r.to;
  });
  if (fresh.length === 0) return undefined;
  const redirected = fresh.filter((r) => r.to);
  const tombstones = fresh.filter((r) => !r.to);
  const listed = <T>(items: readonly T[], show: (item: T) => string) =>
    `${items.slice(0, 3).map(show).join(', ')}${items.length > 3 ? `, … ${items.length - 3} more` : ''}`;
  const parts = [
    redirected.length > 0 &&
      `${redirected.length} redirected to the same entity's page (${listed(redirected, (r) => `${r.path} → ${r.to}`)})`,
    tombstones.length > 0 &&
      `${tombstones.length} ${tombstones.length === 1 ? 'tombstone' : 'tombstones'} (${listed(tombstones, (r) => r.path)})`,
  ].filter(Boolean);
  return `${fresh.length} provisional ${fresh.length === 1 ? 'page is' : 'pages are'} no longer proposed: ${parts.join(', ')}`;
}

/**
 * Provisional paths published before letopis recorded them (a lock older than `content/provisional.json`):
 * a locked person, organization or place that no page of this build has, no registry file holds and
 * whose registry file git never saw was a provisional page (an editor's entry is a committed file). Its
 * names are those of the candidate (any confidence) or rejected name with its id, when there is one;
 * else it is known by its id only. The archive reader asks only when the record file does not exist yet
 * and the lock is committed in git; the entries join the record as if the last build had written them.
 *
 * @param orphans locked entity refs with no page in this build and no registry file
 * @param committed refs whose registry file some commit holds (`people/rumas`)
 * @param named the refs detection would give a name now, or an editor rejected, with their type, key and names
 */
export function legacyProvisional(
  orphans: readonly string[],
  committed: ReadonlySet<string>,
  named: ReadonlyMap<string, Omit<ProvisionalEntry, 'status'>>,
): ProvisionalRecord {
  const types: Record<string, ProvisionalNameType> = {
    people: 'person',
    organizations: 'organization',
    places: 'place',
  };
  const record: ProvisionalRecord = {};
  for (const ref of orphans) {
    const type = types[ref.split('/')[0]!];
    if (!type || committed.has(ref)) continue;
    record[ref] = { ...(named.get(ref) ?? { type, key: '', names: {} }), status: 'live' };
  }
  return record;
}
