import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { archivePaths } from '../inputs/paths.ts';
import { formatProblem } from '../problems.ts';
import { parseIngestArgs, usage, UsageError, type IngestFlags } from './args.ts';
import { displayPath } from '../inputs/paths.ts';
import { readArchiveState, writePlan } from './archive-files.ts';
import { checkArchive } from './check.ts';
import { DIGEST_INDEX_FILE } from './digest-index.ts';
import { addPlan, planIngest, type ArchiveState } from './plan.ts';
import { formatPlan, formatRefusal, formatSummary, type Tally } from './report.ts';
import { compareText } from '../collate.ts';

export interface RunContext {
  /** Where the editor typed the command: file paths are relative to it. */
  cwd: string;
  /** The project, when no --root is given (npm runs scripts in the package folder). */
  projectRoot: string;
  env: Record<string, string | undefined>;
  /** `YYYY-MM-DD`, written into new sidecars. */
  today: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

/**
 * The ingest command: parses the arguments, runs `--check` or ingests a file or a folder. Returns the exit
 * code: 0 done, 1 a file was refused or the archive has problems, 2 a wrong command line.
 */
export async function runIngest(argv: string[], context: RunContext): Promise<number> {
  try {
    const command = parseIngestArgs(argv);
    if (command.mode === 'help') {
      context.out(usage);
      return 0;
    }
    const paths = archivePaths(
      command.root === undefined ? context.projectRoot : resolve(context.cwd, command.root),
      context.env,
    );
    if (command.mode === 'check') return await runCheck(paths, context);
    const target = resolve(context.cwd, command.target);
    if (!existsSync(target))
      throw new UsageError(
        `${command.target} does not exist: give the path of a capture file or of a folder of captures`,
      );
    const files = statSync(target).isDirectory()
      ? readdirSync(target)
          .filter((name) => !name.startsWith('.') && statSync(join(target, name)).isFile())
          .sort()
          .map((name) => join(target, name))
      : [target];
    const folder = statSync(target).isDirectory();
    if (folder && (command.flags.url || command.flags.title)) {
      throw new UsageError(
        '--url and --title describe one article: ingest such files one by one (--outlet, --date, --author and --lang apply to every file of a folder)',
      );
    }
    if (folder && files.length === 0) throw new UsageError(`${command.target} has no files to ingest`);
    return ingestFiles(paths, files, command.flags, command.dryRun, folder, context);
  } catch (error) {
    if (error instanceof UsageError) {
      context.err(`ingest: ${error.message}`);
      return 2;
    }
    // The archive itself could not be read (a broken lock, an unreadable folder): say so, without a stack trace.
    context.err(`ingest: ${(error as Error).message}`);
    if (context.env.LETOPIS_DEBUG) context.err(String((error as Error).stack));
    return 1;
  }
}

async function runCheck(paths: ReturnType<typeof archivePaths>, context: RunContext): Promise<number> {
  const result = await checkArchive(paths);
  if (result.problems.length > 0) {
    context.err(
      `letopis found ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in the archive's input:\n`,
    );
    for (const problem of [...result.problems].sort(
      (a, b) => compareText()(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0),
    ))
      context.err(`${formatProblem(problem)}\n`);
    context.err('Fix each file listed above; the build would stop on them.');
    return 1;
  }
  context.out(
    `${result.captures} captures, ${result.sidecars} sidecars and the rest of the archive's input are fine: the build will accept them.`,
  );
  for (const { id, path } of result.added) context.out(`  new permanent URL at the next build: ${path} (${id})`);
  return 0;
}

function ingestFiles(
  paths: ReturnType<typeof archivePaths>,
  files: string[],
  flags: IngestFlags,
  dryRun: boolean,
  folder: boolean,
  context: RunContext,
): number {
  const cacheDir = resolve(paths.root, context.env.LETOPIS_CACHE_DIR ?? join('node_modules', '.astro'));
  let state: ArchiveState = readArchiveState(paths, join(cacheDir, DIGEST_INDEX_FILE)).state;
  const tally: Tally = { ingested: 0, duplicates: 0, failed: 0 };
  const site = context.env.LETOPIS_SITE
    ? `${context.env.LETOPIS_SITE.replace(/\/$/u, '')}${(context.env.LETOPIS_BASE ?? '/').replace(/\/$/u, '')}`
    : undefined;
  files.forEach((file, i) => {
    const shown = displayPath(context.cwd, file);
    const prefix = folder ? `[${i + 1}/${files.length}] ` : '';
    let plan;
    try {
      plan = planIngest(state, { name: shown, bytes: readFileSync(file) }, flags, context.today);
      if (plan.ok) state = dryRun ? addPlan(state, plan) : writePlan(paths, state, plan);
    } catch (error) {
      // A file that cannot be read or written is reported and skipped; the others go on.
      plan = {
        ok: false as const,
        problems: [
          {
            file: shown,
            message: `could not be ingested: ${(error as Error).message}`,
            fix: 'check that the file can be read and that seeds/ and content/articles/ can be written',
          },
        ],
      };
    }
    if (!plan.ok) {
      if (plan.duplicateOf) tally.duplicates++;
      else tally.failed++;
      context.out(`${prefix}${formatRefusal(plan)}`);
      return;
    }
    tally.ingested++;
    context.out(`${prefix}${shown} → ${plan.capture.path}\n${formatPlan(plan, { dryRun, ...(site && { site }) })}`);
  });
  if (folder) context.out(`\n${formatSummary(files.length, tally, dryRun)}`);
  if (tally.ingested > 0) {
    context.out(
      dryRun
        ? 'Dry run: nothing was written.'
        : `Next: check the sidecar${tally.ingested > 1 ? 's' : ''}, then npm run build (it records the new URL${tally.ingested > 1 ? 's' : ''} in ${state.lockPath}: commit that file with the capture${tally.ingested > 1 ? 's' : ''}).`,
    );
  }
  return tally.ingested === files.length ? 0 : 1;
}
