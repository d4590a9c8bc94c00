/**
 * Russian words written in capitals read for what they are: a dictionary word set in capitals in a
 * dateline or a rubric (`МОСКВА, 1 авг`, `ЧИТАЙТЕ ТАКЖЕ`) rather than an acronym, and an acronym after
 * an article's number (`статье 116 УК`), a code of law rather than a body. `ru-organizations.ts` asks
 * before it reads an acronym as an organization.
 */
import type { Morphology } from '../morphology.ts';
import { titleCase } from './common.ts';
import { has } from './ru-context.ts';

/** Parts of speech no name is read as (`ЧИТАЙТЕ ТАКЖЕ`, `СМОТРИТЕ`). */
const functionSpeech = ['VERB', 'INFN', 'CONJ', 'PRCL', 'PREP', 'ADVB', 'COMP', 'GRND', 'NPRO', 'PRED'] as const;

/**
 * A Cyrillic word written in capitals that is no acronym but a dictionary word set in capitals, as in a
 * dateline or a rubric: `МОСКВА, 1 авг` is the place `Москва` (a place name the dictionary knows, not as
 * an abbreviation: `НАТО`, `РФ` stay acronyms); `ЧИТАЙТЕ ТАКЖЕ`, words the dictionary itself holds as verbs,
 * conjunctions, adverbs and the like, are no name at all (`'none'`); a guess does not count (`ИГИЛ`).
 */
export function shoutedWord(word: string, morphology: Morphology): string | 'none' | undefined {
  if (word.length < 4 || !/^\p{Script=Cyrillic}+$/u.test(word)) return undefined;
  const lower = word.toLocaleLowerCase('ru');
  const parses = morphology.parses(titleCase(lower));
  const geox = parses.find((p) => has(p, 'Geox') && !has(p, 'Abbr') && p.score >= 0.3);
  if (geox && !parses.some((p) => (has(p, 'Orgn') || has(p, 'Abbr')) && p.score >= geox.score))
    return titleCase(geox.normalize().word);
  const readings = morphology.parses(lower).filter((p) => p.score >= 0.05);
  if (
    readings.length > 0 &&
    readings.every((p) => p.parser === 'Dictionary') &&
    readings.every((p) => functionSpeech.some((part) => has(p, part))) &&
    readings.some((p) => p.score >= 0.5)
  )
    return 'none';
  return undefined;
}

/**
 * Does the text before an acronym end with an article's number (`статье 116 `, `ст. 141 `, `статьям
 * №213 и №115 `, `ч. 2 ст. 282 `)? What follows such a number is a code of law, not a body.
 */
export function lawCodeBefore(before: string): boolean {
  const number = String.raw`(?:№\s*)?\d+(?:\.\d+)*`;
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:стать\p{L}*|ст\.)\s*${number}(?:\s*(?:,|и)\s*${number})*\s+$`,
    'iu',
  ).test(before);
}
