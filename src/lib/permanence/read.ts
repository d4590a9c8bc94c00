import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../problems.ts';
import { findControlCharacter, findControlInValue } from '../text/control.ts';
import { redirectList, withdrawalList, type Redirect, type Withdrawal } from './schema.ts';

/** An entry read from a list file, with the line it starts on (for messages). */
export type Located<T> = T & { line?: number };

interface ListResult<T> {
  entries: Array<Located<T>>;
  problems: Problem[];
}

function readList<T>(file: string, text: string, schema: z.ZodType<T[]>, fix: (field: string) => string): ListResult<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  if (doc.errors.length > 0) {
    return {
      entries: [],
      problems: doc.errors.map((error) => ({
        file,
        line: lineAt(error.pos[0]),
        message: `the YAML cannot be read: ${error.message.split('\n')[0]}`,
        fix: 'correct the YAML syntax (a list of "- key: value" entries, indented consistently)',
      })),
    };
  }
  const data: unknown = doc.toJS() ?? [];
  const control = findControlCharacter(text);
  const escaped = control ? undefined : findControlInValue(data);
  if (control || escaped) {
    return {
      entries: [],
      problems: [
        {
          file,
          ...(control && { line: control.line }),
          message: control ? `the control character ${control.code} on line ${control.line} is not text` : `${escaped!.path} holds the control character ${escaped!.code} (a YAML escape), which is not text`,
          fix: 'delete the character',
        },
      ],
    };
  }
  const parsed = schema.safeParse(data);
  const itemLine = (index: number) => lineAt((doc.getIn([index], true) as { range?: [number, number, number] } | undefined)?.range?.[0]);
  if (parsed.success) return { entries: parsed.data.map((entry, i) => ({ ...entry, line: itemLine(i) })), problems: [] };
  return {
    entries: [],
    problems: parsed.error.issues.map((issue) => {
      const path = issue.path.map(String);
      const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      const field = path.length > 1 ? path.slice(1).join('.') : '';
      const entry = path.length > 0 ? `entry ${Number(path[0]) + 1}` : 'the file';
      const missing = path.length > 0 && doc.getIn(path) === undefined;
      const message =
        issue.code === 'unrecognized_keys'
          ? `${entry}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
          : path.length === 0
            ? `must be a list of entries (${issue.message})`
            : missing
              ? `${entry}: ${field || 'the entry'} is missing`
              : `${entry}: ${field ? `${field} ` : ''}${issue.message}`;
      return {
        file,
        line: lineAt(node?.range?.[0]) ?? (path.length > 0 ? itemLine(Number(path[0])) : undefined),
        message,
        fix: issue.code === 'unrecognized_keys' ? fix('') : path.length === 0 ? 'write a YAML list ("- from: …"), or [] for none' : fix(field),
      };
    }),
  };
}

/** Parses and validates `content/redirects.yaml`. */
export function readRedirects(file: string, text: string): ListResult<Redirect> {
  return readList(file, text, redirectList, (field) =>
    field === 'from' || field === 'to'
      ? 'write a path of this site beginning with "/" (and, for "from", ending with "/"), without the site\'s base or origin'
      : field === 'since'
        ? 'write the day as YYYY-MM-DD'
        : 'each entry has from, to and optionally reason and since (see the example at the top of the file)',
  );
}

/** Parses and validates `content/withdrawn.yaml`. */
export function readWithdrawals(file: string, text: string): ListResult<Withdrawal> {
  return readList(file, text, withdrawalList, (field) =>
    field.startsWith('date')
      ? 'copy the date from the sidecar: value (YYYY, YYYY-MM or YYYY-MM-DD), precision, evidence and, when inferred, note'
      : field === 'withdrawn'
        ? 'write the day of withdrawal as YYYY-MM-DD'
        : field === 'reason'
          ? 'say why the article was withdrawn, as text or as ru: … and en: …'
          : 'each entry has id, title, reason and withdrawn, and optionally titleSupplied, date, outlet, author, url, language, sha256 (see the example at the top of the file)',
  );
}
