/**
 * Reads and writes the permanence record in `content/`: the permalink lock (`permalinks.json`), the
 * paragraph anchor record (`anchors.json`), the provisional pages' record (`provisional.json`, once an
 * archive has published one) and their digests (`permalinks.sha256`). Reading never
 * throws: a broken, hand-edited or deleted file is a problem with its fix. Writing happens only after
 * a whole build succeeded (letopis:lock), and only for files whose text changes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { displayPath, type ArchivePaths } from '../inputs/paths.ts';
import { anchorRecord, type AnchorRecord } from '../permalinks/anchors.ts';
import {
  ANCHORS_FILE,
  checkAgainstCommitted,
  checkDigests,
  DIGEST_FILE,
  digestFile,
  LOCK_FILE,
} from '../permalinks/integrity.ts';
import { emptyLock, permalinkLock, type PermalinkLock } from '../permalinks/lock.ts';
import type { Problem } from '../problems.ts';
import { PROVISIONAL_FILE, provisionalRecord, provisionalText, type ProvisionalRecord } from './provisional.ts';

export interface LockFiles {
  lock: PermalinkLock;
  anchors: AnchorRecord;
  /** Which locked entity paths were provisional pages (`content/provisional.json`, provisional.ts). */
  provisional: ProvisionalRecord;
  /** Whether `content/provisional.json` exists (a lock older than it may hold provisional paths it does not name). */
  provisionalFound: boolean;
  problems: Problem[];
}

const readText = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

/** The 1-based line of a JSON.parse error's position, when the message gives one. */
function jsonErrorLine(text: string, error: unknown): number | undefined {
  const position = /position (\d+)/u.exec(String((error as Error)?.message))?.[1];
  if (position === undefined)
    return /line (\d+)/u.exec(String((error as Error)?.message))?.[1]
      ? Number(/line (\d+)/u.exec(String((error as Error).message))![1])
      : undefined;
  return text.slice(0, Number(position)).split('\n').length;
}

/** Parses a JSON permanence file with its schema; a problem (with the line) instead of an exception. */
export function parsePermanenceJson<T>(
  file: string,
  text: string,
  schema: {
    safeParse: (
      v: unknown,
    ) =>
      | { success: true; data: T }
      | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
  },
): { value?: T; problems: Problem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const line = jsonErrorLine(text, error);
    return {
      problems: [
        {
          file,
          ...(line !== undefined && { line }),
          message: `is not valid JSON (${String((error as Error).message).split('\n')[0]})`,
          fix: `restore it from git (git checkout -- ${file}); it is written by the build, never edited by hand`,
        },
      ],
    };
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { value: parsed.data, problems: [] };
  return {
    problems: parsed.error.issues.slice(0, 20).map((issue) => ({
      file,
      message: `is not a valid permanence record: ${issue.path.map(String).join('.') || 'the file'} ${issue.message}`,
      fix: `restore it from git (git checkout -- ${file}); published paths and anchors are never edited by hand`,
    })),
  };
}

