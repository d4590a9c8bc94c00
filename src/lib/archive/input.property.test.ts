/**
 * Sidecars, registry files and the permanence files (redirects.yaml, withdrawn.yaml) on random and
 * hostile input: a valid value or problems that name the file and say what to do — never another
 * exception, never a value that carries a control character, a script URL or a year out of range.
 */
import fc from 'fast-check';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadRegistry, RegistryError } from '../entities/load-registry.ts';
import { maxYear, MIN_YEAR } from '../metadata/schema.ts';
import { readRedirects, readWithdrawals } from '../permanence/read.ts';
import { findControlInValue } from '../text/control.ts';
import { hasInvisible } from '../text/display.ts';
import { readMetadata } from './read-metadata.ts';

/** Strings an attacker or a careless editor would try. */
const hostile = fc.constantFrom(
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:x',
  '//evil.example/',
  'https://ok.example/a',
  '<script>alert(1)</script>',
  '\u0000',
  'a\u0007b',
  '\u202Eтекст\u202C',
  '\u200B',
  '9999',
  '0000-01-01',
  '2019-02-29',
  '1799-12-31',
  '2019-10-23',
  '/../../etc/hostname',
  '/articles/2019/x/',
  '{alert(1)}',
  '',
  ' ',
  '~',
  'null',
  'true',
  '-1',
  '1e309',
  '&anchor',
  '*alias',
  '!!binary AAAA',
  '"',
  "'",
);
const scalar = fc.oneof(
  hostile,
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const keys = fc.constantFrom(
  'outlet',
  'outletUrl',
  'url',
  'author',
  'title',
  'date',
  'value',
  'precision',
  'evidence',
  'note',
  'notes',
  'language',
  'captured',
  'names',
  'ru',
  'en',
  'be',
  'links',
  'id',
  'from',
  'to',
  'reason',
  'withdrawn',
  'role',
  'kind',
  'start',
  'rule',
  'keywords',
  'entities',
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(keys, tie('node'), { maxKeys: 5 }),
  ),
})).node;
/** YAML text: structured (so the schemas are reached) or raw characters (so the parser is). */
const yamlText = fc.oneof(
  { weight: 3, arbitrary: value.map((v) => stringify(v)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.oneof(hostile, fc.string({ maxLength: 30 })), { maxLength: 8 })
      .map((lines) => lines.join('\n')),
  },
);

/** Every string of a value, deeply. */
const stringsOf = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(stringsOf) : [];

const problemsAreClear = (problems: ReadonlyArray<{ file: string; message: string; fix?: string }>, file: string) => {
  for (const problem of problems) {
    expect(problem.file).toBe(file);
    expect(problem.message.length).toBeGreaterThan(0);
    expect(problem.message).not.toMatch(/\n\s+at /u);
  }
};

describe('a sidecar (content/articles/<id>.yaml), any text', () => {
  it('gives metadata that is safe to show, or problems naming the file with a fix', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          yamlText,
          fc
            .record(
              {
                outlet: scalar,
                url: scalar,
                outletUrl: scalar,
                date: fc.record(
                  {
                    value: scalar,
                    precision: fc.constantFrom('day', 'month', 'year'),
                    evidence: fc.constantFrom('stated', 'inferred'),
                    note: scalar,
                  },
                  { requiredKeys: [] },
                ),
              },
              { requiredKeys: [] },
            )
            .map((v) => stringify(v)),
        ),
        (text) => {
          const result = readMetadata('content/articles/001_x.yaml', text);
          if (result.problems.length > 0) {
            expect(result.metadata).toBeUndefined();
            problemsAreClear(result.problems, 'content/articles/001_x.yaml');
            for (const problem of result.problems) expect(problem.fix.length).toBeGreaterThan(0);
            return;
          }
          const metadata = result.metadata!;
          expect(findControlInValue(metadata)).toBeUndefined();
          for (const url of [metadata.url, metadata.outletUrl])
            if (url !== undefined) expect(url).toMatch(/^https?:\/\//iu);
          if (metadata.date) {
            const year = Number(metadata.date.value.slice(0, 4));
            expect(year).toBeGreaterThanOrEqual(MIN_YEAR);
            expect(year).toBeLessThanOrEqual(maxYear());
          }
        },
      ),
      { numRuns: 600 },
    );
  });
});

describe('redirects.yaml and withdrawn.yaml, any text', () => {
  it('give entries or problems naming the file, never an exception; a withdrawn entry’s url is http(s)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          yamlText,
          fc.array(value).map((v) => stringify(v)),
        ),
        (text) => {
          const redirects = readRedirects('content/redirects.yaml', text);
          problemsAreClear(redirects.problems, 'content/redirects.yaml');
          const withdrawals = readWithdrawals('content/withdrawn.yaml', text);
          problemsAreClear(withdrawals.problems, 'content/withdrawn.yaml');
          for (const entry of withdrawals.entries)
            if (entry.url !== undefined) expect(entry.url).toMatch(/^https?:\/\//iu);
        },
      ),
      { numRuns: 600 },
    );
  });
});

describe('a registry file, any text', () => {
  it('loads with names free of invisible characters and http(s) links, or fails with a RegistryError naming the file', async () => {
    const person = fc.record(
      {
        names: fc.record({ ru: scalar, en: scalar }, { requiredKeys: [] }),
        role: fc.record({ ru: scalar, en: scalar }, { requiredKeys: [] }),
        givenName: fc.record({ ru: scalar, en: scalar }, { requiredKeys: [] }),
        surname: fc.record({ ru: scalar, en: scalar }, { requiredKeys: [] }),
        gender: fc.constantFrom('male', 'female'),
        links: fc.array(scalar, { maxLength: 2 }),
      },
      { requiredKeys: ['names', 'gender'] },
    );
    const topicBody = fc
      .array(
        fc.oneof(
          hostile,
          fc.string({ maxLength: 40 }),
          fc.constantFrom('<b>x</b>', '[a](javascript:x)', '![i](https://evil.example/i.png)', '**ok**'),
        ),
        { minLength: 1, maxLength: 5 },
      )
      .map((lines) => lines.join('\n\n'));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          person.map((p) => stringify(p)),
          yamlText,
        ),
        topicBody,
        async (personText, body) => {
          const dir = await mkdtemp(path.join(tmpdir(), 'letopis-registry-property-'));
          await mkdir(path.join(dir, 'people'));
          await mkdir(path.join(dir, 'topics'));
          await writeFile(path.join(dir, 'people', 'someone.yaml'), personText);
          await writeFile(
            path.join(dir, 'topics', 'theme.mdx'),
            `---\nnames: { ru: Тема, en: Topic }\nrule:\n  keywords: [тема]\n---\n\n${body}\n`,
          );
          let registry;
          try {
            registry = await loadRegistry(dir);
          } catch (error) {
            expect(error).toBeInstanceOf(RegistryError);
            problemsAreClear(
              (error as RegistryError).problems.map((p) => ({
                ...p,
                file: p.file.replace(/^(people\/someone\.yaml|topics\/theme\.mdx)$/u, 'ok'),
              })),
              'ok',
            );
            return;
          }
          for (const entity of registry.entities) {
            for (const name of stringsOf(entity.names)) expect(hasInvisible(name)).toBe(false);
            for (const link of entity.links) expect(link).toMatch(/^https?:\/\//iu);
            expect(findControlInValue(entity)).toBeUndefined();
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
