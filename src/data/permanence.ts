import { getCollection, type CollectionEntry } from 'astro:content';
import { entityKinds, type EntityKind } from '../lib/entities/kinds.ts';

/** The redirects, withdrawals and lock of this build (src/loaders/permanence-schema.ts). */
export type PermanenceEntry = CollectionEntry<'permanence'>['data'];

async function readPermanence(): Promise<PermanenceEntry> {
  // The collection holds one entry (src/loaders/permanence-loader.ts), stored whenever the archive reads without a problem.
  const [entry] = await getCollection('permanence');
  if (!entry)
    throw new Error('The permanence collection is empty: its loader did not run. Build with `npm run build`.');
  return entry.data;
}

/** The collection cannot change while `astro build` renders: a build reads it once; `astro dev` on every call, to see edits. */
let memo: Promise<PermanenceEntry> | undefined;

/**
 * The redirects, withdrawals and lock of this build, as the archive reader read them (the `permanence`
 * collection): the pages' one source for them. Shared: read it, never change it.
 */
export function getPermanence(): Promise<PermanenceEntry> {
  if (import.meta.env.DEV) return readPermanence();
  return (memo ??= readPermanence());
}

/** The ids of the withdrawn articles (content/withdrawn.yaml): their pages are tombstones. */
export async function withdrawnIds(): Promise<Set<string>> {
  return new Set((await getPermanence()).withdrawals.map((w) => w.id));
}

/**
 * The entity kinds with permanent paths in the lock this build records (provisional entities included): an
 * empty kind gets no pages, and Astro is not asked for an empty collection (it would warn).
 */
export async function populatedEntityKinds(): Promise<EntityKind[]> {
  const { lock } = await getPermanence();
  return entityKinds.filter((kind) => Object.keys(lock[kind]).length > 0);
}
