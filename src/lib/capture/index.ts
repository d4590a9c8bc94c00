import { createHash } from 'node:crypto';
import { cleanCapture, type RemovedBlock } from './clean.ts';
import { decodeCapture, type DecodedText } from './decode.ts';
import { detectLanguage, type LanguageGuess } from './language.ts';
import { structureArticle, type ArticleStructure } from './structure.ts';

export { DecodeError } from './decode.ts';
export type { DecodedText, Encoding } from './decode.ts';
export type { RemovedBlock, KeptLine } from './clean.ts';
export type { Paragraph, ParagraphKind } from './structure.ts';

/** Everything the capture's own bytes say about the article. */
export interface CaptureReading extends ArticleStructure {
  sha256: string;
  byteLength: number;
  decoded: DecodedText;
  removed: RemovedBlock[];
  language: LanguageGuess;
}

/** Runs the capture stages in order: decode → clean → structure → language. */
export function readCapture(bytes: Uint8Array): CaptureReading {
  const decoded = decodeCapture(bytes);
  const { kept, removed } = cleanCapture(decoded.text);
  const structure = structureArticle(kept, removed);
  const text = [structure.title ?? '', ...structure.paragraphs.map((p) => p.text)].join('\n');
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    byteLength: bytes.length,
    decoded,
    removed,
    ...structure,
    language: detectLanguage(text),
  };
}
