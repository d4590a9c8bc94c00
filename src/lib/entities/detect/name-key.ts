/**
 * A spelling-independent key for a name, so that one person written in Russian, Belarusian or English
 * groups together: `Лукашенко` = `Лукашэнка` = `Lukashenka` = `Lukashenko` → `lkshnk`.
 *
 * Each word is transliterated to Latin (iuliia, Wikipedia scheme; Belarusian `і`, `ў` as `i`, `u`),
 * a few Latin digraphs that English spellings use differently are unified (`x` = `ks`, `kh` = `h`),
 * and the vowels are dropped: Russian and Belarusian spellings of one name differ mostly in vowels
 * (`Александр`/`Аляксандр`, `-енко`/`-энка`). The words' keys are sorted, so `Лукашенко Александр`
 * and `Александр Лукашенко` agree. A key is for grouping and for proposing, never for linking alone.
 */
import iuliia from 'iuliia';

/** The key of one word. */
export function wordKey(word: string): string {
  const latin = iuliia
    .translate(word.normalize('NFC'), iuliia.WIKIPEDIA)
    .toLowerCase()
    .replaceAll('і', 'i')
    .replaceAll('ў', 'u')
    .replaceAll('ё', 'e');
  return latin
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]/g, '')
    .replaceAll('x', 'ks')
    .replaceAll('ck', 'k')
    .replaceAll('q', 'k')
    .replaceAll('ph', 'f')
    .replaceAll('w', 'v')
    .replaceAll('kh', 'h')
    .replace(/[aeiouyj]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** The key of a whole name: its words' keys, sorted, joined by spaces. */
export function nameKey(name: string): string {
  return name
    .split(/[^\p{L}\p{M}]+/u)
    .filter((w) => w.length > 0)
    .map(wordKey)
    .filter((k) => k.length > 0)
    .sort()
    .join(' ');
}
