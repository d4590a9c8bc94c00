/** A run of snippet text, marked when it is (part of) a mention. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

/**
 * A paragraph cut down to the neighbourhood of its marked ranges (at most about `radius` characters
 * either side of the first and last), cut at word boundaries with an ellipsis, ranges marked.
 */
export function snippet(
  text: string,
  ranges: ReadonlyArray<{ start: number; end: number }>,
  radius = 160,
): SnippetPart[] {
  const sorted = [...ranges].filter((r) => r.end > r.start && r.end <= text.length).sort((a, b) => a.start - b.start);
  let from = 0;
  let to = text.length;
  if (text.length > radius * 2.5 && sorted.length > 0) {
    from = Math.max(0, sorted[0]!.start - radius);
    to = Math.min(text.length, Math.max(sorted.at(-1)!.end, sorted[0]!.end + radius) + radius / 2);
    if (from > 0) from = text.indexOf(' ', from) + 1 || from;
    if (to < text.length) to = Math.max(text.lastIndexOf(' ', to), sorted.at(-1)!.end);
  }
  const parts: SnippetPart[] = [];
  let at = from;
  for (const range of sorted) {
    if (range.start < at || range.end > to) continue;
    if (range.start > at) parts.push({ text: text.slice(at, range.start), mark: false });
    parts.push({ text: text.slice(range.start, range.end), mark: true });
    at = range.end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), mark: false });
  if (from > 0) parts.unshift({ text: '… ', mark: false });
  if (to < text.length) parts.push({ text: ' …', mark: false });
  return parts;
}
