/**
 * Romanization of Russian and Belarusian text as library catalogues write it: the ALA-LC tables
 * (Library of Congress), over iuliia's ALA-LC schema. iuliia leaves `ё` in Cyrillic and knows only
 * Russian, so these letters are romanized here first:
 * - Russian: `ё` → `ë` (`Сергей` → `Sergeĭ`, `объём` → `obʺëm`);
 * - Belarusian: as Russian, with `г` → `h`, `ґ` → `g`, `і` → `i`, `ў` → `ŭ`, and the apostrophe
 *   between letters → `ʺ` (`Рэспубліка` → `Rėspublika`, `сям’я` → `si͡amʺi͡a`).
 * Text without Cyrillic letters is left as it is.
 */
import iuliia from 'iuliia';

/** Languages with a romanization table here. */
export type CyrillicLanguage = 'ru' | 'be';

/** ALA-LC's `ё`, which iuliia's table leaves in Cyrillic. */
const yo: Readonly<Record<string, string>> = { ё: 'ë', Ё: 'Ë' };
/** The letters each table romanizes before iuliia's (which leaves a letter it has no rule for as it is). */
const ownLetters: Record<CyrillicLanguage, { pattern: RegExp; letters: Readonly<Record<string, string>> }> = {
  ru: { pattern: /[ёЁ]/gu, letters: yo },
  be: {
    // The apostrophe between letters (`сям’я`) has no key of its own: it is ʺ.
    pattern: /[ёЁгГґҐіІўЎ]|(?<=\p{L})['’ʼ](?=\p{L})/gu,
    letters: { ...yo, г: 'h', Г: 'H', ґ: 'g', Ґ: 'G', і: 'i', І: 'I', ў: 'ŭ', Ў: 'Ŭ' },
  },
};

/** The BCP 47 tag of a romanized text: `ru-Latn-alalc97` (ALA-LC Romanization, 1997 edition). */
export const romanizedTag = (language: CyrillicLanguage) => `${language}-Latn-alalc97`;

/** True when the text has a Cyrillic letter. */
export const hasCyrillic = (text: string) => /\p{Script=Cyrillic}/u.test(text);

/**
 * performance: what was romanized, by language and text. English pages give every Russian title they list
 * in Latin letters too, and an archive's hub pages list each article many times (iuliia: 4 s of a rebuild
 * of 10,000 articles). Emptied when it holds this many, so memory stays bounded.
 */
const romanized = new Map<string, string>();
const REMEMBERED = 100_000;

/** `text` romanized by the ALA-LC table of `language` (Russian by default). */
export function romanize(text: string, language: CyrillicLanguage = 'ru'): string {
  const key = `${language}\0${text}`;
  const known = romanized.get(key);
  if (known !== undefined) return known;
  const normal = text.normalize('NFC');
  const { pattern, letters } = ownLetters[language];
  const latin = hasCyrillic(normal)
    ? iuliia.translate(
        normal.replace(pattern, (letter) => letters[letter] ?? 'ʺ'),
        iuliia.ALA_LC,
      )
    : normal;
  if (romanized.size >= REMEMBERED) romanized.clear();
  romanized.set(key, latin);
  return latin;
}
