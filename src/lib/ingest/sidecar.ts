import { stringify } from 'yaml';
import { precisionOf, type Language } from '../metadata/schema.ts';
import type { Sourced } from './html-metadata.ts';

/**
 * The sidecar ingest writes: plain schema keys (so the build reads it like any other), with YAML comments
 * for what an editor needs and the schema has no key for: which values were read from the page's own
 * tags (check them), and which are unknown (a commented template to fill in).
 */

/** What ingest knows about one capture. A value's `source` starting with `--` was given on the command line. */
export interface SidecarFields {
  outlet?: Sourced;
  url?: Sourced;
  author?: Sourced;
  /** A date found by the capture reader says how it is known (`evidence`) and where (`note`). */
  date?: Sourced & { evidence?: 'stated' | 'inferred'; note?: string };
  /** An editor's title, for a capture with no title line. */
  title?: string;
  language?: Language;
}

export interface SidecarContext {
  /** `005_3b1f2a9c0d4e5f60.html`. */
  captureName: string;
  /** The file as the editor named it. */
  originalName: string;
  /** `saved HTML page, utf-8`. */
  description: string;
  /** The article's title, for the header. */
  title: string;
  /** The supplied title was drawn from the lead at ingest (no editor gave one). */
  titleFromLead?: boolean;
  /** `YYYY-MM-DD`. */
  today: string;
}

/** The fields nobody could tell at ingest, in the order the template lists them. */
export const knowable = ['outlet', 'url', 'author', 'date'] as const;
export type Knowable = (typeof knowable)[number];

const scalar = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();
const fromPage = (field: Sourced) => !field.source.startsWith('--');
const mark = (field: Sourced) =>
  fromPage(field) ? ` # from ${field.source}${field.raw && field.raw !== field.value ? ` "${field.raw}"` : ''}` : '';

/** The fields of `fields` that are unknown. */
export const unknownFields = (fields: SidecarFields): Knowable[] => knowable.filter((k) => fields[k] === undefined);

/** Renders the sidecar's YAML. */
export function renderSidecar(fields: SidecarFields, context: SidecarContext): string {
  const lines = [
    `# ${context.captureName}: «${context.title.replace(/\s+/gu, ' ')}»`,
    `# Ingested ${context.today} from ${context.originalName} (${context.description}) by npm run ingest.`,
  ];
  const read = knowable.filter((k) => fields[k] && fromPage(fields[k]) && fields[k].source.startsWith('<'));
  if (read.length > 0)
    lines.push(
      `# ${read.join(', ')}: read from the saved page's own tags (marked "from <meta …>"): check them against the page.`,
    );
  if (fields.date && fromPage(fields.date) && !fields.date.source.startsWith('<'))
    lines.push(
      `# date: found by the capture reader in ${fields.date.source} (see its note): check it against the capture.`,
    );
  if (fields.title !== undefined) {
    lines.push(
      context.titleFromLead
        ? `# Supplied at ingest, drawn from the lead: the capture has no headline line. Replace it with a better one before the first build.`
        : `# Supplied by the editor (shown in [square brackets]).`,
      `title: ${scalar(fields.title)}`,
    );
  }
  for (const key of ['outlet', 'url', 'author'] as const) {
    const field = fields[key];
    if (field) lines.push(`${key}: ${scalar(field.value)}${mark(field)}`);
  }
  if (fields.date) {
    const date = fields.date;
    lines.push(
      `date:`,
      `  value: "${date.value}"`,
      `  precision: ${precisionOf(date.value)}`,
      `  evidence: ${date.evidence ?? 'stated'}${mark(date)}`,
    );
    if (date.note !== undefined) lines.push(`  note: ${scalar(date.note)}`);
    else if (fromPage(date))
      lines.push(
        `  note: ${scalar(`Дата из метаданных сохранённой страницы: ${date.source.replace(/>$/u, ` content="${date.raw ?? date.value}">`)}.`)}`,
      );
  }
  if (fields.language) lines.push(`language: ${fields.language} # given at ingest: overrides the detected language`);
  const unknown = unknownFields(fields);
  if (unknown.length > 0) {
    lines.push('', `# Unknown at ingest: ${unknown.join(', ')}. Fill in what you find (every key is optional):`);
    if (unknown.includes('outlet')) lines.push('# outlet: …');
    if (unknown.includes('url')) lines.push('# url: https://…');
    if (unknown.includes('author')) lines.push('# author: …');
    if (unknown.includes('date')) {
      lines.push(
        '# (without a date, the first build files the article under /articles/undated/, and it keeps that URL)',
        '# date:',
        '#   value: "YYYY-MM-DD"   # or YYYY-MM, YYYY',
        '#   precision: day        # day | month | year',
        '#   evidence: stated      # stated | inferred (an inferred date needs a note: why we believe it)',
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
