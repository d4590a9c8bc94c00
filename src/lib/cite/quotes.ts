/** Quotation marks by language: «ёлочки» with inner „лапки“ for Russian and Belarusian, “…” with inner ‘…’ for English. */
import type { CitationLanguage } from './types.ts';

interface QuoteStyle {
  open: string;
  close: string;
  innerOpen: string;
  innerClose: string;
}

/** Outer and inner quotation marks for each language. */
export const quoteStyles: Record<CitationLanguage, QuoteStyle> = {
  ru: { open: '«', close: '»', innerOpen: '„', innerClose: '“' },
  be: { open: '«', close: '»', innerOpen: '„', innerClose: '“' },
  en: { open: '“', close: '”', innerOpen: '‘', innerClose: '’' },
};

/**
 * Turns the quotation marks already in `text` into the inner pair, so the outer pair is unambiguous:
 * outer-style marks are swapped, and straight double quotes are paired (odd ones open, even ones close).
 */
export function demoteQuotes(text: string, language: CitationLanguage): string {
  const style = quoteStyles[language] ?? quoteStyles.en;
  let straight = 0;
  return text.replace(/["«»“”]/g, (ch) => {
    if (ch === '"') return straight++ % 2 === 0 ? style.innerOpen : style.innerClose;
    if (ch === style.open || ch === '«' || (language === 'en' && ch === '“')) return style.innerOpen;
    if (ch === style.close || ch === '»' || (language === 'en' && ch === '”')) return style.innerClose;
    // Russian/Belarusian inner marks “ ” already in the text: keep closing “ as it is, make ” a closing “.
    return ch === '”' ? style.innerClose : ch;
  });
}

/**
 * Quotes `text` in the language's marks. The text inside is kept exactly as the source wrote it, its own
 * quotation marks (straight or not) included: the archive never "smartens" a text, and a quotation is the text.
 */
export function quote(text: string, language: CitationLanguage): string {
  const style = quoteStyles[language] ?? quoteStyles.en;
  return `${style.open}${text}${style.close}`;
}
