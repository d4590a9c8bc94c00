/**
 * Citation formats for archived articles. Every renderer is a pure function of a `CitationRecord`;
 * `formats` lists the full-reference formats so a page can offer them (and downloads for the file-based ones).
 */
import { renderApa, renderApaHtml } from './apa.ts';
import { renderBibtex } from './bibtex.ts';
import { renderCslJson } from './csl-json.ts';
import { renderGost } from './gost.ts';
import { paragraphRecord, renderApaParagraph, renderParagraphCitation } from './paragraph.ts';
import { renderRis } from './ris.ts';
import type { CitationRecord, CitedParagraph } from './types.ts';

/** Identifiers of the formats in the registry. */
export type CitationFormatId = 'gost' | 'apa' | 'bibtex' | 'ris' | 'csl-json';

/** One entry of the registry. */
export interface CitationFormat {
  /** Stable id, usable in element ids and file names. */
  id: CitationFormatId;
  /** Name to show, per interface language. */
  label: { ru: string; en: string };
  /** Plain-text rendering. */
  render: (record: CitationRecord) => string;
  /** HTML rendering with escaped values, for formats that use italics. */
  renderHtml?: (record: CitationRecord) => string;
  /** File extension with the dot, for formats meant to be downloaded. */
  fileExtension?: string;
  /** MIME type of the download. */
  mime?: string;
}

/** The formats, in the order a page should list them. */
export const formats: readonly CitationFormat[] = [
  {
    id: 'gost',
    label: { ru: 'ГОСТ Р 7.0.100-2018', en: 'GOST R 7.0.100-2018' },
    render: renderGost,
  },
  {
    id: 'apa',
    label: { ru: 'APA (7-е изд.)', en: 'APA (7th ed.)' },
    render: renderApa,
    renderHtml: renderApaHtml,
  },
  {
    id: 'bibtex',
    label: { ru: 'BibTeX (biblatex)', en: 'BibTeX (biblatex)' },
    render: renderBibtex,
    fileExtension: '.bib',
    mime: 'application/x-bibtex',
  },
  {
    id: 'ris',
    label: { ru: 'RIS', en: 'RIS' },
    render: renderRis,
    fileExtension: '.ris',
    mime: 'application/x-research-info-systems',
  },
  {
    id: 'csl-json',
    label: { ru: 'CSL-JSON', en: 'CSL-JSON' },
    render: renderCslJson,
    fileExtension: '.json',
    mime: 'application/vnd.citationstyles.csl+json',
  },
];

/**
 * How a paragraph is cited in a format: ГОСТ quotes it and adds the short reference, APA gives the in-text citation
 * with "para. N" and the reference, and the files for reference managers are the paragraph's record (`#p-N`).
 */
export function renderParagraph(format: CitationFormat, record: CitationRecord, paragraph: CitedParagraph): string {
  if (format.id === 'gost') return renderParagraphCitation(record, paragraph);
  if (format.id === 'apa') return renderApaParagraph(record, paragraph.n);
  return format.render(paragraphRecord(record, paragraph.n));
}

export type {
  CitationRecord,
  CitationDate,
  CitationArchive,
  CitationLanguage,
  CitedParagraph,
  CitedPage,
} from './types.ts';
export { renderGost } from './gost.ts';
export { renderApa, renderApaHtml } from './apa.ts';
export { renderBibtex, bibtexKey, escapeLatex } from './bibtex.ts';
export { renderRis } from './ris.ts';
export { renderCslJson, toCslItem, type CslItem } from './csl-json.ts';
export {
  renderParagraphCitation,
  paragraphUrl,
  paragraphRecord,
  renderApaParagraph,
  apaParagraphInText,
} from './paragraph.ts';
export { renderShort } from './short.ts';
