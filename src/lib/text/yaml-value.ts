import type { Document } from 'yaml';
import type { Problem } from '../problems.ts';
import { findControlCharacter, findControlInValue } from './control.ts';

/**
 * The plain value of a YAML document whose syntax is valid (`empty` for an empty file), or the one problem
 * that keeps an editor's file from being read as text: an alias with no anchor (`*a`) or aliases that
 * expand without end, a control character in the text, or one written as a YAML escape (`"\0"`).
 */
export function yamlValue(
  doc: Document,
  text: string,
  file: string,
  empty: unknown,
): { data: unknown } | { problem: Problem } {
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? empty;
  } catch (error) {
    const message = `the YAML cannot be read: ${(error as Error).message.split('\n')[0]}`;
    return {
      problem: { file, line: 1, message, fix: 'write plain "key: value" entries, without anchors and aliases (&, *)' },
    };
  }
  const control = findControlCharacter(text);
  if (control) {
    const message = `line ${control.line} holds the control character ${control.code}, which is not text`;
    return { problem: { file, line: control.line, message, fix: 'delete the character' } };
  }
  const escaped = findControlInValue(data);
  if (escaped) {
    const message = `${escaped.path} holds the control character ${escaped.code} (written as a YAML escape), which is not text`;
    return { problem: { file, message, fix: 'delete the character' } };
  }
  return { data };
}
