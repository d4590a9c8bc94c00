// Runs `astro build` in this process and prints how long it took and the peak memory, as JSON on the
// last line of stdout: {"ms":…,"maxRssMB":…}. test/quality/large-inputs.test.ts spawns it (child process usage
// cannot be read from the parent in Node).
import { build } from 'astro';

const started = performance.now();
try {
  await build({ root: process.argv[2] ?? process.cwd(), logLevel: 'error' });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
console.log(
  JSON.stringify({
    ms: Math.round(performance.now() - started),
    cpuMs: Math.round((userCPUTime + systemCPUTime) / 1000),
    maxRssMB: Math.round(maxRSS / 1024),
  }),
);
