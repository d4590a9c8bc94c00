import { eld } from 'eld/medium';

/**
 * The languages a saved page is written in, as far as it says and its text shows: `<html lang>` (or
 * `xml:lang`), `og:locale`, `Content-Language`, and eld's guess from the article's text over all the
 * languages eld knows (the detector of `language.ts` is restricted to ru/en/be, which a Spanish or Dutch
 * page is not). A template often declares a language its articles are not in: both are returned, the
 * declared first, for readers that try each.
 */

/** An eld of its own: `language.ts` narrows the shared one to ru/en/be. */
const detector = eld.newInstance();

/** Characters of the article's text enough for eld (it reads no more than 1000). */
const SAMPLE = 1000;

/** ISO 639-1 codes (`es`, `pt`), declared first, each once; codes are cut from tags such as `es-MX`, `pt_BR`. */
export function pageLanguages(document: Document, articleText: string): string[] {
  const root = document.documentElement;
  const declared = [
    root?.getAttribute('lang'),
    root?.getAttribute('xml:lang'),
    document.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
    ...[...document.querySelectorAll('meta[http-equiv]')]
      .filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-language')
      .map((m) => m.getAttribute('content')),
  ];
  const guess = detector.detect(articleText.slice(0, SAMPLE));
  const guessed = guess.isReliable() ? guess.language : '';
  const codes = [...declared, guessed]
    .map((tag) => /^\s*([a-z]{2})(?![a-z])/iu.exec(tag ?? '')?.[1]?.toLowerCase())
    .filter((code): code is string => code !== undefined);
  return [...new Set(codes)];
}
