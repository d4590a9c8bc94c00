// The capture reader at archive scale, for `npm run bench`: every capture of a folder read the way a build
// reads it (decode → clean → structure → language → date), one after the other in one process; prints
// `{ captures, totalMs, meanMs }` as JSON.
//
//   node --experimental-strip-types scripts/bench/reading.ts <captures folder>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { captureKindOf, readCapture } from '../../src/lib/capture/index.ts';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node --experimental-strip-types scripts/bench/reading.ts <captures folder>');
  process.exit(2);
}
const names = readdirSync(folder).filter((name) => /\.(?:txt|md|html?)$/u.test(name));
let totalMs = 0;
for (const name of names) {
  const bytes = readFileSync(join(folder, name));
  const start = performance.now();
  readCapture(bytes, captureKindOf(name));
  totalMs += performance.now() - start;
}
console.log(JSON.stringify({ captures: names.length, totalMs, meanMs: names.length ? totalMs / names.length : 0 }));
