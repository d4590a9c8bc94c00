/**
 * Large captures made on the spot (never committed): a 5 MB article and one of 2,000 paragraphs.
 * Deterministic text, so two runs build the same pages.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const words = [
  'Минск',
  'Москва',
  'сотрудничество',
  'технологии',
  'парк',
  'высоких',
  'программисты',
  'стартапы',
  'цифровая',
  'экономика',
  'союзное',
  'государство',
  'правительство',
  'министр',
  'связи',
  'интеграция',
  'платформа',
  'данные',
  'инновации',
  'форум',
];

/** A sentence that differs from every other one (its number is in it), so no cleaning rule removes it as a repeat. */
function sentence(n: number): string {
  const pick = (k: number) => words[(n * 7 + k * 13) % words.length]!;
  return `В ${n}-м сообщении ${pick(1)} и ${pick(2)} обсуждали ${pick(3)}, ${pick(4)} и ${pick(5)} на ${(n % 28) + 1}-й встрече.`;
}

function paragraph(n: number, sentences: number): string {
  return Array.from({ length: sentences }, (_, k) => sentence(n * sentences + k)).join(' ');
}

/** A capture of at least `bytes` bytes of UTF-8 prose: a title line, then paragraphs. */
export function largeCapture(bytes: number): string {
  const parts = ['Большой архивный материал о сотрудничестве в сфере информационных технологий', ''];
  let size = Buffer.byteLength(parts.join('\n'));
  for (let n = 1; size < bytes; n++) {
    const p = paragraph(n, 6);
    parts.push(p, '');
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n');
}

/** A capture with a title and exactly `count` short paragraphs. */
export function manyParagraphs(count: number): string {
  const parts = ['Материал из множества коротких абзацев о цифровой повестке', ''];
  for (let n = 1; n <= count; n++) parts.push(paragraph(n, 1), '');
  return parts.join('\n');
}

/** Writes `seeds/NNN_<sha256 prefix>.txt` for each capture into `dir`; returns the seeds folder. */
export function writeSeeds(dir: string, captures: string[]): string {
  const seeds = join(dir, 'seeds');
  mkdirSync(seeds, { recursive: true });
  mkdirSync(join(dir, 'content/articles'), { recursive: true });
  captures.forEach((text, i) => {
    const bytes = Buffer.from(text, 'utf8');
    const id = `${String(i + 1).padStart(3, '0')}_${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`;
    writeFileSync(join(seeds, `${id}.txt`), bytes);
  });
  return seeds;
}
