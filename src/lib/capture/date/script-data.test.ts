import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scriptDates } from './script-data.ts';

const page = (scripts: string) =>
  parseHTML(`<!DOCTYPE html><html><head>${scripts}</head><body><p>Text</p></body></html>`)
    .document as unknown as Document;

describe('publication timestamps in script data', () => {
  it('reads the publication key of a state blob, not the modification beside it', () => {
    const document = page(
      '<script>window.__STATE__ = {"article":{"dateModified":"2021-06-05T10:00:00+02:00","datePublished":"2021-06-03T09:15:00+02:00"}};</script>',
    );
    expect(scriptDates(document)).toEqual([
      { value: '2021-06-03', where: '"datePublished" в данных скрипта', raw: '2021-06-03T09:15:00+02:00' },
    ]);
  });

  it('reads bare keys of a script object and JSON held in a string', () => {
    expect(scriptDates(page("<script>var meta = { publishDate: '2019-11-02' };</script>"))[0]?.value).toBe(
      '2019-11-02',
    );
    expect(scriptDates(page('<script>hydrate("{\\"pubDate\\":\\"2018-01-30T08:00:00Z\\"}")</script>'))[0]?.value).toBe(
      '2018-01-30',
    );
  });

  it('takes nothing from a list of stories with different days under the same key', () => {
    const document = page(
      '<script>var feed = {"items":[{"pubDate":"2021-06-01T10:00:00Z"},{"pubDate":"2021-06-02T11:00:00Z"}]};</script>',
    );
    expect(scriptDates(document)).toEqual([]);
  });

  it('never reads a modification key, JSON-LD (read elsewhere), or a value that is no date', () => {
    const document = page(
      [
        '<script>var a = {"lastPubDateModified":"2021-06-01","date_modified":"2021-06-01","updatedPubDate":"2021-06-01"};</script>',
        '<script type="application/ld+json">{"datePublished":"2021-06-01"}</script>',
        '<script>var b = {"datePublished":"2021-13-45"};</script>',
      ].join(''),
    );
    expect(scriptDates(document)).toEqual([]);
  });
});
