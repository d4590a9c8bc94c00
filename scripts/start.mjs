#!/usr/bin/env node
// `npm start`: build the archive if anything it is made from is newer than the last build, then serve dist/ locally.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const outDir = process.env.LETOPIS_OUT_DIR ?? 'dist';
// What a build reads: the code, and the archive's input where LETOPIS_SEEDS / LETOPIS_CONTENT put it (src/lib/archive/paths.ts).
const inputs = ['src', process.env.LETOPIS_CONTENT ?? 'content', process.env.LETOPIS_SEEDS ?? 'seeds', 'public', 'astro.config.mjs', 'package-lock.json'];

/** The newest modification time under a path (0 when it is missing). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

const astro = (...args) => spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', ...args], { stdio: 'inherit' });
const built = join(outDir, 'index.html');
if (!existsSync(built) || Math.max(...inputs.map(newest)) > statSync(built).mtimeMs) {
  // The same safe build as `npm run build`: into a temporary folder, swapped in only on success.
  const { status } = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
} else {
  console.log(`${outDir}/ is up to date; serving it (delete it or run npm run build to rebuild).`);
}
const { status } = astro('preview', '--host', process.env.HOST ?? '127.0.0.1', '--port', process.env.PORT ?? '4321');
process.exit(status ?? 0);
