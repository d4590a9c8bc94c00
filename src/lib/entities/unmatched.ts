/**
 * Names the registry does not know yet, for the editor's report: runs of capitalised words and
 * acronyms that are not inside any mention. A capitalised word that opens a sentence is skipped
 * unless it is an acronym (`Поэтому`, `The` are not names), and so is a lone initial.
 */
import { z } from 'zod';
import type { Mention } from './enrichment-schema.ts';
import { isAllCaps, isCapitalised, isJoiningGap, tokenize } from './tokenize.ts';
import { compareText } from '../collate.ts';

/** A name found in the text but not in the registry (kept per article in the enrichment cache). */
export const unmatchedName = z.object({
  /** The name as written (first occurrence's spelling). */
  name: z.string(),
  /** How many times it occurs. */
  count: z.number().int().positive(),
  /** 1-based paragraphs where it occurs. */
  paragraphs: z.array(z.number().int().positive()),
});
export type UnmatchedName = z.infer<typeof unmatchedName>;

/** Unmatched names across the article, most frequent first. */
export function unmatchedNames(paragraphs: readonly string[], mentions: readonly Mention[]): UnmatchedName[] {
  const found = new Map<string, UnmatchedName>();
  // Each paragraph's mentions, sorted out once (filtered per paragraph, a long capture took seconds).
  const byParagraph = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = byParagraph.get(m.paragraph);
    if (list) list.push(m);
    else byParagraph.set(m.paragraph, [m]);
  }
  paragraphs.forEach((text, p) => {
    const paragraph = p + 1;
    const covered = byParagraph.get(paragraph) ?? [];
    const tokens = tokenize(text);
    let run: { start: number; end: number } | undefined;
    const flush = () => {
      if (!run) return;
      const name = text.slice(run.start, run.end);
      if (name.length > 1) {
        const entry = found.get(name) ?? { name, count: 0, paragraphs: [] };
        entry.count++;
        if (entry.paragraphs.at(-1) !== paragraph) entry.paragraphs.push(paragraph);
        found.set(name, entry);
      }
      run = undefined;
    };
    tokens.forEach((token, i) => {
      const inMention = covered.some((m) => m.start <= token.start && token.end <= m.end);
      const acronym = isAllCaps(token.text);
      const gap = run ? text.slice(tokens[i - 1].end, token.start) : '';
      const joined = run !== undefined && isJoiningGap(gap) && !/["«»„“”]/u.test(gap);
      const candidate =
        !inMention &&
        /^\p{L}/u.test(token.text) &&
        isCapitalised(token.text) &&
        (acronym || joined || !sentenceInitial(text, token.start));
      if (!candidate) return flush();
      if (run && joined) run.end = token.end;
      else {
        flush();
        run = { start: token.start, end: token.end };
      }
    });
    flush();
  });
  return [...found.values()].sort((a, b) => b.count - a.count || compareText()(a.name, b.name));
}

/** Does the word at `offset` open a sentence (paragraph start, or after `.`/`!`/`?`/`…`/a dash/a quote)? */
function sentenceInitial(text: string, offset: number): boolean {
  const before = text.slice(0, offset).replace(/[\s"«„“(]+$/u, '');
  return before === '' || /[.!?…:—–-]$/u.test(before);
}
