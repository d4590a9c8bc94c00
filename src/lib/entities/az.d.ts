/**
 * Minimal typings for `az` (Az.js, a Russian morphological analyser), covering what `morphology.ts` uses.
 * The package ships no types of its own.
 */
declare module 'az' {
  /** A grammatical tag; grammemes are exposed as boolean-ish properties (`tag.NOUN`, `tag.femn`, `tag.Surn`). */
  export interface AzTag {
    readonly [grammeme: string]: unknown;
    toString(): string;
  }
  /** One possible reading of a word form. */
  export interface AzParse {
    readonly word: string;
    readonly tag: AzTag;
    readonly score: number;
    /** Which of az's parsers read it: `Dictionary` for a word the dictionary holds, else a guesser's name (`SuffixKnown`, …). */
    readonly parser?: string;
    /** The reading's dictionary form. */
    normalize(keepPos?: boolean): AzParse;
    /** The form of this reading with the given grammemes (`['nomn']`), or false when there is none. */
    inflect(grammemes: string[]): AzParse | false;
  }
  interface MorphFn {
    (word: string, config?: Record<string, unknown>): AzParse[];
    init(path: string, callback: (error: Error | null) => void): void;
  }
  const Az: { Morph: MorphFn };
  export default Az;
}
