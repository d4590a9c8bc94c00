import { parse } from 'yaml';
import { z } from 'zod';

/**
 * What a capture should read as, written by a person who read it: `<name>.expected.yaml` next to the
 * capture `<name>.txt|md|html` in an evaluation folder (see docs in the README, "Capture reader quality").
 * A field left out is not scored: a set whose ground truth is only dates (htmldate's) or only titles
 * (Readability's test pages) is measured on what it knows.
 */
export const expectedSchema = z
  .object({
    /** The headline as the outlet printed it; `null` when the capture has none (a supplied title is then right). */
    title: z.string().min(1).nullable().optional(),
    /** The publication date the capture states (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`); `null` when it states none. */
    date: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u, 'a date is YYYY-MM-DD, YYYY-MM or YYYY')
      .nullable()
      .optional(),
    /** The article's language. */
    language: z.enum(['ru', 'be', 'en']).optional(),
    /** The source address, when known: given to the reader as a hint, as ingest does with --url. */
    url: z.string().url().optional(),
    /** The article's main text without its headline: its paragraphs, one a line (blank lines are ignored). */
    main: z.string().min(1).optional(),
    /** Where the capture came from and anything a reviewer should know (not scored). */
    note: z.string().optional(),
  })
  .strict();

export type Expected = z.infer<typeof expectedSchema>;

/** Parses an expected file; throws an Error naming the file and the fields to fix. */
export function parseExpected(file: string, text: string): Expected {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(
      `${file} is not valid YAML: ${(error as Error).message}. Fix the file (see "Capture reader quality" in the README for its format).`,
      { cause: error },
    );
  }
  const result = expectedSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ');
    throw new Error(`${file}: ${problems}. Fix the file (see "Capture reader quality" in the README for its format).`);
  }
  return result.data;
}
