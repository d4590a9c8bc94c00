/**
 * The permanence files on any input (issue 17): the lock and the anchor record (JSON), the redirects,
 * withdrawals and renumberings (YAML), SHA256SUMS and the entries of seeds/ give a valid value or
 * problems that name the file and the fix — never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSeeds, parseSums, type SeedEntry } from '../inputs/seeds.ts';
import { anchorRecord, checkAnchors } from '../permalinks/anchors.ts';
import { checkAgainstCommitted, checkDigests } from '../permalinks/integrity.ts';
import { emptyLock, pageKinds, permalinkLock } from '../permalinks/lock.ts';
import type { Problem } from '../problems.ts';
import { checkPermanence } from './check.ts';
import { parsePermanenceJson } from './lock-files.ts';
import { readRedirects, readRenumberings, readWithdrawals } from './read.ts';

const wellFormed = (problems: readonly Problem[], file: string) => {
  for (const p of problems) {
    expect(p.file.startsWith(file)).toBe(true);
    expect(p.message.length).toBeGreaterThan(5);
    if (p.line !== undefined) expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
  }
};

/** YAML-ish text: keys of the permanence files, hostile paths and values, YAML syntax fragments. */
const yamlText = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        '- from: /a/',
        '  to: /b/',
        '- from: /../escape/',
        '  to: /../../etc/hostname',
        '- from: /pagefind/',
        '  to: javascript:alert(1)',
        '- id: 000_x',
        '  title: T',
        '  reason: r',
        '  withdrawn: 2026-02-30',
        '  date: 2026-12-01',
        '  date: 0000-00-00',
        '[]',
        '{}',
        '- &a [*a, *a]',
        '- *a',
        '? [x]',
        '- from: !!binary AAAA',
        '  url: javascript:alert(1)',
        '\t- tab',
        '- id: ../../x',
        '"unterminated',
        'from: /a/',
      ),
    ),
    { maxLength: 20 },
  )
  .map((lines) => lines.join('\n'));

/** JSON-ish text: valid locks and records, broken ones, hostile values. */
const jsonText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 4 }),
  fc
    .record({
      articles: fc.dictionary(
        fc.string({ maxLength: 20 }),
        fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('/articles/2019/a/', '/../x/', '/')),
      ),
    })
    .map((v) => JSON.stringify(v)),
  fc
    .dictionary(
      fc.string({ maxLength: 20 }),
      fc.record({
        sha256: fc.string({ maxLength: 64 }),
        paragraphs: fc.array(fc.string({ maxLength: 9 }), { maxLength: 5 }),
      }),
    )
    .map((v) => JSON.stringify(v)),
);

describe('the permanence files on any input', () => {
  it('redirects.yaml, withdrawn.yaml and renumbered.yaml: a list of valid entries and/or problems, and the checks between them never throw', () => {
    fc.assert(
      fc.property(yamlText, yamlText, yamlText, (redirectsText, withdrawnText, renumberedText) => {
        const redirects = readRedirects('r.yaml', redirectsText);
        const withdrawals = readWithdrawals('w.yaml', withdrawnText);
        const renumberings = readRenumberings('n.yaml', renumberedText);
        wellFormed(redirects.problems, 'r.yaml');
        wellFormed(withdrawals.problems, 'w.yaml');
        wellFormed(renumberings.problems, 'n.yaml');
        for (const r of redirects.entries) {
          expect(r.from.split('/')).not.toContain('..');
          expect(r.to.split(/[/#]/u)).not.toContain('..');
        }
        const problems = checkPermanence({
          redirects: redirects.entries,
          withdrawals: withdrawals.entries,
          lock: emptyLock(),
          captureIds: new Set(['000_x']),
          redirectsFile: 'r.yaml',
          withdrawnFile: 'w.yaml',
        });
        for (const p of problems) expect(p.fix.length).toBeGreaterThan(5);
      }),
      { numRuns: 400 },
    );
  });

  it('the lock and the anchor record: a valid value or a problem naming the file (with its line for broken JSON)', () => {
    fc.assert(
      fc.property(jsonText, jsonText, (lockText, anchorsText) => {
        const lock = parsePermanenceJson('content/permalinks.json', lockText, permalinkLock);
        const anchors = parsePermanenceJson('content/anchors.json', anchorsText, anchorRecord);
        wellFormed(lock.problems, 'content/permalinks.json');
        wellFormed(anchors.problems, 'content/anchors.json');
        expect(lock.value === undefined).toBe(lock.problems.length > 0);
        if (lock.value) {
          for (const kind of pageKinds)
            for (const path of Object.values(lock.value[kind])) expect(path).toMatch(/^\/(?:[a-z0-9/-]*\/)?$/u);
          expect(checkAgainstCommitted(lock.value, emptyLock(), 'content/permalinks.json').length).toBe(
            Object.values(lock.value).reduce((n, paths) => n + Object.keys(paths).length, 0),
          );
        }
        if (anchors.value)
          checkAnchors([{ id: 'a', sha256: 'f'.repeat(64), paragraphs: [{ text: 'x' }] }], anchors.value, [], {
            record: 'a.json',
            decisions: 'n.yaml',
          });
        wellFormed(
          checkDigests(lockText, { 'permalinks.json': lockText, 'anchors.json': undefined }, (n) => `content/${n}`),
          'content/',
        );
      }),
      { numRuns: 400 },
    );
  });

  it('seeds/ and SHA256SUMS: every entry is a capture or a problem, never an exception and never an empty id', () => {
    const name = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        '.txt',
        'x.htm',
        '001_a.markdown',
        '001_a',
        'SHA256SUMS',
        '000_132f9a9ed851b9fb.txt',
        '001_x.txt',
        '001_x.TXT',
        '001_x.html',
      ),
    );
    const entry: fc.Arbitrary<SeedEntry> = fc
      .record({
        name,
        kind: fc.constantFrom('file', 'directory', 'symlink', 'other'),
        bytes: fc.uint8Array({ maxLength: 64 }),
      })
      .map((e) => (e.kind === 'file' ? e : { name: e.name, kind: e.kind }));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), fc.string({ maxLength: 300 }), (entries, sums) => {
        const result = checkSeeds({
          dir: 'seeds',
          entries: [...entries, { name: 'SHA256SUMS', kind: 'file', bytes: new TextEncoder().encode(sums) }],
        });
        wellFormed(result.problems, 'seeds/');
        for (const c of result.captures) {
          expect(c.name.replace(/\.[^.]+$/u, '')).toMatch(/^\d+_./u);
          expect(entries.some((e) => e.name === c.name && e.kind === 'file')).toBe(true);
        }
        // Every entry that is not SHA256SUMS is accepted or reported.
        const reported = new Set(result.problems.map((p) => p.file));
        for (const e of entries)
          if (e.name !== 'SHA256SUMS')
            expect(
              result.captures.some((c) => c.name === e.name) ||
                reported.has(`seeds/${e.name}`) ||
                reported.has('seeds/SHA256SUMS'),
            ).toBe(true);
        wellFormed(parseSums('seeds/SHA256SUMS', sums).problems, 'seeds/SHA256SUMS');
      }),
      { numRuns: 400 },
    );
  });
});
