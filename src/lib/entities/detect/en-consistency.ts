/**
 * English article-wide consistency: a one-word place or body named once keeps its type wherever the
 * article writes the word alone (`englishConsistency`); then a person's first word alone is that person
 * (`englishGivenNames`, `en-given-names.ts`).
 */
import { byPosition } from './common.ts';
import { orgWords, stopWords } from './en-lexicon.ts';
import type { DetectedName, TextLanguage } from './types.ts';
import { afterTitle, englishOccurrences } from './en-cues.ts';
import { englishGivenNames } from './en-given-names.ts';

/**
 * A one-word place or body named once in the article (`the town of Doboj`, `in Bogra`, `Interacciones
 * brokerage`) is that place or body wherever the article writes the word alone with no other reading
 * (`Doboj's imam`, `urged Bogra residents`): a name keeps its type through the article. Words the article
 * writes in lower case, and words inside compounds (`Doboj-based`), do not count.
 */
export function englishConsistency(
  found: DetectedName[],
  paragraphs: ReadonlyArray<{ paragraph: number; text: string; language: TextLanguage }>,
  lowerWords: ReadonlySet<string>,
): DetectedName[] {
  const typed = new Map<string, DetectedName | null>();
  const textOf = new Map(paragraphs.map((p) => [p.paragraph, p.text]));
  for (const n of found) {
    if (n.language !== 'en' || n.type === 'person') continue;
    // A body named in two or three capitalised words or by an acronym (`SBC Warburg`, `USDA`) keeps its type too.
    const body =
      n.type === 'organization' &&
      (/^\p{Lu}{2,6}$/u.test(n.text) ||
        /^\p{Lu}[\p{L}\p{M}'’-]+(?:[ \u00A0]\p{Lu}[\p{L}\p{M}'’-]+){1,2}$/u.test(n.text));
    if (!body && !/^\p{Lu}[\p{Ll}\p{M}]{3,}$/u.test(n.text)) continue;
    // A guess counts only after `in`, `at`, `near` or a place's word (`town of`), not after `from`, `to`.
    if (
      !body &&
      n.confidence !== 'high' &&
      !/(?:^|[ \u00A0])(?:in|at|near|of)[ \u00A0]+$/u.test((textOf.get(n.paragraph) ?? '').slice(0, n.start))
    )
      continue;
    const word = n.text.toLowerCase();
    // A head word alone (`the House`) is a name by its cue only.
    if ([lowerWords, stopWords, orgWords].some((list) => list.has(word))) continue;
    const seen = typed.get(n.text);
    // A word read as two types in the article is left as it is.
    if (seen === undefined) typed.set(n.text, n);
    else if (seen && seen.type !== n.type) typed.set(n.text, null);
  }
  const words = [...typed].filter(([, n]) => n).map(([w]) => w);
  if (words.length === 0) return englishGivenNames(found, paragraphs, lowerWords);
  const extra: DetectedName[] = [];
  const edges = { before: "\\p{L}\\p{N}.'’-", after: '\\p{L}\\p{N}-' };
  for (const { paragraph, text, start, end, word } of englishOccurrences(paragraphs, words, edges)) {
    if (found.some((n) => n.paragraph === paragraph && n.start < end && start < n.end)) continue;
    // Not a word of a longer capitalised name (`Doboj Serbs` may be; `Golan Heights Israel` is not read).
    if (/^[ \u00A0]\p{Lu}/u.test(text.slice(end)) || /\p{Lu}[\p{L}.]*[ \u00A0]$/u.test(text.slice(0, start))) continue;
    if (afterTitle(text, start)) continue;
    extra.push({ ...typed.get(word)!, paragraph, start, end, text: word, confidence: 'low' });
  }
  return englishGivenNames(extra.length === 0 ? found : [...found, ...extra].sort(byPosition), paragraphs, lowerWords);
}
