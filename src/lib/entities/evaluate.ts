/**
 * Scoring name detection against hand-marked names (`npm run eval:entities -- <folder>`).
 *
 * A detected name counts as found when a gold name of the same type overlaps it; each gold name is
 * matched at most once. Precision and recall are counted per type. The normal form is right when it
 * equals the gold normal form (case, `ё` and punctuation aside), or, for a person, when the surname and
 * the given name (when both sides have one) agree with the gold's; it is counted over the matched names
 * whose written form differs from their normal form (the inflected ones).
 */
import type { DetectedName, NameType } from './detect/index.ts';
import { foldKey } from './tokenize.ts';

/** One hand-marked name: character offsets in the document, type and (optionally) its normal form. */
export interface GoldName {
  start: number;
  end: number;
  type: NameType;
  normal?: string;
}

/** Counts for one type. */
export interface TypeScore {
  detected: number;
  gold: number;
  /** Detected names that overlap a gold name of the same type. */
  truePositives: number;
  /** Gold names some detected name of the same type overlaps. */
  found: number;
}

export interface Score {
  byType: Record<NameType, TypeScore>;
  /** Matched names whose written form is inflected, and how many of them got the right normal form. */
  inflected: number;
  inflectedRight: number;
  /** A few wrong normal forms, for reading. */
  wrongNormals: Array<{ text: string; normal: string; gold: string }>;
}

export const nameTypes: readonly NameType[] = ['person', 'organization', 'place'];

export function emptyScore(): Score {
  const byType = Object.fromEntries(
    nameTypes.map((t) => [t, { detected: 0, gold: 0, truePositives: 0, found: 0 }]),
  ) as Record<NameType, TypeScore>;
  return { byType, inflected: 0, inflectedRight: 0, wrongNormals: [] };
}

/** Parses a `.gold.tsv` file: `start<TAB>end<TAB>type[<TAB>normal]` per line; `#` lines are comments. */
export function parseGold(source: string, file: string): GoldName[] {
  const gold: GoldName[] = [];
  source.split('\n').forEach((line, n) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [start, end, type, normal] = line.split('\t');
    if (!/^\d+$/.test(start ?? '') || !/^\d+$/.test(end ?? '') || !nameTypes.includes(type as NameType)) {
      throw new Error(
        `${file}:${n + 1}: expected "start<TAB>end<TAB>person|organization|place[<TAB>normal form]", got "${line}"`,
      );
    }
    gold.push({ start: Number(start), end: Number(end), type: type as NameType, normal: normal?.trim() || undefined });
  });
  return gold;
}

const fold = (value: string) =>
  foldKey(value)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Is `normal` (what detection gave) the right dictionary form for `gold`? */
export function sameNormal(name: DetectedName, gold: string): boolean {
  if (fold(name.normal) === fold(gold)) return true;
  if (name.type !== 'person') return false;
  const goldWords = fold(gold).split(' ');
  const surname = name.surname ? fold(name.surname) : undefined;
  if (!surname || !goldWords.includes(surname)) return false;
  return !name.given || goldWords.includes(fold(name.given)) || goldWords.length === 1;
}

/**
 * Are two names the same words, perhaps inflected (each word sharing its first letters with the other's)?
 * Gold normal forms are sometimes another name of the entity (`Америки` ↔ `Соединённые Штаты`); those
 * are not a test of normalisation.
 */
function sameWords(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  if (x.length !== y.length) return false;
  return x.every((w, i) => {
    const n = Math.max(1, Math.min(4, w.length - 1, y[i].length - 1));
    return w.slice(0, n) === y[i].slice(0, n);
  });
}

/** Adds one document's comparison to `score`. `names` have document offsets (`start`/`end`). */
export function scoreDocument(names: readonly DetectedName[], gold: readonly GoldName[], score: Score): void {
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && b.start < a.end;
  const used = new Set<GoldName>();
  for (const type of nameTypes) {
    const mine = names.filter((n) => n.type === type);
    const theirs = gold.filter((g) => g.type === type);
    const s = score.byType[type];
    s.detected += mine.length;
    s.gold += theirs.length;
    s.truePositives += mine.filter((n) => theirs.some((g) => overlaps(n, g))).length;
    s.found += theirs.filter((g) => mine.some((n) => overlaps(n, g))).length;
    for (const n of mine) {
      const g = theirs.find((x) => !used.has(x) && overlaps(n, x) && x.normal);
      if (!g) continue;
      used.add(g);
      if (fold(n.text) === fold(g.normal!) || !sameWords(fold(n.text), fold(g.normal!))) continue;
      score.inflected++;
      if (sameNormal(n, g.normal!)) score.inflectedRight++;
      else if (score.wrongNormals.length < 40)
        score.wrongNormals.push({ text: n.text, normal: n.normal, gold: g.normal! });
    }
  }
}

/** Precision, recall and the share of right normal forms, as a table. */
export function formatScore(score: Score, documents: number): string {
  const ratio = (a: number, b: number) => (b === 0 ? '—' : (a / b).toFixed(3));
  const lines = [`${documents} documents`, 'type          detected  gold  precision  recall'];
  for (const type of nameTypes) {
    const s = score.byType[type];
    lines.push(
      `${type.padEnd(13)} ${String(s.detected).padStart(8)} ${String(s.gold).padStart(5)}  ${ratio(s.truePositives, s.detected).padStart(9)}  ${ratio(s.found, s.gold).padStart(6)}`,
    );
  }
  lines.push(
    `normal form of inflected names: ${score.inflectedRight}/${score.inflected} = ${ratio(score.inflectedRight, score.inflected)}`,
  );
  return lines.join('\n');
}