/** The text of a file at git's HEAD, when `file` is tracked in a git repository (else undefined). */
function committedText(file: string): string | undefined {
  const dir = dirname(file);
  const name = spawnSync('git', ['ls-files', '--full-name', '--error-unmatch', '--', file], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (name.status !== 0 || !name.stdout.trim()) return undefined;
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
  if (top.status !== 0) return undefined;
  const shown = spawnSync('git', ['show', `HEAD:${name.stdout.trim()}`], {
    cwd: top.stdout.trim(),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return shown.status === 0 ? shown.stdout : undefined;
}

export const anchorsFile = (paths: ArchivePaths) => join(paths.contentDir, ANCHORS_FILE);
export const digestsFile = (paths: ArchivePaths) => join(paths.contentDir, DIGEST_FILE);
export const provisionalFile = (paths: ArchivePaths) => join(paths.contentDir, PROVISIONAL_FILE);

/**
 * Reads the lock and the anchor record and checks them against their digests and (with `git`) the
 * lock's last committed version: the one reader of the lock. A file that cannot be trusted gives problems
 * (file, line, fix) and an empty value; every caller stops on the problems (the archive reader lists them
 * with the rest of the build's), so an empty lock never stands in for a broken one.
 */
export function readLockFiles(paths: ArchivePaths, options: { git?: boolean } = {}): LockFiles {
  const shown = (name: string) => displayPath(paths.root, join(paths.contentDir, name));
  const problems: Problem[] = [];
  const lockText = readText(paths.lockFile);
  const anchorsText = readText(anchorsFile(paths));
  const recordText = readText(provisionalFile(paths));
  let lock = emptyLock();
  let anchors: AnchorRecord = {};
  let provisional: ProvisionalRecord = {};
  if (lockText !== undefined) {
    const parsed = parsePermanenceJson(shown(LOCK_FILE), lockText, permalinkLock);
    problems.push(...parsed.problems);
    if (parsed.value) lock = parsed.value;
  }
  if (anchorsText !== undefined) {
    const parsed = parsePermanenceJson(shown(ANCHORS_FILE), anchorsText, anchorRecord);
    problems.push(...parsed.problems);
    if (parsed.value) anchors = parsed.value;
  }
  if (recordText !== undefined) {
    const parsed = parsePermanenceJson(shown(PROVISIONAL_FILE), recordText, provisionalRecord);
    problems.push(...parsed.problems);
    if (parsed.value) provisional = parsed.value;
  }
  problems.push(
    ...checkDigests(
      readText(digestsFile(paths)),
      { [LOCK_FILE]: lockText, [ANCHORS_FILE]: anchorsText, [PROVISIONAL_FILE]: recordText },
      shown,
    ),
  );
  if (options.git && problems.length === 0) {
    const committed = committedText(paths.lockFile);
    if (committed !== undefined) {
      const parsed = parsePermanenceJson(`${shown(LOCK_FILE)} (as committed)`, committed, permalinkLock);
      if (parsed.value) problems.push(...checkAgainstCommitted(parsed.value, lock, shown(LOCK_FILE)));
    }
  }
  return { lock, anchors, provisional, provisionalFound: recordText !== undefined, problems };
}

/**
 * The registry entries (`people/rumas`) whose file any commit of git's history holds, when the lock is
 * committed in a git repository; else undefined (nothing can be told). For a lock older than
 * `content/provisional.json`: a locked entity whose file git never saw was a provisional page.
 */
export function registryFilesInGit(paths: ArchivePaths): Set<string> | undefined {
  if (committedText(paths.lockFile) === undefined) return undefined;
  const log = spawnSync(
    'git',
    ['log', '--all', '--format=', '--name-only', '--', 'people', 'organizations', 'places'],
    { cwd: paths.contentDir, encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  if (log.status !== 0) return undefined;
  const refs = new Set<string>();
  for (const line of log.stdout.split('\n')) {
    const match = /(?:^|\/)(people|organizations|places)\/([^/]+)\.ya?ml$/u.exec(line.trim());
    if (match) refs.add(`${match[1]}/${match[2]}`);
  }
  return refs;
}

const lockText = (lock: PermalinkLock) => `${JSON.stringify(lock, null, 2)}\n`;
/** One line per article: small diffs, and a reviewer sees which article's paragraphs changed. */
export const anchorsText = (anchors: AnchorRecord) => {
  const lines = Object.entries(anchors).map(([id, entry]) => `  ${JSON.stringify(id)}: ${JSON.stringify(entry)}`);
  return lines.length === 0 ? '{}\n' : `{\n${lines.join(',\n')}\n}\n`;
};

/** Why a write failed, said so that the editor can act. */
export function writeFailure(file: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException)?.code;
  const why =
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? `${file} cannot be written (${code}: the folder is read-only or not yours). Make it writable (chmod u+w) and build again`
      : code === 'ENOSPC' || code === 'EDQUOT'
        ? `the disk is full at ${file} (${code}). Free some space and build again`
        : `${file} cannot be written (${code ?? (error as Error)?.message}). Check the folder and build again`;
  return new Error(`${why}; the permanence record was left as it was.`, { cause: error });
}

/**
 * Writes the lock, the anchor record and their digests; a file whose text is unchanged is not
 * touched (a read-only content/ is fine when nothing is new). Each file is written beside and renamed
 * into place, so a full disk never leaves half a lock. Returns the files written.
 */
/**
 * The permanence files' names → their texts, for this lock and record. The provisional record is left out
 * when undefined (an archive that never published a provisional page has no such file).
 */
export function lockFileTexts(
  lock: PermalinkLock,
  anchors: AnchorRecord,
  provisional?: ProvisionalRecord,
): Record<string, string> {
  const texts: Record<string, string> = { [LOCK_FILE]: lockText(lock), [ANCHORS_FILE]: anchorsText(anchors) };
  if (provisional) texts[PROVISIONAL_FILE] = provisionalText(provisional);
  return { ...texts, [DIGEST_FILE]: digestFile(texts) };
}

/** The files whose text would change: name → new text. `content/provisional.json` is written once it has an entry. */
export function changedLockFiles(
  paths: ArchivePaths,
  lock: PermalinkLock,
  anchors: AnchorRecord,
  provisional: ProvisionalRecord = {},
): Record<string, string> {
  const withRecord = Object.keys(provisional).length > 0 || existsSync(provisionalFile(paths));
  return Object.fromEntries(
    Object.entries(lockFileTexts(lock, anchors, withRecord ? provisional : undefined)).filter(
      ([name, text]) => readText(join(paths.contentDir, name)) !== text,
    ),
  );
}

export function writeLockFiles(
  paths: ArchivePaths,
  lock: PermalinkLock,
  anchors: AnchorRecord,
  provisional: ProvisionalRecord = {},
): string[] {
  const written: string[] = [];
  for (const [name, text] of Object.entries(changedLockFiles(paths, lock, anchors, provisional))) {
    const file = join(paths.contentDir, name);
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, text);
      renameSync(temporary, file);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw writeFailure(displayPath(paths.root, file), error);
    }
    written.push(displayPath(paths.root, file));
  }
  return written;
}
