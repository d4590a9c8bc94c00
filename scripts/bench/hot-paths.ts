// `npm run bench:hot-paths`: the time of each hot path on the large inputs its unit test reads (the tests
// check what comes out; how long it takes depends on the machine and its load, so it is measured here).
// Each input is run three times; the best time is compared with its budget (the limit the unit test used to
// assert, many times what an unloaded machine takes), so it catches a step turning quadratic, not noise.
// Prints a markdown table and exits with 1 when a path is over its budget.
//
//   npm run bench:hot-paths
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanCapture } from '../../src/lib/capture/clean.ts';
import { decodeCapture } from '../../src/lib/capture/decode.ts';
import { readCapture } from '../../src/lib/capture/index.ts';
import { buildAliasIndex } from '../../src/lib/entities/alias-index.ts';
import { loadRegistry } from '../../src/lib/entities/load-registry.ts';
import { findMentions } from '../../src/lib/entities/mentions.ts';
import { loadMorphology } from '../../src/lib/entities/morphology.ts';
import { mergeMentions } from '../../src/lib/entities/provisional.ts';
import { unmatchedNames } from '../../src/lib/entities/unmatched.ts';
import { slugFromTitle } from '../../src/lib/permalinks/slug.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const utf8 = (s: string) => new TextEncoder().encode(s);
const registry = await loadRegistry(join(root, 'content'));
const index = buildAliasIndex(registry.entities, await loadMorphology());

/** What `test/…` and `src/lib/…` unit tests read, with the budget they used to assert. */
const cases: Array<{ name: string; test: string; budgetMs: number; run: () => unknown }> = [];

const title = 'Очень длинный заголовок '.repeat(40_000);
cases.push({
  name: 'slugFromTitle, a 1 MB title',
  test: 'src/lib/permalinks/slug.property.test.ts',
  budgetMs: 5000,
  run: () => slugFromTitle(title),
});

const hardWrapped = utf8(
  `Заголовок\n\n${Array.from({ length: 60_000 }, (_, i) => `строка ${i} текста о сотрудничестве в сфере технологий`).join('\n')}\n`,
);
cases.push({
  name: 'readCapture, 5 MB hard-wrapped (one paragraph)',
  test: 'src/lib/capture/read.property.test.ts',
  budgetMs: 5000,
  run: () => readCapture(hardWrapped),
});

const arbitrary = new Uint8Array(8 * 1024 * 1024);
for (let i = 0; i < arbitrary.length; i++) arbitrary[i] = (i * 2654435761) >>> 24;
const prose = utf8('Абзац текста. '.repeat(300_000));
cases.push({
  name: 'decodeCapture, 8 MB arbitrary bytes + 4 MB prose',
  test: 'src/lib/capture/decode.property.test.ts',
  budgetMs: 5000,
  run: () => {
    for (const bytes of [arbitrary, prose]) {
      try {
        decodeCapture(bytes);
      } catch {
        // a DecodeError is an answer too; its time counts
      }
    }
  },
});

const cleanInputs: Array<[string, (i: number) => string]> = [
  ['prose', (i) => `Абзац номер ${i} о сотрудничестве в сфере технологий и цифровой экономики, довольно длинный.`],
  [
    'one prose line repeated',
    () => 'Абзац о сотрудничестве в сфере технологий и цифровой экономики, довольно длинный текст.',
  ],
  ['a numbered item repeated', () => '1. Пункт'],
  ['a short line repeated', () => 'Меню'],
  [
    'numbered lists between prose',
    (i) =>
      i % 4 === 0
        ? 'Абзац о сотрудничестве в сфере технологий и цифровой экономики, довольно длинный.'
        : `${i % 4}. Пункт ${i}`,
  ],
];
for (const [label, lineAt] of cleanInputs) {
  const text = Array.from({ length: 60_000 }, (_, i) => lineAt(i)).join('\n\n');
  cases.push({
    name: `cleanCapture, 5 MB of ${label}`,
    test: 'src/lib/capture/clean.property.test.ts',
    budgetMs: 3000,
    run: () => cleanCapture(text),
  });
}

const words = ['Александр', 'Г.', 'А.', 'Лукашенко', 'Парк', 'высоких', 'Медведева', 'Евразийского', 'экономического'];
const adversarial = Array.from({ length: 20_000 }, (_, i) => words[(i * 7) % words.length]).join(' ');
cases.push({
  name: 'findMentions, 200,000 characters of names and half-names',
  test: 'src/lib/entities/mentions.property.test.ts',
  budgetMs: 5000,
  run: () => findMentions([adversarial, adversarial], index),
});

const long = 'Сергей Румас и А.Г.Лукашенко обсудили работу Парка высоких технологий и ЕАЭС. '.repeat(2000);
cases.push({
  name: 'findMentions, 8,000 mentions in one paragraph',
  test: 'src/lib/entities/mentions.test.ts',
  budgetMs: 3000,
  run: () => findMentions([long], index),
});

// A capture of 5,000 paragraphs that name the same people in each: what the article's mention lists and the
// editor's list of unmatched names go through (both looked mentions up per paragraph, quadratic, before).
const paragraphs = Array.from({ length: 5000 }, (_, i) => `${i}. Сергей Румас и Александр Лукашенко, Минск и Москва.`);
const mentions = findMentions(paragraphs, index);
const provisional = mentions.map((m) => ({ ...m, entity: `places/p${m.paragraph}` as const }));
cases.push({
  name: `mergeMentions and unmatchedNames, 5,000 paragraphs, ${mentions.length} mentions`,
  test: 'src/lib/entities/provisional.test.ts',
  // 32 ms measured; the lookups per paragraph took 681 ms.
  budgetMs: 500,
  run: () => unmatchedNames(paragraphs, mergeMentions(mentions, provisional)),
});

const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`Hot paths (best of 3; load ${load})\n`);
console.log('| Path | Best ms | Budget ms | Unit test |\n| --- | ---: | ---: | --- |');
let over = 0;
for (const c of cases) {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    c.run();
    best = Math.min(best, performance.now() - started);
  }
  if (best > c.budgetMs) over++;
  console.log(
    `| ${c.name} | ${best.toFixed(0)}${best > c.budgetMs ? ' **over**' : ''} | ${c.budgetMs} | \`${c.test}\` |`,
  );
}
if (over) {
  console.error(
    `\n${over} hot path(s) over budget: look for a step that became quadratic (see the test named beside it).`,
  );
  process.exitCode = 1;
}
