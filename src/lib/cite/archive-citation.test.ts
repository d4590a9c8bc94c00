import { describe, expect, it } from 'vitest';
import { archiveApa, archiveBibtex, archiveGost } from './archive-citation.ts';

describe('citing the archive as a whole', () => {
  const a = {
    name: 'Летопись',
    subtitle: 'Архив публикаций',
    url: 'https://x.org/',
    version: '0.1.0+abc1234',
    day: '2026-11-25',
  };
  it('gives GOST, APA and BibTeX with the version and the access date', () => {
    expect(archiveGost(a)).toBe(
      'Летопись : архив публикаций : сайт. – Версия 0.1.0+abc1234. – 2026. – URL: https://x.org/ (дата обращения: 25.11.2026). – Текст : электронный.',
    );
    expect(archiveApa({ ...a, name: 'Letopis', subtitle: 'An archive' })).toBe(
      'Letopis. (2026). Letopis: An archive (Version 0.1.0+abc1234) [Web archive]. https://x.org/',
    );
    expect(archiveBibtex(a)).toContain('version = {0.1.0+abc1234},');
    expect(archiveBibtex(a)).toContain('urldate = {2026-11-25},');
  });
});
