// A build server for the tests (started by build.ts, one per vitest worker): runs `astro build` in this
// long-lived process for each request, with the request's environment, and answers with the exit status and
// everything the build printed. Each build still loads the project's config, integrations and pages afresh
// (Astro loads them through Vite every time); what this process keeps from build to build is Node's module
// cache of Astro, Vite, Pagefind and the libraries, whose loading and compiling was most of a short build's
// CPU time in a fresh `astro build` process.
import { build } from 'astro';
// What `astro build` prints when a build throws (astro/dist/cli/throw-and-exit.js), from Astro's own modules:
// the package exports only its public API, so they are imported by path.
import { collectErrorMetadata } from '../../node_modules/astro/dist/core/errors/dev/index.js';
import { createSafeError } from '../../node_modules/astro/dist/core/errors/index.js';
import { formatErrorMessage } from '../../node_modules/astro/dist/core/messages/runtime.js';

/** Replaces this process's environment by `env` (what a child `astro build` would have started with). */
function setEnvironment(env) {
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  Object.assign(process.env, env);
}

/** Runs `work` with everything written to stdout and stderr collected instead, and returns it. */
async function collectOutput(work) {
  const chunks = [];
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  const collect = (chunk, encoding, callback) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    (typeof encoding === 'function' ? encoding : callback)?.();
    return true;
  };
  process.stdout.write = collect;
  process.stderr.write = collect;
  try {
    await work();
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
  }
  return chunks.join('');
}

process.on('message', async ({ id, env, verbose }) => {
  setEnvironment(env);
  let status = 0;
  const output = await collectOutput(async () => {
    try {
      await build({ root: process.cwd(), logLevel: verbose ? 'info' : 'silent' });
    } catch (error) {
      status = 1;
      console.error(formatErrorMessage(collectErrorMetadata(createSafeError(error)), true));
    }
  });
  process.send({ id, status, output });
});
// The worker that started this server has gone: so does the server.
process.on('disconnect', () => process.exit(0));
