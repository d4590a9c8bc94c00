import { LineCounter, parseDocument } from 'yaml';
import { articleMetadata, type ArticleMetadata } from '../metadata/schema.ts';
import type { Problem } from '../problems.ts';
import { yamlValue } from '../text/yaml-value.ts';

/**
 * Parses and validates one editorial sidecar. Returns the metadata, or every problem found in it,
 * each with the line it is on where the YAML says.
 */
export function readMetadata(file: string, text: string): { metadata?: ArticleMetadata; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: lineAt(error.pos[0]),
        message: `the YAML cannot be read: ${error.message.split('\n')[0]}`,
        fix: 'correct the YAML syntax (indentation, quotes, a colon after each key)',
      })),
    };
  }
  const value = yamlValue(doc, text, file, {});
  if ('problem' in value) return { problems: [value.problem] };
  const data = value.data;
  const parsed = articleMetadata.safeParse(data);
  if (parsed.success) return { metadata: parsed.data, problems: [] };
  return {
    problems: parsed.error.issues.map((issue) => {
      const path = issue.path.map(String);
      const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const keyLine = keys.length > 0 ? findKeyLine(text, keys[0]!) : undefined;
      const field = path.length ? path.join('.') : 'the sidecar';
      return {
        file,
        line: keyLine ?? lineAt(node?.range?.[0]),
        message:
          issue.code === 'unrecognized_keys'
            ? `unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}${path.length ? ` in ${field}` : ''}`
            : doc.getIn(path) === undefined
              ? `${field} is missing`
              : `${field}: ${issue.message}`,
        fix:
          issue.code === 'unrecognized_keys'
            ? `remove it or correct its spelling; allowed keys are: ${ALLOWED_KEYS}`
            : fixFor(path),
      };
    }),
  };
}

/** The sidecar's keys, from its schema (so the hint cannot fall behind it), with the date's own keys. */
const ALLOWED_KEYS = Object.keys(articleMetadata.shape)
  .map((key) => (key === 'date' ? 'date (value, precision, evidence, note)' : key))
  .join(', ');

function findKeyLine(text: string, key: string): number | undefined {
  const index = text
    .split('\n')
    .findIndex((line) => new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(line));
  return index < 0 ? undefined : index + 1;
}

function fixFor(path: string[]): string {
  const field = path.join('.');
  if (field.startsWith('date'))
    return 'write the date as YYYY, YYYY-MM or YYYY-MM-DD matching its precision (day, month or year), e.g. value: "2019-10", precision: month';
  if (field === 'url' || field === 'outletUrl') return 'give a full address starting with https://';
  if (field === 'captured') return 'write the capture day as YYYY-MM-DD';
  if (field === 'language') return 'use ru, en or be';
  return `correct ${field || 'the sidecar'} as described in src/lib/metadata/schema.ts`;
}
