import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

describe('canonicalJson', () => {
  it('writes the same data the same way, whatever order the keys were set in', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: true } })).toBe(
      canonicalJson({ a: { c: true, d: [1, 'x'] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: null })).toBe('{"a":null,"b":1}');
  });

  it('leaves out undefined properties, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe(canonicalJson({ b: 2 }));
  });

  it('writes dates, maps and sets as their data, so a change in them shows', () => {
    expect(canonicalJson({ at: new Date('2023-02-01T00:00:00Z') })).toBe('{"at":"2023-02-01T00:00:00.000Z"}');
    expect(canonicalJson(new Map([['people/a', 1]]))).not.toBe(canonicalJson(new Map([['people/a', 2]])));
    expect(canonicalJson(new Set(['x']))).toBe('["x"]');
  });

  it('tells apart values that differ anywhere', () => {
    const page = { entry: { data: { title: 'Один' } }, related: [{ title: 'Два' }] };
    const changed = { entry: { data: { title: 'Один' } }, related: [{ title: 'Три' }] };
    expect(canonicalJson(page)).not.toBe(canonicalJson(changed));
  });

  it('refuses a function, naming where it is, instead of dropping it', () => {
    expect(() => canonicalJson({ links: [{ href: () => '/' }] })).toThrow(/\$\.links\[0\]\.href is a function/u);
    expect(() => canonicalJson({ n: 1n })).toThrow(/\$\.n is a bigint/u);
  });

  it('writes an object it is given a stand-in for as that text, wherever it is', () => {
    const row = { title: 'Длинная строка', paragraphs: ['…'] };
    const standIns = new WeakMap([[row, 'article 1 abc']]);
    expect(canonicalJson({ rows: [row] }, standIns)).toBe('{"rows":[{"$standIn":"article 1 abc"}]}');
    expect(canonicalJson({ rows: [{ ...row }] }, standIns)).toBe(canonicalJson({ rows: [row] }));
  });
});
