import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './seeds.ts';

/**
 * Vitest's global setup: empties test/.tmp before a run. Each run's builds stay there afterwards, to be
 * looked at when a test fails, until the next run (a full run leaves about 2.5 GB).
 */
export default function setup(): void {
  rmSync(join(root, 'test/.tmp'), { recursive: true, force: true });
}
