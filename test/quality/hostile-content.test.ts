/**
 * Content an attacker or a careless editor could write (issue 17, points 1 and 5), in one fixture
 * (test/fixtures/hostile-content): a NUL in a capture and in a sidecar, years 9999 and 0000, two sidecars
 * of one capture, a javascript: source address, two registry files of one id, and a topic description
 * with a script tag and a javascript: link. The build stops listing every one, each with its file (and
 * line) and the fix, and no stack trace. A javascript: address in withdrawn.yaml
 * (test/fixtures/hostile-permanence) is refused the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWithdrawals } from '../../src/lib/permanence/read.ts';
import { buildArchive } from '../support/build.ts';
import { root } from '../support/seeds.ts';

describe('a build of hostile content', () => {
  it('stops with every problem listed, each with its file, line and fix, and no stack trace', async () => {
    const site = await buildArchive('hostile-content', { fixture: 'hostile-content' });
    expect(site.status).not.toBe(0);
    const output = site.output;
    expect(output).toMatch(/found 9 problems/);
    const expected: Array<[string, RegExp]> = [
      ['seeds/001_nul.txt:5', /control character U\+0000 on line 5 is not text[^\n]*\n\s*→ save a clean copy/],
      ['articles/002_year-9999.yaml:3', /date\.value: must be a real date[^\n]*from 1800 to next year/],
      ['articles/003_year-0000.yaml:3', /date\.value: must be a real date[^\n]*from 1800 to next year/],
      [
        'articles/004_two-sidecars.yml',
        /second sidecar of "004_two-sidecars", beside [^\n]*004_two-sidecars\.yaml[^\n]*\n\s*→ merge the two/,
      ],
      ['articles/005_escaped-nul.yaml', /outlet holds the control character U\+0000/],
      ['articles/006_javascript-url.yaml:2', /url: [^\n]*\n\s*→ give a full address starting with https:\/\//],
      ['people/putin.yaml', /same id as people\/putin\.yml[^\n]*delete people\/putin\.yml/],
      ['topics/evil.mdx', /line 9: raw HTML \(<script>\) is not allowed/],
      ['topics/evil.mdx', /line 11: the link "javascript:alert\(1\)"/],
    ];
    for (const [file, message] of expected) {
      const at = output
        .split('\n')
        .findIndex((line) => line.includes(file) && message.test(output.slice(output.indexOf(line))));
      expect(at, `${file} ${message}`).toBeGreaterThanOrEqual(0);
      expect(output.slice(output.indexOf(output.split('\n')[at]!))).toMatch(message);
    }
    expect(output).not.toMatch(/Stack trace|    at |TypeError|RangeError/);
    expect(output).toMatch(/Nothing was published/);
  });

  it('refuses a javascript: address in withdrawn.yaml, as the sidecar does', () => {
    const file = join(root, 'test/fixtures/hostile-permanence/content/withdrawn.yaml');
    const { entries, problems } = readWithdrawals('content/withdrawn.yaml', readFileSync(file, 'utf8'));
    expect(entries).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/withdrawn.yaml',
        line: 3,
        message: expect.stringMatching(/url must be an http\(s\) address/),
      }),
    ]);
  });
});

describe('withdrawn.yaml with hostile text', () => {
  const entry = (title: string) =>
    `- id: 001_x\n  title: "${title}"\n  reason: По требованию правообладателя.\n  withdrawn: 2026-02-01\n`;
  it('refuses a control character with its line, and shows a title without bidi overrides', () => {
    expect(readWithdrawals('content/withdrawn.yaml', entry('Снятая\\0 статья')).problems).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^0\.title holds the control character U\+0000/) }),
    ]);
    expect(
      readWithdrawals('content/withdrawn.yaml', `# a\n${entry('TITLE').replace('TITLE', 'Снятая \u0007')}`).problems,
    ).toEqual([expect.objectContaining({ line: 3 })]);
    const { entries, problems } = readWithdrawals('content/withdrawn.yaml', entry('\u202EСнятая\u202C статья\u200B'));
    expect(problems).toEqual([]);
    expect(entries[0]!.title).toBe('Снятая статья');
  });
});
