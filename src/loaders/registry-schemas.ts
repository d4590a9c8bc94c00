import { z } from 'zod';
import { entityRef, entitySchemas, topicFrontmatter } from '../lib/entities/schema.ts';
import type { RegistryKind } from '../lib/archive/registry-paths.ts';

/** What every stored registry entry carries besides its file's fields: where it came from and its permanent path. */
const stored = {
  /** The file name without extension (`lukashenko`): the entry's id in its collection. */
  id: z.string().min(1),
  /** The file it was read from (for a provisional entity, the file `entities:suggest --accept` would write). */
  file: z.string().min(1),
  /** Its permanent path (`/people/lukashenko/`), from the lock; never changes once published. */
  permalink: z.string().startsWith('/'),
};

/**
 * What a stored entity carries besides `stored` and its file's fields (as the registry schema reads them,
 * src/lib/entities/schema.ts): its collection, its ref (`people/lukashenko`), and whether name detection
 * proposed it and no editor has reviewed it yet (`provisional`).
 */
const entity = <Kind extends string>(kind: Kind) => ({
  ...stored,
  collection: z.literal(kind),
  ref: entityRef,
  provisional: z.literal(true).optional(),
});

/**
 * The schemas of what the registry loaders store (src/loaders/registry-loader.ts), one per collection: the
 * loader checks each entry against its schema, and the pages read entries typed by it.
 */
export const registrySchemas = {
  people: entitySchemas.people.safeExtend(entity('people')),
  organizations: entitySchemas.organizations.safeExtend(entity('organizations')),
  events: entitySchemas.events.safeExtend(entity('events')),
  places: entitySchemas.places.safeExtend(entity('places')),
  /** A topic: its frontmatter, its MDX body (the editorial description, rendered apart) and `stored` above. */
  topics: topicFrontmatter.safeExtend({ ...stored, body: z.string() }),
} as const satisfies Record<RegistryKind, z.ZodType>;
