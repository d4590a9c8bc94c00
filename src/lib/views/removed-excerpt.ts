/**
 * What an article page quotes of a block the cleaner removed ("as captured"): its first lines, so the
 * reader sees what kind of text went, and how many lines are left out. A removed block can be as long as
 * the capture's whole site menu or comment thread, and it would otherwise ride in full in the served page
 * of every article it came from (#20: the page's weight beyond its text is bounded); the capture file,
 * linked beside it, keeps every line, and the block's line numbers say where.
 */

/** How much of a removed block a page quotes. */
export interface ExcerptLimits {
  /** Lines quoted at most. */
  lines: number;
  /** Characters quoted at most, over all the quoted lines (a longer quote ends with "…"). */
  chars: number;
}

/** The page's limits: a numbered list of headlines shows three of them; 300 characters is about three lines of text. */
export const removedExcerptLimits: ExcerptLimits = { lines: 3, chars: 300 };

/** The quoted part of a removed block and the number of its lines left out (0: quoted whole). */
export function removedExcerpt(
  text: string,
  limits: ExcerptLimits = removedExcerptLimits,
): { text: string; moreLines: number } {
  const lines = text.split('\n');
  let shown = lines.slice(0, limits.lines).join('\n');
  // Counted in code points, so a cut never splits a surrogate pair; the cut line ends with "…".
  if ([...shown].length > limits.chars) shown = `${[...shown].slice(0, limits.chars).join('').trimEnd()}…`;
  return { text: shown, moreLines: lines.length - shown.split('\n').length };
}
