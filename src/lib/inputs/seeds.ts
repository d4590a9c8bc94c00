/**
 * What `seeds/` may hold, checked at every build (pure: the caller lists the folder and reads the bytes).
 *
 * - Every entry is a capture (`<number>_<name>.txt|.md|.html`, a regular file) or `SHA256SUMS`;
 *   anything else (a symbolic link, a folder, `.htm`, `.markdown`, a file without extension, a file
 *   named `.txt`) is reported with its fix, never silently skipped and never a crash.
 * - A capture named by the rule `NNN_<first 16 hex digits of its sha256>` carries the hash of its bytes.
 * - `SHA256SUMS`, when present, lists every capture with the hash of its bytes.
 * - A published capture keeps the bytes the anchor record (`content/anchors.json`) holds for it.
 * A capture is evidence: when any of these disagree, the build stops naming the file.
 */
import { createHash } from 'node:crypto';
import type { Problem } from '../problems.ts';

/** One entry of `seeds/` as the folder lists it (`lstat`: a link is a link, not what it points at). */
export interface SeedEntry {
  name: string;
  kind: 'file' | 'directory' | 'symlink' | 'other';
  /** The bytes, for a regular file. */
  bytes?: Uint8Array;
}

export interface CheckedCapture {
  /** The file name, e.g. `000_132f9a9ed851b9fb.txt`. */
  name: string;
  bytes: Uint8Array;
  sha256: string;
}

export interface SeedsCheck {
  /** The captures, sorted by name; a capture with a problem is left out. */
  captures: CheckedCapture[];
  problems: Problem[];
}

/** The checksum list `npm run ingest` keeps next to the captures. */
export const SUMS_FILE = 'SHA256SUMS';

/** A capture file name: a number, `_`, a non-empty name, and the extension of a format the reader knows. */
const CAPTURE_NAME = /^(\d+)_([A-Za-z0-9][A-Za-z0-9._-]*)\.(txt|md|html)$/iu;
/** The naming rule of `npm run ingest`: the name carries the first 16 hex digits of the bytes' sha256. */
const HASHED_NAME = /^\d+_([0-9a-f]{16})\.[^.]+$/u;

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Why a file is not a capture, and what to do: `undefined` when it is one. */
export function notACapture(name: string): { message: string; fix: string } | undefined {
  if (CAPTURE_NAME.test(name)) return undefined;
  const ext = /\.([^.]*)$/u.exec(name)?.[1]?.toLowerCase();
  const stem = ext === undefined ? name : name.slice(0, -(ext.length + 1));
  const rename = (to: string) => `rename it to ${to} (the capture's bytes stay as they are), or move it out of seeds/`;
  if (stem === '' || ext === undefined) {
    return {
      message:
        stem === ''
          ? `is not a capture: the name "${name}" has an extension but no name`
          : 'is not a capture: the file has no extension, so its format is unknown',
      fix: 'name a capture NNN_<first 16 hex digits of its sha256>.txt (or .md, .html) — npm run ingest does — or move the file out of seeds/',
    };
  }
  if (ext === 'htm')
    return {
      message: 'is not read as a capture: ".htm" is not one of the extensions the archive reads',
      fix: rename(`${stem}.html`),
    };
  if (ext === 'markdown')
    return {
      message: 'is not read as a capture: ".markdown" is not one of the extensions the archive reads',
      fix: rename(`${stem}.md`),
    };
  if (['txt', 'md', 'html'].includes(ext)) {
    return {
      message: `is not named as a capture: "${name}" does not start with a number and "_"`,
      fix: 'name it NNN_<first 16 hex digits of its sha256>.' + ext + ' (the next free number), as npm run ingest does',
    };
  }
  return {
    message: `is not a capture: seeds/ holds only captures (.txt, .md, .html) and ${SUMS_FILE}`,
    fix: 'move the file out of seeds/ (or, if it is a capture, give it the extension of its format)',
  };
}

interface SumsLine {
  sha256: string;
  line: number;
}

/** Parses `sha256sum` output: `<64 hex>  <file>` (or ` *<file>`) per line. */
export function parseSums(file: string, text: string): { sums: Map<string, SumsLine>; problems: Problem[] } {
  const sums = new Map<string, SumsLine>();
  const problems: Problem[] = [];
  text.split(/\r?\n/u).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const match = /^([0-9a-fA-F]{64}) [ *](.+)$/u.exec(raw);
    if (!match) {
      problems.push({
        file,
        line,
        message: 'is not a line of sha256sum output',
        fix: 'write "<64 hex digits>  <capture file name>" (as `sha256sum NNN_….txt` prints it), or regenerate the file: cd seeds && sha256sum [0-9]*_* > SHA256SUMS',
      });
      return;
    }
    const name = match[2]!.replace(/^\.\//u, '');
    if (sums.has(name)) problems.push({ file, line, message: `lists ${name} twice`, fix: 'keep one line per capture' });
    sums.set(name, { sha256: match[1]!.toLowerCase(), line });
  });
  return { sums, problems };
}

