/**
 * An article's title as an interface language shows it. Russian pages show the title as published.
 * English pages show, as library catalogues do for a title in Cyrillic, the title as published, its
 * romanization (ALA-LC) and the editor's English translation when the sidecar gives one (`titleEn`),
 * each part tagged with its language so that a screen reader pronounces it right.
 */
import type { UiLanguage } from '../i18n/dates.ts';
import { hasCyrillic, romanize, romanizedTag } from '../i18n/romanize.ts';
import { displayTitle } from '../archive/article.ts';

/** A shown text and its language (the element's `lang` attribute). */
export interface TaggedText {
  text: string;
  lang: string;
}

/** The parts of a title as one interface shows them. */
export interface TitleParts {
  /** As published, in the article's language; a title the editor supplied is in [square brackets]. */
  original: TaggedText;
  /** English pages, a Russian or Belarusian title: its ALA-LC romanization (brackets kept). */
  romanized?: TaggedText;
  /** English pages: the editor's English translation (sidecar `titleEn`), when given. */
  translated?: TaggedText;
}

/** What a title's parts are drawn from: an article, or the record of a withdrawn one. */
export interface TitleSource {
  title: string;
  titleSupplied?: boolean | undefined;
  /** The editor's English translation of the title (sidecar `titleEn`). */
  titleEn?: string | undefined;
  language: string;
}

/**
 * A text in the article's language (a title, an outlet's name) as `ui` shows it: as published, and on
 * English pages, when it is in Cyrillic, romanized by the table of its language.
 */
export function textParts(text: string, language: string, ui: UiLanguage): TitleParts {
  const original = { text, lang: languageOf(text, language) };
  if (ui !== 'en' || !hasCyrillic(text)) return { original };
  const table = original.lang === 'be' ? 'be' : 'ru';
  return { original, romanized: { text: romanize(text, table), lang: romanizedTag(table) } };
}

/**
 * The language of a short text (a title, an outlet's name) found with an article in `language`: a text
 * in Cyrillic is Russian unless the article is Belarusian (`БелТА` with an English article is Russian).
 */
export const languageOf = (text: string, language: string): string =>
  hasCyrillic(text) ? (language === 'be' ? 'be' : 'ru') : language;

/** The title's parts for pages in the interface language `ui`. */
export function titleParts(article: TitleSource, ui: UiLanguage): TitleParts {
  const parts = textParts(displayTitle(article), article.language, ui);
  return ui === 'en' && article.titleEn && article.language !== 'en'
    ? { ...parts, translated: { text: `[${article.titleEn}]`, lang: 'en' } }
    : parts;
}

/**
 * The parts on one line, for a page's `<title>`, a search result and a breadcrumb:
 * `Оригинал (Original) [Translation]`.
 */
export function titleLine(parts: TitleParts): string {
  return [parts.original.text, parts.romanized && `(${parts.romanized.text})`, parts.translated?.text]
    .filter(Boolean)
    .join(' ');
}
