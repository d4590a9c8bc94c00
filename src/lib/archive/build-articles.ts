import { captureKindOf, DecodeError } from '../capture/index.ts';
import { readForArticle, type ArticleReading } from './article-reading.ts';
import type { ArticleMetadata } from '../metadata/schema.ts';
import { resolvePaths, type PermalinkLock } from '../permalinks/lock.ts';
import { slugFromTitle } from '../permalinks/slug.ts';
import type { Problem } from '../problems.ts';
import type { Article } from './article.ts';
import { readMetadata } from './read-metadata.ts';
import { captureId } from '../capture/capture-id.ts';
import { compareText } from '../collate.ts';
import { displayText } from '../text/display.ts';

/** A file as the archive reads it: its path relative to the project root and its bytes. */
export interface InputFile {
  path: string;
  bytes: Uint8Array;
}

export interface ArchiveInput {
  /** The raw captures (`seeds/*.txt|md|html`). */
  captures: InputFile[];
  /** The editorial sidecars (`content/articles/*.yaml`). */
  sidecars: InputFile[];
  /** The permalink lock as committed. */
  lock: PermalinkLock;
  /** Path of the lock file, for messages. */
  lockPath: string;
  /** Locked article ids retired on purpose (withdrawn or redirected): their captures may be gone from seeds/. */
  retired?: ReadonlySet<string>;
  /** Ids of files in seeds/ refused by the seeds check (reported there): they exist, so they are neither gone nor missing for a sidecar. */
  refused?: ReadonlySet<string>;
  /** How a capture is read: readForArticle, or a reader that keeps its readings (article-reading.ts). */
  read?: typeof readForArticle;
  /** How a sidecar is read: readMetadata, or a reader that keeps its metadata (sidecar-reading.ts). */
  readSidecar?: typeof readMetadata;
}

export interface ArchiveResult {
  articles: Article[];
  lock: PermalinkLock;
  added: Array<{ id: string; path: string }>;
  problems: Problem[];
}

const baseName = (path: string) => path.split('/').pop()!;
const stem = (path: string) => captureId(baseName(path));
/** Two captures are the same text when their paragraphs match once spacing and case are ignored. */
export const fingerprint = (reading: Pick<ArticleReading, 'title' | 'paragraphs'>) =>
  [reading.title ?? '', ...reading.paragraphs.map((p) => p.text)]
    .join('\n')
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .toLowerCase()
    .trim();

/**
 * Reads every capture and sidecar, merges them into articles and gives each its permanent path.
 * Pure: the caller reads the files and writes the lock. Collects every problem instead of stopping at the first.
 */
