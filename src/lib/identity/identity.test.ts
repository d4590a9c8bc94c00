import { describe, expect, it } from 'vitest';
import { parseIdentity } from './read.ts';
import { isPreviewSite, PREVIEW_SITE, resolveSite } from './site.ts';

const good = `name: { ru: Жара, en: Heatwatch }
tagline: { ru: Одна газета о климате, en: One newspaper on climate }
description: { ru: Описание., en: A description. }
`;

describe('content/archive.yaml', () => {
  it('reads a complete identity, with the defaults for base and languages', () => {
    const { identity, problems } = parseIdentity(good, 'content/archive.yaml');
    expect(problems).toEqual([]);
    expect(identity).toMatchObject({ name: { ru: 'Жара', en: 'Heatwatch' }, base: '/', languages: ['ru', 'en'] });
  });

  it('lists every problem with its file, line and what is wrong', () => {
    const text = `${good}editor: { name: Dana, contact: not-a-contact }\nsite: ftp://example.net\nbase: letopis\ncolour: red\n`;
    const { identity, problems } = parseIdentity(text, 'content/archive.yaml');
    expect(identity).toBeUndefined();
    const byLine = Object.fromEntries(problems.map((p) => [p.line ?? 0, p.message]));
    expect(byLine[4]).toMatch(/^editor\.contact: must be an e-mail address/u);
    expect(byLine[5]).toMatch(/^site: /u);
    expect(byLine[6]).toMatch(/^base: must start and end with "\/"/u);
    expect(problems.some((p) => /colour/u.test(p.message))).toBe(true);
    expect(problems.every((p) => p.file === 'content/archive.yaml' && p.fix !== '')).toBe(true);
  });

  it('needs the name, tagline and description in every interface language it lists', () => {
    const { problems } = parseIdentity(
      'name: { ru: Жара }\ntagline: { ru: т }\ndescription: { ru: о }\nlanguages: [ru, en]\n',
      'a.yaml',
    );
    expect(problems.map((p) => p.message).sort()).toEqual([
      'description.en: needed for the interface language "en" listed in languages',
      'name.en: needed for the interface language "en" listed in languages',
      'tagline.en: needed for the interface language "en" listed in languages',
    ]);
    expect(
      parseIdentity('name: { ru: Жара }\ntagline: { ru: т }\ndescription: { ru: о }\nlanguages: [ru]\n', 'a.yaml')
        .problems,
    ).toEqual([]);
    expect(
      parseIdentity(
        'name: { en: Heat }\ntagline: { en: t }\ndescription: { en: d }\nlanguages: [en]\n',
        'a.yaml',
      ).problems.map((p) => p.message),
    ).toEqual([
      'languages: must start with ru: the Russian interface is the one served at / (an English-only interface is not built yet)',
    ]);
  });

  it('reports broken YAML at its line', () => {
    const { problems } = parseIdentity('name: { ru: Жара\n', 'content/archive.yaml');
    expect(problems[0]).toMatchObject({
      file: 'content/archive.yaml',
      message: expect.stringMatching(/^is not valid YAML/u),
    });
  });
});

describe('the public address', () => {
  it('is the environment’s, else the identity’s, else the local preview; publishing without one fails', () => {
    expect(resolveSite('https://a.example', 'https://b.example', true)).toBe('https://a.example');
    expect(resolveSite('', 'https://b.example', true)).toBe('https://b.example');
    expect(resolveSite(undefined, undefined, false)).toBe(PREVIEW_SITE);
    expect(() => resolveSite(undefined, undefined, true)).toThrow(/content\/archive\.yaml.*\n.*site: https:/u);
    expect(isPreviewSite(new URL(PREVIEW_SITE))).toBe(true);
    expect(isPreviewSite(new URL('https://b.example/'))).toBe(false);
  });
});
