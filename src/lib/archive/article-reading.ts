/**
 * What an article keeps of reading its capture (src/lib/capture/): the text, what cleaning removed, the
 * headline, the language and how the bytes were written. The rest of a reading (the decoded text, the
 * date a capture states, how the headline was chosen) is for ingest and the evaluation tools.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { readCapture, type CaptureKind, type HeadlineHints } from '../capture/index.ts';
import { language } from '../metadata/schema.ts';
import { article } from './article.ts';
import { codeDigest } from './code-digest.ts';
import { openKeyedCache } from './keyed-cache.ts';

export const articleReading = article
  .pick({
    paragraphs: true,
    removed: true,
    sha256: true,
    byteLength: true,
    encoding: true,
    bom: true,
    lineEndings: true,
  })
  .extend({
    /** The headline line, if the capture has one. */
    title: z.string().optional(),
    /** For a capture with no headline line: a title drawn from its lead, published in [square brackets]. */
    suppliedTitle: z.string().optional(),
    /** The source address the capture states. */
    sourceUrl: z.string().optional(),
    /** The language detected in the text. */
    language,
  });
export type ArticleReading = z.infer<typeof articleReading>;

/** Reads a capture (readCapture) and keeps what an article uses. Throws readCapture's `DecodeError`. */
export function readForArticle(bytes: Uint8Array, kind: CaptureKind, hints: HeadlineHints): ArticleReading {
  const r = readCapture(bytes, kind, hints);
  return {
    ...(r.title !== undefined && { title: r.title }),
    ...(r.suppliedTitle !== undefined && { suppliedTitle: r.suppliedTitle }),
    ...(r.sourceUrl !== undefined && { sourceUrl: r.sourceUrl }),
    paragraphs: r.paragraphs,
    removed: r.removed,
    language: r.language.language,
    sha256: r.sha256,
    byteLength: r.byteLength,
    encoding: r.decoded.encoding,
    bom: r.decoded.bom,
    lineEndings: r.decoded.lineEndings,
  };
}

/**
 * performance: reading a capture (decode, clean, structure, language; 1–2 ms on the project's machine) is
 * the costliest step of a build whose enrichment is cached: 16 s of a 10,000-article archive. It is a pure
 * function of the capture's bytes, its kind, the hints and the capture code, so a reader with a cache
 * file (keyed-cache.ts) reads each capture once and gives the kept reading back while those stay the same.
 * Without a file, or when the code cannot be fingerprinted, every capture is read.
 */
export function articleReader(cacheFile?: string): {
  read: typeof readForArticle;
  save(): void;
} {
  const scope =
    cacheFile &&
    codeDigest([
      'src/lib/capture',
      'src/lib/text',
      'src/lib/metadata',
      'src/lib/archive/article-reading.ts',
      'src/lib/archive/article.ts',
    ]);
  if (!cacheFile || !scope) return { read: readForArticle, save: () => {} };
  const cache = openKeyedCache(cacheFile, {
    format: 'letopis-reading-cache/1',
    scope,
    schema: articleReading,
    what: 'The reading of a capture',
  });
  return {
    read(bytes, kind, hints) {
      const key = cache.key([createHash('sha256').update(bytes).digest('hex'), kind, hints]);
      return cache.get(key) ?? cache.set(key, readForArticle(bytes, kind, hints));
    },
    save: () => cache.save(),
  };
}