export function buildArticles(input: ArchiveInput): ArchiveResult {
  const problems: Problem[] = [];
  const metadata = new Map<string, { path: string; data?: ArticleMetadata }>();
  for (const sidecar of input.sidecars) {
    const result = (input.readSidecar ?? readMetadata)(sidecar.path, new TextDecoder().decode(sidecar.bytes));
    problems.push(...result.problems);
    const twin = metadata.get(stem(sidecar.path));
    if (twin) {
      problems.push({
        file: sidecar.path,
        message: `is a second sidecar of "${stem(sidecar.path)}", beside ${twin.path}: one would silently replace the other`,
        fix: `merge the two into ${twin.path} and delete ${sidecar.path}`,
      });
      continue;
    }
    metadata.set(stem(sidecar.path), { path: sidecar.path, data: result.metadata });
  }

  const captureIds = new Set([...input.captures.map((c) => stem(c.path)), ...(input.refused ?? [])]);
  for (const [id, { path }] of metadata) {
    if (!captureIds.has(id)) {
      problems.push({
        file: path,
        message: `no capture "${id}" exists in seeds/ for this sidecar`,
        fix: `rename the sidecar to match a capture (seeds/<id>.txt → content/articles/<id>.yaml) or delete it`,
      });
    }
  }

  const seen = new Map<string, string>();
  const drafts: Array<Omit<Article, 'permalink'> & { slug: string }> = [];
  for (const capture of [...input.captures].sort((a, b) => compareText()(a.path, b.path))) {
    const id = stem(capture.path);
    let reading: ArticleReading;
    try {
      // The sidecar's source address helps choose the headline (its slug spells it), as it did at ingest.
      const url = metadata.get(id)?.data?.url;
      reading = (input.read ?? readForArticle)(capture.bytes, captureKindOf(capture.path), url ? { url } : {});
    } catch (error) {
      if (error instanceof DecodeError) {
        problems.push({
          file: capture.path,
          ...(error.line !== undefined && { line: error.line }),
          message: error.message,
          fix: error.fix,
        });
        continue;
      }
      throw new Error(
        `Could not read the capture ${capture.path}: ${(error as Error).message}. Check that it is a text capture.`,
        { cause: error },
      );
    }
    const print = fingerprint(reading);
    const twin = seen.get(print);
    if (twin) {
      problems.push({
        file: capture.path,
        message: `has the same text as ${twin}`,
        fix: `delete one of the two captures (and its sidecar in content/articles/)`,
      });
      continue;
    }
    seen.set(print, capture.path);
    const entry = metadata.get(id);
    if (entry && !entry.data) continue; // its problems are listed already
    const meta = entry?.data ?? {};
    // Shown as text: bidi overrides and zero-width characters removed (src/lib/text/display.ts); the capture's bytes stay as they are.
    // The editor's title overrides the capture's headline; a capture with neither gets one drawn from its lead.
    const shown = (text: string | undefined) => (text && displayText(text).trim() ? displayText(text) : undefined);
    const found = shown(reading.title);
    const title = shown(meta.title) ?? found ?? shown(reading.suppliedTitle);
    if (!title) {
      problems.push({
        file: capture.path,
        message: 'the capture has no title line, no lead to draw one from, and no title is supplied',
        fix: `add title: "…" (an editor's title, shown in square brackets) to content/articles/${id}.yaml`,
      });
      continue;
    }
    if (reading.paragraphs.length === 0) {
      problems.push({
        file: capture.path,
        message: 'nothing of the article is left once boilerplate is removed',
        fix: 'check that the capture holds the article text',
      });
      continue;
    }
    const titleEn = shown(meta.titleEn);
    const year = meta.date ? meta.date.value.slice(0, 4) : 'undated';
    const sourceUrl = reading.sourceUrl ?? meta.url;
    drafts.push({
      id,
      file: baseName(capture.path),
      slug: slugFromTitle(title),
      title,
      titleSupplied: title !== found,
      ...(titleEn && { titleEn }),
      language: meta.language ?? reading.language,
      languageSource: meta.language ? 'metadata' : 'detected',
      ...(meta.outlet && displayText(meta.outlet).trim() && { outlet: displayText(meta.outlet) }),
      ...(meta.outletUrl && { outletUrl: meta.outletUrl }),
      ...(meta.author && displayText(meta.author).trim() && { author: displayText(meta.author) }),
      ...(sourceUrl && { sourceUrl, sourceUrlFrom: reading.sourceUrl ? ('capture' as const) : ('metadata' as const) }),
      ...(meta.date && { date: meta.date }),
      year,
      ...(meta.captured && { captured: meta.captured }),
      ...(meta.rights && { rights: meta.rights }),
      ...(meta.notes && { notes: meta.notes }),
      ...(meta.about && { about: meta.about }),
      paragraphs: reading.paragraphs,
      removed: reading.removed,
      sha256: reading.sha256,
      byteLength: reading.byteLength,
      encoding: reading.encoding,
      bom: reading.bom,
      lineEndings: reading.lineEndings,
    });
  }

  for (const [id, path] of Object.entries(input.lock.articles)) {
    if (!captureIds.has(id) && !input.retired?.has(id) /* permanence: withdrawn or redirected */) {
      problems.push({
        file: input.lockPath,
        message: `the article "${id}" was published at ${path} but its capture is gone from seeds/`,
        fix: 'restore the capture; a published URL must keep working (to retire it, withdraw the article or redirect its path instead of deleting it)',
      });
    }
  }

  const resolution = resolvePaths(
    'articles',
    drafts.map((d) => ({ id: d.id, wanted: `/articles/${d.year}/${d.slug}/`, disambiguator: d.sha256.slice(0, 8) })),
    input.lock,
  );
  const articles = drafts.map(({ slug: _slug, ...draft }) => ({
    ...draft,
    permalink: resolution.paths.get(draft.id)!,
  }));
  return { articles, lock: resolution.lock, added: resolution.added, problems };
}
