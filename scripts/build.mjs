#!/usr/bin/env node
// `npm run build`: builds the archive into a temporary folder next to the output folder and swaps it in
// only when the build succeeded, so a failed or interrupted build never leaves a half-written or empty
// dist/ behind (astro build empties its outDir before writing pages, and the Pagefind step runs last).
//
//   node scripts/build.mjs [astro build options]
//
// LETOPIS_OUT_DIR is where the finished archive goes (default dist/); every other variable is passed on.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = resolve(root, process.env.LETOPIS_OUT_DIR ?? 'dist');
const parent = dirname(outDir);
const prefix = `.${basename(outDir)}.`;
const building = join(parent, `${prefix}building-${process.pid}`);
const previous = join(parent, `${prefix}previous-${process.pid}`);

/** Whether the process that left a temporary folder behind is still running. */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

// Folders left by a build that was killed (its process is gone; a new build cleans them up).
if (existsSync(parent)) {
  for (const name of readdirSync(parent)) {
    const match = name.startsWith(prefix) && /^(?:building|previous)-(\d+)$/u.exec(name.slice(prefix.length));
    if (match && !alive(Number(match[1]))) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

const cleanUp = () => rmSync(building, { recursive: true, force: true });

// `--publish`: a build meant for publication, which refuses without the archive's public address (astro.config.mjs).
const args = process.argv.slice(2);
const publish = args.includes('--publish');
const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args.filter((a) => a !== '--publish')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, LETOPIS_OUT_DIR: building, ...(publish ? { LETOPIS_PUBLISH: '1' } : {}) },
});

if (result.status !== 0 || !existsSync(join(building, 'index.html'))) {
  cleanUp();
  const kept = existsSync(outDir) ? `${outDir} is unchanged` : `${outDir} was not created`;
  console.error(`\nThe build failed (${result.signal ?? `exit ${result.status}`}); ${kept}.`);
  process.exit(result.status || 1);
}

// Swap: the old archive steps aside, the new one takes its name, the old one is deleted.
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(building, outDir);
rmSync(previous, { recursive: true, force: true });
