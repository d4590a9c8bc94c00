import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isValidPartialDate, language, type Language } from '../metadata/schema.ts';

/** What the editor says about a capture on the command line. Every value is optional. */
export interface IngestFlags {
  url?: string;
  outlet?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the date the outlet states. */
  date?: string;
  title?: string;
  author?: string;
  lang?: Language;
}

export type IngestCommand =
  | { mode: 'help' }
  | { mode: 'check'; root?: string }
  | { mode: 'ingest'; target: string; flags: IngestFlags; root?: string; dryRun: boolean };

/** A command line that cannot be run, said with its fix. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const usage = `usage: npm run ingest -- <file|folder> [--url URL] [--outlet NAME] [--date YYYY[-MM[-DD]]] [--title TITLE] [--author NAME] [--lang ru|en|be] [--dry-run] [--root DIR]
       npm run ingest -- --check [--root DIR]

  <file>     a capture: .txt, .md or a saved .html page; it is copied unchanged into seeds/
  <folder>   every file in it, one after another; a bad file is reported and skipped
  --date     the publication date the outlet states; edit the sidecar afterwards for an inferred date
  --title    only for a capture with no title line of its own (shown in [square brackets])
  --dry-run  say what would be done, write nothing
  --check    validate every capture and sidecar as the build would, without building
  --root     the project to work on (default: the current folder; LETOPIS_SEEDS and LETOPIS_CONTENT move seeds/ and content/)`;

const options = {
  url: { type: 'string' },
  outlet: { type: 'string' },
  date: { type: 'string' },
  title: { type: 'string' },
  author: { type: 'string' },
  lang: { type: 'string' },
  root: { type: 'string' },
  check: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses `ingest`'s arguments and checks every value; throws {@link UsageError} saying what to change. */
export function parseIngestArgs(argv: string[]): IngestCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify .*$/su, '')}\n\n${usage}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { mode: 'help' };
  const root = values.root;
  if (values.check) {
    if (positionals.length > 0)
      throw new UsageError(`--check validates the whole archive and takes no file (got ${positionals.join(' ')})`);
    return { mode: 'check', ...(root !== undefined && { root }) };
  }
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? `name a file or folder to ingest\n\n${usage}`
        : `name one file or folder (got ${positionals.length}: ${positionals.join(', ')}); to ingest several, put them in a folder`,
    );
  }
  const flags: IngestFlags = {};
  for (const key of ['url', 'outlet', 'title', 'author'] as const) {
    const value = values[key]?.trim();
    if (values[key] !== undefined && !value)
      throw new UsageError(`--${key} is empty: give a value or leave the flag out`);
    if (value) flags[key] = value;
  }
  if (flags.url !== undefined && !z.url({ protocol: /^https?$/u }).safeParse(flags.url).success) {
    throw new UsageError(`--url "${flags.url}" is not a full address: give it with https:// (or http://)`);
  }
  if (values.date !== undefined) {
    const date = values.date.trim();
    if (!isValidPartialDate(date))
      throw new UsageError(
        `--date "${values.date}" is not a real date: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. --date 2019-10-23`,
      );
    flags.date = date;
  }
  if (values.lang !== undefined) {
    const lang = language.safeParse(values.lang.trim().toLowerCase());
    if (!lang.success)
      throw new UsageError(`--lang "${values.lang}" is not a language the archive knows: use ru, en or be`);
    flags.lang = lang.data;
  }
  return {
    mode: 'ingest',
    target: positionals[0]!,
    flags,
    ...(root !== undefined && { root }),
    dryRun: values['dry-run'] ?? false,
  };
}
