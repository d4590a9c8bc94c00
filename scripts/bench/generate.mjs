// A deterministic synthetic archive for `npm run bench` (and test/bench-smoke.test.ts).
//
// From the project's seed captures and registry it writes N captures into `<dir>/seeds/` (named like
// real ones: `NNNNNN_<sha16>.txt`, a title line, a blank line, paragraphs), a sidecar for each in
// `<dir>/content/articles/` (an outlet and a stated day date, 2015–2025), and a copy of the registry
// (people, organizations, events, places, topics) so mentions resolve. About 80 % of the captures are
// Russian and 20 % English; their paragraphs are the seeds' own (so mentions, quotes and topics occur
// at the seeds' rates) plus one generated sentence naming registry entries, which also makes every
// capture's text unique. Some captures carry boilerplate (a subscribe prompt, a numbered headline list)
// for the cleaner to remove. The same N and seed always give the same bytes.
//
// It also writes `<dir>/markdown/<id>.md` (title + the same paragraphs) for the bare baseline project.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** mulberry32: a small seeded PRNG, so every run generates the same archive. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cyrillicShare = (s) => (s.match(/[А-Яа-яЁё]/gu)?.length ?? 0) / Math.max(1, s.match(/\p{L}/gu)?.length ?? 0);

/**
 * The seeds' article paragraphs, by language: blocks of prose (not headlines, list items, links or
 * markdown headings), deduplicated. Lines of a capture are joined within a block.
 */
export function seedParagraphs(seedsDir) {
  const pools = { ru: new Set(), en: new Set() };
  for (const name of readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(seedsDir, name), 'utf8')
      .replace(/^\uFEFF/u, '')
      .replace(/\r\n?/gu, '\n');
    for (const block of text.split(/\n\s*\n/u)) {
      const lines = block
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      if (lines.some((l) => /^\d{1,2}[.)]\s|^#|^https?:|^\*\*|^[-*_]{3,}$/u.test(l))) continue;
      const p = lines.join(' ').replace(/\s+/gu, ' ').trim();
      if (p.length < 120 || !/[.!?»"]$/u.test(p)) continue;
      pools[cyrillicShare(p) > 0.5 ? 'ru' : 'en'].add(p);
    }
  }
  return { ru: [...pools.ru], en: [...pools.en] };
}

const registryKinds = ['people', 'organizations', 'events', 'places', 'topics'];

/** The registry's entries with their Russian and English names (topics and entities alike). */
function registryNames(contentDir) {
  const names = [];
  for (const kind of registryKinds.slice(0, 4)) {
    const dir = join(contentDir, kind);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => /\.ya?ml$/u.test(f))
      .sort()) {
      const entry = parse(readFileSync(join(dir, file), 'utf8'));
      names.push({ kind, ru: entry.names.ru, en: entry.names.en ?? entry.names.ru, acronyms: entry.acronyms ?? [] });
    }
  }
  return names;
}

const outlets = {
  ru: ['Российская газета', 'Зеркало', 'БЕЛТА', 'ТАСС', 'Интерфакс', 'Коммерсантъ', 'РИА Новости', 'Onliner'],
  en: ['Belarus News', 'TASS', 'Reuters', 'Interfax', 'Eurasianet'],
};
const verbs = {
  ru: ['обсудили', 'рассмотрели', 'отметили важность', 'поддержали', 'подвели итоги', 'назвали приоритетом'],
  en: ['discussed', 'reviewed', 'stressed', 'backed', 'summed up', 'named as a priority'],
};
const subjects = {
  ru: [
    'цифровую экономику',
    'сотрудничество в IT-сфере',
    'технологический суверенитет',
    'подготовку IT-кадров',
    'электронное правительство',
    'импортозамещение программного обеспечения',
    'венчурные инвестиции',
    'информационную безопасность',
  ],
  en: [
    'the digital economy',
    'IT cooperation',
    'technological sovereignty',
    'IT education',
    'e-government',
    'software import substitution',
    'venture funding',
    'information security',
  ],
};
const places = {
  ru: ['Минске', 'Москве', 'Гродно', 'Могилёве', 'Казани', 'Санкт-Петербурге', 'Бресте'],
  en: ['Minsk', 'Moscow', 'Grodno', 'Mogilev', 'Kazan', 'St Petersburg', 'Brest'],
};
const prompts = {
  ru: [
    'Подписывайтесь на наши новости в Telegram',
    'Подписывайтесь на наши новости в Вконтакте',
    'Поддержать редакцию',
  ],
  en: ['Subscribe', 'Follow us on Telegram', 'Share this'],
};

/**
 * Writes the synthetic archive into `dir` (emptied first). Returns counts and the folders.
 * @param {{ n: number, dir: string, root: string, seed?: number, markdown?: boolean }} options
 */
