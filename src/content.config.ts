import { defineCollection } from 'astro:content';
import { archivePaths } from './lib/inputs/paths.ts';
import { registryLoader } from './loaders/registry-loader.ts';
import { articlesLoader } from './loaders/articles-loader.ts';

const paths = archivePaths();

/** Articles: one per capture in `seeds/`, with editorial metadata from `content/articles/<id>.yaml`, enriched. */
const articles = defineCollection({ loader: articlesLoader(paths) });

/** The registry (`content/<kind>/`), validated by the schemas in src/lib/entities/schema.ts. */
const people = defineCollection({ loader: registryLoader('people', paths) });
const organizations = defineCollection({ loader: registryLoader('organizations', paths) });
const events = defineCollection({ loader: registryLoader('events', paths) });
const places = defineCollection({ loader: registryLoader('places', paths) });
const topics = defineCollection({ loader: registryLoader('topics', paths) });

export const collections = { articles, people, organizations, events, places, topics };
