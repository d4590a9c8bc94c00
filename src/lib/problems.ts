import { compareText } from './collate.ts';

/** One thing wrong with the archive's input, said so that an editor can fix it. */
export interface Problem {
  /** The file at fault, relative to the project root. */
  file: string;
  /** 1-based line in that file, where there is one. */
  line?: number;
  /** What is wrong. */
  message: string;
  /** What to do about it (empty when the message already says). */
  fix: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.fix ? `${where}: ${problem.message}\n    → ${problem.fix}` : `${where}: ${problem.message}`;
}

/** Thrown when the archive's input has problems; lists every one of them, not only the first. */
export class ProblemsError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[], options?: { cause?: unknown }) {
    const sorted = [...problems].sort((a, b) => compareText()(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
    super(
      `letopis found ${sorted.length} problem${sorted.length === 1 ? '' : 's'} in the archive's input:\n\n` +
        sorted.map(formatProblem).join('\n\n'),
      options,
    );
    this.name = 'ProblemsError';
    this.problems = sorted;
  }
}
