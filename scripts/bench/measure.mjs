// Runs one build as a child process and measures it: wall time, user+sys CPU and peak memory.
//
// - With GNU time (/usr/bin/time -v): CPU and "Maximum resident set size", which is the largest single
//   process of the tree (the kernel's ru_maxrss of waited-for children is a maximum, not a sum).
// - Always: a sampler reads /proc every 100 ms and sums the RSS of the whole process tree (Node and
//   the Pagefind binary it spawns), so concurrent children are counted together. The peak RSS
//   reported is the larger of the two.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** pid → { ppid, rssBytes } for every process we can read. */
function processTable() {
  const table = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

/** Sum of RSS over `pid` and all its descendants. */
function treeRss(pid) {
  const table = processTable();
  const children = new Map();
  for (const [p, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), p]);
  let sum = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    sum += table.get(p)?.rss ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return sum;
}

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/**
 * Runs `command args` in `cwd` with `env`; resolves with the figures and the output.
 * @returns {Promise<{ status: number, wallMs: number, cpuMs: number | undefined, maxRssMB: number, treeRssMB: number, peakRssMB: number, load: string, output: string }>}
 */
export function measure(command, args, { cwd, env }) {
  const load = loadAverage();
  const argv = gnuTime ? [gnuTime, ['-v', command, ...args]] : [command, args];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(argv[0], argv[1], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let treePeak = 0;
    const timer = setInterval(() => {
      treePeak = Math.max(treePeak, treeRss(child.pid));
    }, 100);
    child.on('close', (status) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      const field = (label) => {
        const m = new RegExp(`${label}[^:]*: ([\\d.:]+)`, 'u').exec(output);
        return m ? m[1] : undefined;
      };
      const user = Number(field('User time'));
      const sys = Number(field('System time'));
      const maxRssKB = Number(field('Maximum resident set size') ?? 0);
      const treeRssMB = treePeak / 2 ** 20;
      resolve({
        status: status ?? 1,
        wallMs,
        cpuMs: gnuTime && Number.isFinite(user) ? (user + sys) * 1000 : undefined,
        maxRssMB: maxRssKB / 1024,
        treeRssMB,
        peakRssMB: Math.max(maxRssKB / 1024, treeRssMB),
        load,
        output,
      });
    });
  });
}
