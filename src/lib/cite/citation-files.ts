/**
 * The citation files of an article (`.bib`, `.ris`, `.json`), read back from the record its page carries
 * (`#citation-record`, CitePanel.astro), so a file says exactly what its page says. Pure: the integration
 * (src/integrations/citations.ts) reads the pages and writes the files.
 */
import { formats } from './index.ts';
import type { CitationRecord } from './types.ts';

/** The record an article page carries, as CitePanel.astro writes it. */
const RECORD = /<script type="application\/json" id="citation-record">(.*?)<\/script>/su;

/** The formats a reference manager imports as a file. */
export const fileFormats = formats.filter((format) => format.fileExtension);

/** Thrown when an article page's record cannot be read: the build stops with this message. */
export class CitationFilesError extends Error {
  constructor(page: string, options?: ErrorOptions) {
    super(
      `${page}: its citation record (#citation-record) is not valid JSON, so its citation files cannot be written. Check CitePanel.astro and rebuild.`,
      options,
    );
    this.name = 'CitationFilesError';
  }
}

/** The citation files of one record: file name → text. */
export function citationFiles(record: CitationRecord): Map<string, string> {
  return new Map(fileFormats.map((format) => [`${record.id}${format.fileExtension}`, format.render(record)]));
}

/** The record in an article page's HTML, or undefined for a page without one (a list, a tombstone). */
export function recordIn(html: string, page: string): CitationRecord | undefined {
  const json = RECORD.exec(html)?.[1];
  if (json === undefined) return undefined;
  try {
    return JSON.parse(json) as CitationRecord;
  } catch (error) {
    throw new CitationFilesError(page, { cause: error });
  }
}
