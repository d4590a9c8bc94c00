#!/usr/bin/env node
// `npm run eval:capture -- <folder> [--json]`: scores the capture reader on a folder of captures, each with its
// `<name>.expected.yaml` (format: README, "Capture reader quality"). The work is in src/lib/evaluation/.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateFolder, formatEvaluation } from '../src/lib/evaluation/run-capture-eval.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const folder = args.find((a) => !a.startsWith('--'));
if (!folder || args.some((a) => a.startsWith('--') && a !== '--json')) {
  console.error('usage: npm run eval:capture -- <folder of captures with <name>.expected.yaml> [--json]');
  process.exitCode = 2;
} else {
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), folder);
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    console.error(
      `eval:capture: ${folder} is not a folder: give the folder that holds the captures and their .expected.yaml files`,
    );
    process.exitCode = 2;
  } else {
    try {
      const result = evaluateFolder(path);
      console.log(json ? JSON.stringify(result, null, 2) : formatEvaluation(result));
    } catch (error) {
      console.error(`eval:capture: ${(error as Error).message}`);
      process.exitCode = 1;
    }
  }
}
