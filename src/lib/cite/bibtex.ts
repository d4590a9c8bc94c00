/**
 * biblatex `@online` entry for the article, for `.bib` files (biber reads UTF-8: Cyrillic stays as it is).
 *
 *   @online{petrov2019-132f9a9e,
 *     author = {Петров, Иван Сергеевич},
 *     title = {…},
 *     date = {2019-10?},
 *     organization = {Российская газета},
 *     url = {https://archive/…/},
 *     urldate = {2026-11-25},
 *     langid = {russian},
 *     note = {Original publication: https://rg.ru/…. Archived copy: Летопись, captured 2026-03-12, SHA-256 …},
 *   }
 *
 * - `date` is cut to the known precision; an inferred date carries the EDTF "uncertain" marker `?`, which biblatex
 *   understands (and prints "circa" with `dateuncertain`), and the note says so in words.
 * - `url` and `urldate` are what the reader accessed: the archive's permanent copy (biber, Zotero and citation-js read
 *   them as the accessed address and date). The original publication's address is in `note`, labelled
 *   "Original publication:" (biblatex has no field for a second URL; `note` is printed and imported everywhere).
 * - A paragraph citation (`record.paragraph`): `url` ends with `#p-N`, the key with `-pN`, and `note` opens with the
 *   paragraph's number.
 * - Text fields escape `& % $ # _ { } ~ ^ \`. Braces become `\textbraceleft{}`/`\textbraceright{}` so an unmatched brace
 *   in a title cannot unbalance the entry (BibTeX counts braces even after a backslash).
 * - `url` is verbatim for biber; only braces, backslashes and whitespace are percent-encoded there.
 * - A corporate (single-word) author is braced so biber does not split it into names.
 * - Key: family name of the first author, else the outlet's first word, else "anon"; then the year (or "nd"); then
 *   "-" and the first 8 characters of the capture hash: `petrov2019-132f9a9e`, `rossiyskaya2019-132f9a9e`.
 */
import { publishedParts, partsToIso } from './dates.ts';
import { invertedFull, parseAuthors, type ParsedName } from './names.ts';
import { combinedNote } from './notes.ts';
import { asciiSlug, bracketSupplied, clean, shortCaptureId } from './text.ts';
import type { CitationLanguage, CitationRecord } from './types.ts';

const latexSpecials: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes the LaTeX special characters `\ { } & % $ # _ ~ ^` in one pass; everything else (Cyrillic too) is kept. */
export function escapeLatex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (ch) => latexSpecials[ch] ?? ch);
}

/** Makes a URL safe inside a verbatim `url` field: percent-encodes braces, backslashes and whitespace. */
export function escapeBibUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** biblatex `langid` values (babel/polyglossia language names). */
export const bibLangid: Record<CitationLanguage, string> = {
  ru: 'russian',
  en: 'english',
  be: 'belarusian',
};

/** One author for a biblatex name list: "Family, Given", or a braced corporate name. */
function bibName(name: ParsedName): string {
  if (name.kind === 'literal') return `{${escapeLatex(name.literal)}}`;
  const full = invertedFull(name);
  // "and" inside a name would split it; bracing the parts keeps them whole.
  return / and /i.test(full) ? `{${escapeLatex(name.family)}}, {${escapeLatex(name.given)}}` : escapeLatex(full);
}

/** The deterministic citation key, e.g. `petrov2019-132f9a9e`. */
export function bibtexKey(record: CitationRecord): string {
  const first = parseAuthors(record.authors)[0];
  const fromAuthor = first ? asciiSlug(first.kind === 'person' ? first.family : first.literal) : '';
  const outletWord = clean(record.outlet).split(' ')[0] ?? '';
  const base = (fromAuthor || asciiSlug(outletWord) || 'anon').slice(0, 24);
  const year = publishedParts(record.published)?.year;
  return `${base}${year ?? 'nd'}-${shortCaptureId(record.id)}${record.paragraph ? `-p${record.paragraph}` : ''}`;
}

/** The biblatex `@online` entry, fields in a fixed order, two-space indent, trailing newline. */
export function renderBibtex(record: CitationRecord): string {
  const fields: [string, string][] = [];
  const authors = parseAuthors(record.authors);
  if (authors.length > 0) fields.push(['author', authors.map(bibName).join(' and ')]);
  const title = clean(record.title);
  fields.push(['title', escapeLatex(bracketSupplied(title, record.titleSupplied))]);
  const parts = publishedParts(record.published);
  if (parts) fields.push(['date', partsToIso(parts) + (record.published?.evidence === 'inferred' ? '?' : '')]);
  const outlet = clean(record.outlet);
  if (outlet) fields.push(['organization', escapeLatex(outlet)]);
  fields.push(['url', escapeBibUrl(clean(record.archive.permalink))]);
  const accessed = clean(record.accessed);
  if (accessed) fields.push(['urldate', escapeLatex(accessed)]);
  fields.push(['langid', bibLangid[record.language] ?? 'english']);
  fields.push(['note', escapeLatex(combinedNote(record))]);
  const body = fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n');
  return `@online{${bibtexKey(record)},\n${body}\n}\n`;
}
