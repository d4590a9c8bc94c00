/**
 * Control characters that have no place in the archive's text: C0 other than tab, line feed, form feed
 * and carriage return; DEL; C1. A NUL in a capture or a sidecar went into the page (its `<title>` too)
 * as it was. Captures, sidecars and registry files holding one are refused with the line, never shown
 * "cleaned": a capture's bytes are evidence and are not altered at build time.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/u;

/** `U+0000` for a character. */
export const codePointName = (char: string): string =>
  `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first control character of `text` and its 1-based line, or undefined when there is none. */
export function findControlCharacter(text: string): { line: number; code: string } | undefined {
  const match = CONTROL_CHARACTER.exec(text);
  if (!match) return undefined;
  return { line: text.slice(0, match.index).split(/\r\n?|\n/u).length, code: codePointName(match[0]) };
}

/**
 * The first string in a parsed YAML value that holds a control character (a YAML escape such as `"\0"`
 * puts one there without it being in the file's text): its path (`names.ru`) and the character.
 */
export function findControlInValue(
  value: unknown,
  path: string[] = [],
  seen = new Set<object>(),
): { path: string; code: string } | undefined {
  if (typeof value === 'string') {
    const match = CONTROL_CHARACTER.exec(value);
    return match ? { path: path.join('.') || '(the value)', code: codePointName(match[0]) } : undefined;
  }
  // YAML aliases can make a value contain itself (`- &a [*a]`): each object is looked at once.
  if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const [key, inner] of Object.entries(value)) {
      const found =
        findControlInValue(key, [...path, '(key)'], seen) ?? findControlInValue(inner, [...path, key], seen);
      if (found) return found;
    }
  }
  return undefined;
}
