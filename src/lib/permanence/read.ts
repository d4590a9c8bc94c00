import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../problems.ts';
import { yamlValue } from '../text/yaml-value.ts';
import { redirectList, withdrawalList, type Redirect, type Withdrawal } from './schema.ts';
import { renumberingList, type Renumbering } from '../permalinks/anchors.ts';

/** An entry read from a list file, with the line it starts on (for messages). */
export type Located<T> = T & { line?: number };

interface ListResult<T> {
  entries: Array<Located<T>>;
  problems: Problem[];
}

/**
 * Reads a YAML list file against `schema`: the whole list, and when that fails each entry on its own against
 * the schema's element, so that the valid entries are kept and every invalid one is a problem with its line.
 */
export function readList<T>(
  file: string,
  text: string,
  schema: z.ZodArray<z.ZodType<T>>,
  fix: (field: string) => string,
): ListResult<T> {
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
  const value = yamlValue(doc, text, file, []);
  if ('problem' in value) return { entries: [], problems: [value.problem] };
  const data = value.data;
  const itemLine = (index: number) =>
    lineAt((doc.getIn([index], true) as { range?: [number, number, number] } | undefined)?.range?.[0]);
  const whole = schema.safeParse(data);
  if (whole.success) return { entries: whole.data.map((entry, i) => ({ ...entry, line: itemLine(i) })), problems: [] };
  if (!Array.isArray(data)) {
    return {
      entries: [],
      problems: [
        {
          file,
          line: 1,
          message: `must be a list of entries (${whole.error.issues[0]?.message ?? 'it is not a list'})`,
          fix: 'write a YAML list ("- from: …"), or [] for none',
        },
      ],
    };
  }
  // Each entry is checked on its own: the valid ones are kept, so the checks between entries still run
  // and one build reports every problem of the file, not one round at a time.
  const element = schema.element;
  const entries: Array<Located<T>> = [];
  const problems: Problem[] = [];
  data.forEach((item, index) => {
    const parsed = element.safeParse(item);
    if (parsed.success) {
      entries.push({ ...parsed.data, line: itemLine(index) });
      return;
    }
    for (const issue of parsed.error.issues) {
      const path = [String(index), ...issue.path.map(String)];
      const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      const field = path.slice(1).join('.');
      const entry = `entry ${index + 1}`;
      const missing = doc.getIn(path) === undefined;
      const message =
        issue.code === 'unrecognized_keys'
          ? `${entry}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
          : missing
            ? `${entry}: ${field || 'the entry'} is missing`
            : `${entry}: ${field ? `${field} ` : ''}${issue.message}`;
      problems.push({
        file,
        line: lineAt(node?.range?.[0]) ?? itemLine(index),
        message,
        fix: issue.code === 'unrecognized_keys' ? fix('') : fix(field),
      });
    }
  });
  return { entries, problems };
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

/** Parses and validates `content/renumbered.yaml`: the recorded decisions to let an article's paragraphs change. */
export function readRenumberings(file: string, text: string): ListResult<Renumbering> {
  return readList(file, text, renumberingList, (field) =>
    field === 'date'
      ? 'write the day of the decision as YYYY-MM-DD (it applies once, to the next build)'
      : field === 'id'
        ? 'write the capture id of the article (its file name in seeds/ without the extension)'
        : 'each entry has id, reason and date (see the example at the top of the file)',
  );
}
