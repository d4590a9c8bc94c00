import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compareText } from './collate.ts';

const titles = ['Яков', 'alpha', 'Zeta', 'Борис', 'Alpha', 'ёж', 'еж', 'Ёж', '2019', '_x', 'a-b', 'ab', 'Ab'];

describe('compareText', () => {
  it('orders Latin and Cyrillic by the locale given, never by the machine', () => {
    const en = [...titles].sort(compareText('en'));
    const ru = [...titles].sort(compareText('ru'));
    expect(en.indexOf('Zeta')).toBeLessThan(en.indexOf('Борис'));
    expect(ru.indexOf('Борис')).toBeLessThan(ru.indexOf('Zeta'));
    // A total order: strings the collation ties are ordered by code points, so the input order never shows.
    expect([...titles].reverse().sort(compareText('en'))).toEqual(en);
    expect(new Set(en).size).toBe(titles.length);
  });

  it('gives the same order under another LANG and time zone', () => {
    const script = `import('${new URL('./collate.ts', import.meta.url).pathname}').then(({ compareText }) => console.log(JSON.stringify([${titles.map((t) => JSON.stringify(t)).join(',')}].sort(compareText()))))`;
    const run = (env: Record<string, string>) => {
      const result = spawnSync(
        process.execPath,
        ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', '-e', script],
        { env: { ...process.env, ...env }, encoding: 'utf8' },
      );
      expect(result.stderr).toBe('');
      return result.stdout;
    };
    const c = run({ LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TZ: 'UTC' });
    expect(run({ LANG: 'ru_RU.UTF-8', LC_ALL: 'ru_RU.UTF-8', TZ: 'Pacific/Kiritimati' })).toBe(c);
    expect(run({ LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8', TZ: 'America/Los_Angeles' })).toBe(c);
    // The bare localeCompare this replaced does follow LANG, which is what made builds differ.
    const bare = (lang: string) =>
      spawnSync(
        process.execPath,
        ['-e', `console.log(JSON.stringify(${JSON.stringify(titles)}.sort((a, b) => a.localeCompare(b))))`],
        { env: { ...process.env, LANG: lang, LC_ALL: lang }, encoding: 'utf8' },
      ).stdout;
    expect(bare('ru_RU.UTF-8')).not.toBe(bare('C.UTF-8'));
  });
});

describe('the code base', () => {
  it('orders text only through compareText: no bare localeCompare or Intl.Collator elsewhere in src/ and scripts/', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = new URL('../..', import.meta.url).pathname;
    const files = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? files(join(dir, entry.name))
          : /\.(?:ts|mjs|astro)$/u.test(entry.name) && !/\.test\.ts$/u.test(entry.name)
            ? [join(dir, entry.name)]
            : [],
      );
    const offenders = [...files('src'), ...files('scripts')]
      .filter((file) => file !== join('src', 'lib', 'collate.ts'))
      .flatMap((file) =>
        readFileSync(join(root, file), 'utf8')
          .split('\n')
          .map((line, i) => [file, i + 1, line] as const),
      )
      .filter(([, , line]) => /\.localeCompare\(|Intl\.Collator\(/u.test(line))
      .map(([file, line]) => `${file}:${line}`);
    expect(offenders).toEqual([]);
  });
});
