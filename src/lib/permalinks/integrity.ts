/**
 * Hand edits and deletions of the permanence files are noticed, not accepted (pure; files.ts reads).
 *
 * - `content/permalinks.sha256` holds the sha256 of `permalinks.json` and `anchors.json` as the last
 *   successful build wrote them (`sha256sum` format: `cd content && sha256sum -c permalinks.sha256`).
 *   A file that no longer matches, or is gone while its digest is there, stops the build.
 * - Inside a git repository the lock is also compared with its last committed version: the lock only
 *   grows, so every path committed must still be there, unchanged.
 */
import { createHash } from 'node:crypto';
import type { Problem } from '../problems.ts';
import { pageKinds, type PermalinkLock } from './lock.ts';

export const DIGEST_FILE = 'permalinks.sha256';
export const LOCK_FILE = 'permalinks.json';
export const ANCHORS_FILE = 'anchors.json';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The digest file for the permanence files' texts (name → text), sorted by name. */
export function digestFile(texts: Readonly<Record<string, string>>): string {
  return Object.keys(texts)
    .sort()
    .map((name) => `${sha256(texts[name]!)}  ${name}\n`)
    .join('');
}

/**
 * Compares the permanence files (name → text, or undefined when missing) with the digest file's text.
 * `shown` gives the path of a file as messages show it.
 */
export function checkDigests(
  digestText: string | undefined,
  texts: Readonly<Record<string, string | undefined>>,
  shown: (name: string) => string,
): Problem[] {
  if (digestText === undefined) return [];
  const problems: Problem[] = [];
  const listed = new Map<string, string>();
  for (const [index, line] of digestText.split(/\r?\n/u).entries()) {
    if (line.trim() === '') continue;
    const match = /^([0-9a-f]{64}) {2}(\S+)$/u.exec(line);
    if (!match) {
      problems.push({
        file: shown(DIGEST_FILE),
        line: index + 1,
        message: 'is not a line the build writes ("<sha256>  <file>")',
        fix: `restore the file from git (git checkout -- ${shown(DIGEST_FILE)}); it is written by the build, never by hand`,
      });
    } else listed.set(match[2]!, match[1]!);
  }
  for (const [name, digest] of listed) {
    if (!(name in texts)) continue;
    const text = texts[name];
    if (text === undefined) {
      problems.push({
        file: shown(name),
        message: `is missing, but ${shown(DIGEST_FILE)} says a build wrote it: deleting it would drop or move published URLs and anchors silently`,
        fix: `restore it from git (git checkout -- ${shown(name)}) or from a backup; it is never deleted`,
      });
    } else if (sha256(text) !== digest) {
      problems.push({
        file: shown(name),
        message: `was changed by hand since the last build wrote it (its sha256 is no longer the one in ${shown(DIGEST_FILE)})`,
        fix: `restore it (git checkout -- ${shown(name)}); published paths and anchors are never edited: move a page with content/redirects.yaml, retire one with content/withdrawn.yaml, renumber with content/renumbered.yaml`,
      });
    }
  }
  return problems;
}

/** Every path of the committed lock must still be in the current one, for the same id. */
export function checkAgainstCommitted(
  committed: PermalinkLock,
  current: PermalinkLock,
  file: string,
  ref = 'HEAD',
): Problem[] {
  const problems: Problem[] = [];
  for (const kind of pageKinds) {
    for (const [id, path] of Object.entries(committed[kind] ?? {})) {
      const now = current[kind]?.[id];
      if (now === path) continue;
      problems.push({
        file,
        message:
          now === undefined
            ? `${kind} "${id}" (published at ${path}, as the lock committed in ${ref} says) is no longer in the lock`
            : `${kind} "${id}" was published at ${path} (as the lock committed in ${ref} says), but the lock now gives ${now}`,
        fix: `restore the lock (git checkout ${ref} -- ${file}); a published path is never changed or dropped: add a redirect in content/redirects.yaml or a tombstone in content/withdrawn.yaml instead`,
      });
    }
  }
  return problems;
}