export function generateArchive({ n, dir, root, seed = 20250101, markdown = true }) {
  const random = prng(seed + n);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pools = seedParagraphs(join(root, 'seeds'));
  const names = registryNames(join(root, 'content'));
  if (pools.ru.length === 0 || pools.en.length === 0 || names.length === 0)
    throw new Error('bench: the seeds or the registry gave nothing to generate from');

  rmSync(dir, { recursive: true, force: true });
  const seedsDir = join(dir, 'seeds');
  const contentDir = join(dir, 'content');
  const markdownDir = join(dir, 'markdown');
  mkdirSync(seedsDir, { recursive: true });
  mkdirSync(join(contentDir, 'articles'), { recursive: true });
  if (markdown) mkdirSync(markdownDir, { recursive: true });
  // The registry, as is (no permalinks.json: the first build writes a fresh lock for this archive).
  for (const kind of registryKinds) {
    const from = join(root, 'content', kind);
    if (existsSync(from)) cpSync(from, join(contentDir, kind), { recursive: true });
  }
  writeFileSync(join(contentDir, 'redirects.yaml'), '[]\n');
  writeFileSync(join(contentDir, 'withdrawn.yaml'), '[]\n');

  const width = Math.max(6, String(n).length);
  const shortNames = names.filter((e) => e.ru.length <= 40 && e.en.length <= 40);
  const titles = [];
  const stats = { ru: 0, en: 0, boilerplate: 0, bytes: 0 };
  for (let i = 0; i < n; i++) {
    const lang = random() < 0.8 ? 'ru' : 'en';
    stats[lang]++;
    // Titles stay under the structurer's 200 characters: the two names in them are short ones.
    const named = [pick(shortNames), pick(names)];
    const nameOf = (e) => (lang === 'ru' ? e.ru : e.en);
    const title =
      lang === 'ru'
        ? `${nameOf(named[0])} ${pick(verbs.ru)} ${pick(subjects.ru)} в ${pick(places.ru)}`
        : `${nameOf(named[0])} ${pick(verbs.en)} ${pick(subjects.en)} in ${pick(places.en)}`;
    // The generated sentence: registry names, a place, a number (which makes the text unique).
    const lead =
      lang === 'ru'
        ? `В ${pick(places.ru)} ${nameOf(named[0])} и ${nameOf(named[1])} ${pick(verbs.ru)} ${pick(subjects.ru)}. Тема сообщения № ${i + 1}: ${pick(subjects.ru)}.`
        : `In ${pick(places.en)}, ${nameOf(named[0])} and ${nameOf(named[1])} ${pick(verbs.en)} ${pick(subjects.en)}. The subject of report no. ${i + 1}: ${pick(subjects.en)}.`;
    const body = [lead];
    const count = between(2, lang === 'ru' ? 7 : 5);
    for (let k = 0; k < count; k++) body.push(pick(pools[lang]));

    const lines = [];
    const headlines = random() < 0.05 && titles.length >= 5;
    if (headlines) for (let k = 1; k <= 5; k++) lines.push(`  ${k}. ${titles[titles.length - k]}`);
    lines.push(title, '');
    for (const p of body) lines.push(p, '');
    const prompt = random() < 0.15;
    if (prompt) lines.push(pick(prompts[lang]), '');
    if (headlines || prompt) stats.boilerplate++;
    titles.push(title);

    const bytes = Buffer.from(`${lines.join('\n').trimEnd()}\n`, 'utf8');
    stats.bytes += bytes.length;
    const sha = createHash('sha256').update(bytes).digest('hex');
    const id = `${String(i + 1).padStart(width, '0')}_${sha.slice(0, 16)}`;
    writeFileSync(join(seedsDir, `${id}.txt`), bytes);
    const year = between(2015, 2025);
    const date = `${year}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;
    writeFileSync(
      join(contentDir, 'articles', `${id}.yaml`),
      `outlet: ${pick(outlets[lang])}\ndate:\n  value: "${date}"\n  precision: day\n  evidence: stated\n`,
    );
    if (markdown) {
      const front = `---\ntitle: ${JSON.stringify(title)}\nlang: ${lang}\ndate: "${date}"\n---\n\n`;
      writeFileSync(join(markdownDir, `${id}.md`), `${front}${body.join('\n\n')}\n`);
    }
  }
  return { n, dir, seedsDir, contentDir, markdownDir, ...stats };
}

/**
 * Corrects one article's sidecar (its outlet), as an editor would, for the incremental build. A published
 * capture is never edited: the build refuses a capture whose bytes changed (src/lib/permanence/).
 */
export function touchOneSidecar(archive) {
  const dir = join(archive.contentDir, 'articles');
  const files = readdirSync(dir).sort();
  const file = files[Math.floor(files.length / 2)];
  const path = join(dir, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^outlet: .*$/mu, 'outlet: Исправленное издание'));
  return file;
}

/** Writes a capture that is in no generated archive (its text names `k`), as an editor would bring one to ingest. */
export function newCapture(path, k) {
  writeFileSync(
    path,
    `Совет обсудил бюджет на ${2030 + k} год\n\n` +
      `Совет собрался во вторник, чтобы обсудить бюджет на ${2030 + k} год и планы по ремонту дорог в области; заседание номер ${k} длилось три часа.\n\n` +
      'Решения будут опубликованы позже на сайте администрации, сообщила пресс-служба совета.\n',
  );
  return path;
}
