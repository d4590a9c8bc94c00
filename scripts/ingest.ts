#!/usr/bin/env node
// `npm run ingest -- <file|folder> [--url … --outlet … --date … --title … --author … --lang …]` and `npm run ingest -- --check`:
// adds captures to seeds/ with their sidecars, or validates the archive as the build would. The work is in src/lib/ingest/.
import { runIngest } from '../src/lib/ingest/run.ts';

const now = new Date();
const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
process.exitCode = await runIngest(process.argv.slice(2), {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  projectRoot: process.cwd(),
  env: process.env,
  today,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