export interface SeedsInput {
  /** How `seeds/` is shown in messages, e.g. `seeds`. */
  dir: string;
  entries: readonly SeedEntry[];
  /** Capture id → the sha256 its published bytes had (the anchor record). */
  recorded?: ReadonlyMap<string, string>;
  /** Ids retired on purpose (withdrawn or redirected): their captures may leave seeds/ with their SHA256SUMS line kept. */
  retired?: ReadonlySet<string>;
}

const idOf = (name: string) => name.replace(/\.[^.]+$/u, '');

/** Checks every entry of `seeds/`; returns the captures that passed and every problem found. */
export function checkSeeds(input: SeedsInput): SeedsCheck {
  const problems: Problem[] = [];
  const captures: CheckedCapture[] = [];
  const at = (name: string) => `${input.dir}/${name}`;
  const sumsEntry = input.entries.find((e) => e.name === SUMS_FILE);
  let sums: Map<string, SumsLine> | undefined;
  if (sumsEntry) {
    if (sumsEntry.kind !== 'file' || !sumsEntry.bytes) {
      problems.push({
        file: at(SUMS_FILE),
        message: `is a ${sumsEntry.kind === 'symlink' ? 'symbolic link' : sumsEntry.kind}, not a file`,
        fix: `replace it by the checksum list itself (cd ${input.dir} && sha256sum [0-9]*_* > ${SUMS_FILE})`,
      });
    } else {
      const parsed = parseSums(at(SUMS_FILE), new TextDecoder().decode(sumsEntry.bytes));
      problems.push(...parsed.problems);
      sums = parsed.sums;
    }
  }
  const names = new Set<string>();
  for (const entry of [...input.entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name === SUMS_FILE) continue;
    const file = at(entry.name);
    if (entry.kind === 'symlink') {
      problems.push({
        file,
        message:
          'is a symbolic link: the archive publishes only captures kept in seeds/ itself, never a file from elsewhere on this machine',
        fix: `replace the link by a copy of the capture (cp --remove-destination "$(readlink -f ${file})" ${file}) or remove it`,
      });
      continue;
    }
    if (entry.kind === 'directory') {
      problems.push({
        file,
        message: 'is a folder: seeds/ holds only capture files, side by side',
        fix: 'move the folder out of seeds/ (add each capture in it with npm run ingest)',
      });
      continue;
    }
    if (entry.kind !== 'file' || !entry.bytes) {
      problems.push({ file, message: 'is not a regular file', fix: 'remove it from seeds/' });
      continue;
    }
    const why = notACapture(entry.name);
    if (why) {
      problems.push({ file, ...why });
      continue;
    }
    const id = idOf(entry.name);
    if (names.has(id.toLowerCase())) {
      problems.push({
        file,
        message: `has the same id (${id}) as another capture with another extension`,
        fix: 'keep one of the two files',
      });
      continue;
    }
    names.add(id.toLowerCase());
    const sha256 = sha256Hex(entry.bytes);
    const recorded = input.recorded?.get(id);
    let ok = true;
    if (recorded !== undefined && recorded !== sha256) {
      ok = false;
      problems.push({
        file,
        message: `was published with sha256 ${recorded}, but its bytes now hash to ${sha256}: a published capture has been changed`,
        fix: `restore the original bytes (git checkout -- ${file}); a capture is never edited — add a corrected text as a new capture (npm run ingest) and redirect or withdraw the old one`,
      });
    }
    const named = HASHED_NAME.exec(entry.name)?.[1];
    if (named !== undefined && named !== sha256.slice(0, 16) && recorded !== sha256) {
      ok = false;
      problems.push({
        file,
        message: `its name says its sha256 begins with ${named}, but its bytes hash to ${sha256}`,
        fix: `restore the capture's original bytes (git checkout -- ${file}); a new capture is named by its own hash: ${entry.name.replace(named, sha256.slice(0, 16))} (npm run ingest names it)`,
      });
    }
    if (sums) {
      const listed = sums.get(entry.name);
      if (!listed) {
        // Not a contradiction of the bytes: the capture is still read, so its own problems are listed too.
        problems.push({
          file: at(SUMS_FILE),
          message: `does not list the capture ${entry.name}`,
          fix: `add the line "${sha256}  ${entry.name}" (npm run ingest adds it)`,
        });
      } else if (listed.sha256 !== sha256) {
        ok = false;
        problems.push({
          file: at(SUMS_FILE),
          line: listed.line,
          message: `says ${entry.name} has sha256 ${listed.sha256}, but its bytes hash to ${sha256}`,
          fix: `restore the capture's original bytes (git checkout -- ${file}); never change a capture or its checksum by hand`,
        });
      }
    }
    if (ok) captures.push({ name: entry.name, bytes: entry.bytes, sha256 });
  }
  const present = new Set(input.entries.map((e) => e.name));
  for (const [name, { line }] of sums ?? []) {
    if (!present.has(name) && !input.retired?.has(idOf(name))) {
      problems.push({
        file: at(SUMS_FILE),
        line,
        message: `lists ${name}, which is not in ${input.dir}/`,
        fix: `restore the capture, or (if it was withdrawn or redirected on purpose) remove its line`,
      });
    }
  }
  return { captures, problems };
}
