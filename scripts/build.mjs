#!/usr/bin/env node
// `npm run build`: builds the archive into a temporary folder next to the output folder and swaps it in
// only when the build succeeded, so a failed or interrupted build never leaves a half-written or empty
// dist/ behind (astro build empties its outDir before writing pages, and the Pagefind step runs last).
//
//   node scripts/build.mjs [astro build options]
//
// LETOPIS_OUT_DIR is where the finished archive goes (default dist/); every other variable is passed on.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statfsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = resolve(root, process.env.LETOPIS_OUT_DIR ?? 'dist');
const parent = dirname(outDir);
const prefix = `.${basename(outDir)}.`;
const building = join(parent, `${prefix}building-${process.pid}`);
/**
 * Astro moves files from the project folder into its output folder by renaming them, which fails
 * (EXDEV) when the output folder is on another file system: then Astro builds on the project's file
 * system (`node_modules/.letopis/`), and the finished archive is copied next to the output folder.
 */
const scratch = resolve(root, process.env.LETOPIS_SCRATCH_DIR ?? join('node_modules', '.letopis'));
const astroOut = join(scratch, `building-${process.pid}`);
/** Where letopis:lock leaves the permanence files; they go into content/ only after the swap. */
const lockStage = join(scratch, `lock-${process.pid}`);
const contentDir = resolve(root, process.env.LETOPIS_CONTENT ?? 'content');
const previous = join(parent, `${prefix}previous-${process.pid}`);
/** Inside the output folder, when it cannot be renamed (a mount point, another file system): see copySwap. */
const incoming = join(outDir, `.letopis-incoming-${process.pid}`);
const outgoing = join(outDir, `.letopis-outgoing-${process.pid}`);

/** Whether the process that left a temporary folder behind is still running. */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Free bytes for an unprivileged writer at `dir` (undefined when it cannot be told). */
function freeBytes(dir) {
  try {
    const stat = statfsSync(dir);
    return stat.bavail * stat.bsize;
  } catch {
    return undefined;
  }
}

const DISK_FULL = /ENOSPC|EDQUOT|no space left on device|disk quota exceeded/iu;

/** Stops with one clear sentence (no stack trace): what happened, what to do, and that dist/ is as it was. */
function stop(message, status = 1) {
  const kept = existsSync(outDir) ? `${outDir} is unchanged` : `${outDir} was not created`;
  console.error(`\n${message}\n${kept}.`);
  process.exit(status);
}

const diskFull = (where, free = freeBytes(where)) =>
  `The disk is full at ${where}${free === undefined ? '' : ` (${Math.round(free / 1024)} KiB free)`}: free some space and build again.`;

/** An error of this script's own file work, said clearly. */
function explain(error, doing) {
  if (DISK_FULL.test(`${error?.code} ${error?.message}`)) return diskFull(parent);
  if (['EACCES', 'EPERM', 'EROFS'].includes(error?.code))
    return `The build could not ${doing} (${error.code} at ${error.path ?? parent}): make the folder writable and build again.`;
  return `The build could not ${doing}: ${error?.message ?? error}.`;
}

try {
  mkdirSync(parent, { recursive: true });
  // Folders left by a build that was killed (its process is gone; a new build cleans them up).
  for (const [dir, start] of [
    [parent, prefix],
    [outDir, '.letopis-'],
    [scratch, ''],
  ]) {
    // (scratch holds building-<pid> and lock-<pid>)
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const match =
        name.startsWith(start) &&
        /^(?:building|previous|incoming|outgoing|lock)-(\d+)$/u.exec(name.slice(start.length));
      if (match && !alive(Number(match[1]))) rmSync(join(dir, name), { recursive: true, force: true });
    }
  }
} catch (error) {
  stop(explain(error, 'prepare the output folder'));
}

const elsewhere = statSync(parent).dev !== statSync(root).dev;
/** The permanence files to put into content/ after the swap: name → its temporary file beside it. */
const lockFiles = new Map();
const cleanUp = () => {
  rmSync(building, { recursive: true, force: true });
  rmSync(astroOut, { recursive: true, force: true });
  rmSync(lockStage, { recursive: true, force: true });
  for (const temporary of lockFiles.values()) rmSync(temporary, { force: true });
};

