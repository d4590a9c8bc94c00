import { defineCollection } from 'astro:content';
import { archivePaths } from './lib/archive/paths.ts';
import { articlesLoader } from './loaders/articles-loader.ts';

const paths = archivePaths();

/** Articles: one per capture in `seeds/`, with editorial metadata from `content/articles/<id>.yaml`. */
const articles = defineCollection({ loader: articlesLoader(paths) });

export const collections = { articles };
