import { defineCollection } from 'astro:content';
import { archivePaths } from './lib/inputs/paths.ts';
import { registryLoader } from './loaders/registry-loader.ts';
import { articlesLoader } from './loaders/articles-loader.ts';
import { registrySchemas } from './loaders/registry-schemas.ts';
import { archivedArticle } from './lib/archive/article.ts';
import { permanenceLoader } from './loaders/permanence-loader.ts';
import { permanenceEntry } from './loaders/permanence-schema.ts';

const paths = archivePaths();

/**
 * Articles: one per capture in `seeds/`, with editorial metadata from `content/articles/<id>.yaml`, enriched;
 * stored and typed as src/lib/archive/article.ts describes them (src/loaders/articles-loader.ts says when it checks).
 */
const articles = defineCollection({ loader: articlesLoader(paths), schema: archivedArticle });

/**
 * The registry (`content/<kind>/`), read and checked by the schemas in src/lib/entities/schema.ts; each entry
 * is stored as src/loaders/registry-schemas.ts describes it (checked again when stored), and typed by it.
 */
const people = defineCollection({ loader: registryLoader('people', paths), schema: registrySchemas.people });
const organizations = defineCollection({
  loader: registryLoader('organizations', paths),
  schema: registrySchemas.organizations,
});
const events = defineCollection({ loader: registryLoader('events', paths), schema: registrySchemas.events });
const places = defineCollection({ loader: registryLoader('places', paths), schema: registrySchemas.places });
const topics = defineCollection({ loader: registryLoader('topics', paths), schema: registrySchemas.topics });

/**
 * The permanence files and the lock as this build read them (redirects, withdrawals, every permanent path): one
 * entry, `permanence`, stored as src/loaders/permanence-schema.ts describes it, for the pages (src/data/permanence.ts).
 */
const permanence = defineCollection({ loader: permanenceLoader(paths), schema: permanenceEntry });

export const collections = { articles, people, organizations, events, places, topics, permanence };