// Astro's output is passed through as it comes, its errors once it has finished: the last of both is kept to
// tell a full disk (said in one sentence, without the bundler's backtrace) from a bad input (listed as it is).
let tail = '';
const keep = (chunk) => {
  tail = (tail + chunk.toString()).slice(-65536);
};
const errors = [];
// `--publish`: a build meant for publication, which refuses without the archive's public address (astro.config.mjs).
const args = process.argv.slice(2);
const publish = args.includes('--publish');
const child = spawn(
  process.execPath,
  [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args.filter((a) => a !== '--publish')],
  {
    cwd: root,
    stdio: ['inherit', 'pipe', 'pipe'],
    env: {
      ...process.env,
      LETOPIS_OUT_DIR: elsewhere ? astroOut : building,
      LETOPIS_LOCK_STAGE: lockStage,
      ...(publish ? { LETOPIS_PUBLISH: '1' } : {}),
    },
  },
);
child.stdout.on('data', (chunk) => {
  keep(chunk);
  process.stdout.write(chunk);
});
child.stderr.on('data', (chunk) => {
  keep(chunk);
  errors.push(chunk);
});
const result = await new Promise((done) => child.on('close', (status, signal) => done({ status, signal })));
const full = result.status !== 0 && DISK_FULL.test(tail);
if (full) {
  // Only the lines that say which file could not be written; not the bundler's "please report" and backtrace.
  const said = Buffer.concat(errors)
    .toString()
    .split('\n')
    .filter((line) => /Failed to write|ENOSPC|No space left/iu.test(line));
  if (said.length > 0) console.error(said.slice(0, 5).join('\n'));
} else for (const chunk of errors) process.stderr.write(chunk);

if (result.status !== 0 || !existsSync(join(elsewhere ? astroOut : building, 'index.html'))) {
  const where = elsewhere ? scratch : parent;
  const free = freeBytes(where); // before the partial build is removed
  cleanUp();
  // A full disk shows as ENOSPC, or as the bundler's "please report this problem" once its write failed.
  if (full) stop(`The build failed: ${diskFull(where, free)}`, result.status || 1);
  stop(`The build failed (${result.signal ?? `exit ${result.status}`}).`, result.status || 1);
}

if (elsewhere) {
  try {
    cpSync(astroOut, building, { recursive: true });
  } catch (error) {
    const free = freeBytes(parent); // before the partial copy is removed
    cleanUp();
    stop(
      `The built archive could not be copied next to ${outDir}: ${free !== undefined && free < 256 * 1024 ? diskFull(parent, free) : explain(error, 'copy the new archive')}`,
    );
  }
  rmSync(astroOut, { recursive: true, force: true });
}

// The new lock is written beside the old one before the swap: a read-only content/ or a full disk
// stops here, with dist/ and the lock as they were.
if (existsSync(lockStage)) {
  try {
    for (const name of readdirSync(lockStage)) {
      const temporary = join(contentDir, `.${name}.${process.pid}.tmp`);
      lockFiles.set(name, temporary);
      cpSync(join(lockStage, name), temporary);
    }
  } catch (error) {
    cleanUp();
    stop(
      `The new permanence record could not be written into ${contentDir}: ${explain(error, `write into ${contentDir}`)}`,
    );
  }
}

/**
 * When the output folder cannot be renamed (it is a mount point, or on another file system: EXDEV,
 * EBUSY), the new archive is copied into it beside the old one first, and only then swapped in by
 * renames inside it: a full disk during the copy leaves the old archive whole.
 */
function copySwap() {
  try {
    cpSync(building, incoming, { recursive: true });
  } catch (error) {
    rmSync(incoming, { recursive: true, force: true });
    cleanUp();
    stop(`The built archive could not be copied into ${outDir}: ${explain(error, 'copy the new archive')}`);
  }
  mkdirSync(outgoing);
  const special = new Set([basename(incoming), basename(outgoing), '.git']);
  for (const name of readdirSync(outDir)) if (!special.has(name)) renameSync(join(outDir, name), join(outgoing, name));
  for (const name of readdirSync(incoming)) renameSync(join(incoming, name), join(outDir, name));
  rmSync(incoming, { recursive: true, force: true });
  rmSync(outgoing, { recursive: true, force: true });
  cleanUp();
}

const CROSS_DEVICE = new Set(['EXDEV', 'EBUSY', 'ENOTEMPTY', 'EPERM']);

// Swap: the old archive steps aside, the new one takes its name, the old one is deleted.
try {
  let stepped = false;
  try {
    if (existsSync(outDir)) {
      renameSync(outDir, previous);
      stepped = true;
    }
    renameSync(building, outDir);
  } catch (error) {
    if (!CROSS_DEVICE.has(error.code)) throw error;
    if (stepped) renameSync(previous, outDir);
    copySwap();
  }
  rmSync(previous, { recursive: true, force: true });
} catch (error) {
  cleanUp();
  stop(`The new archive could not be put in place: ${explain(error, 'swap the output folder')}`);
}
// The archive is in place: its lock takes the place of the old one (a rename in the same folder).
for (const [name, temporary] of lockFiles) renameSync(temporary, join(contentDir, name));
rmSync(lockStage, { recursive: true, force: true });
if (lockFiles.size > 0)
  console.log(
    `Recorded the published paths and anchors in ${[...lockFiles.keys()].map((n) => join(basename(contentDir), n)).join(', ')}: commit them.`,
  );
