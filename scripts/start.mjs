#!/usr/bin/env node
// `npm start`: build the archive if anything it is made from is newer than the last build, then serve dist/ locally
// with the headers a static host gives it (dist/_headers).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const outDir = process.env.LETOPIS_OUT_DIR ?? 'dist';
// What a build reads: the code, and the archive's input where LETOPIS_SEEDS / LETOPIS_CONTENT put it (src/lib/inputs/paths.ts).
const contentDir = process.env.LETOPIS_CONTENT ?? 'content';
const inputs = ['src', process.env.LETOPIS_SEEDS ?? 'seeds', 'public', 'astro.config.mjs', 'package-lock.json'];
// What a build writes into content/ itself (the permalink lock, the anchor record and their digests): newer than
// dist/ after every build, so they say nothing about whether the archive changed.
const written = new Set(['permalinks.json', 'anchors.json', 'permalinks.sha256']);

/** The newest modification time under a path (0 when it is missing). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/** The newest modification time of what an editor puts in content/: not the files a build writes there, nor the folder's own time, which their replacement touches. */
function newestContent() {
  if (!existsSync(contentDir)) return 0;
  return readdirSync(contentDir)
    .filter((name) => !written.has(name))
    .reduce((max, name) => Math.max(max, newest(join(contentDir, name))), 0);
}

const built = join(outDir, 'index.html');
if (!existsSync(built) || Math.max(newestContent(), ...inputs.map(newest)) > statSync(built).mtimeMs) {
  // The same safe build as `npm run build`: into a temporary folder, swapped in only on success.
  const { status } = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
} else {
  console.log(`${outDir}/ is up to date; serving it (delete it or run npm run build to rebuild).`);
}
// Served as a static host serves it, with the headers of dist/_headers (scripts/serve.ts): captures as
// plain text that is never sniffed, and scripts only from the project's own folders.
const { createDistServer } = await import('./serve.ts');
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? '4321');
const base = (process.env.LETOPIS_BASE ?? '/').replace(/\/?$/u, '/');
const at = (p) => `http://${host.includes(':') ? `[${host}]` : host}:${p}`;
const server = createDistServer(outDir, base)
  .on('error', (error) => {
    console.error(
      `Cannot serve ${outDir}/ on ${at(port)}: ${error.message}. Set PORT (or HOST) to a free one, e.g. PORT=4322 npm start.`,
    );
    process.exit(1);
  })
  .listen(port, host, () => console.log(`Serving ${outDir}/ at ${at(server.address().port)}${base} (Ctrl+C to stop).`));
