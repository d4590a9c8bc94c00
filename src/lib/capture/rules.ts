/**
 * Boilerplate rules, as data. Each rule names what it removes and why; the cleaner applies them.
 * Patterns are matched against one trimmed line and are Unicode-aware: JS `\b` does not see
 * Cyrillic word boundaries, so word ends are written `(?![\p{L}\p{N}])`.
 */

import type { RemovalReason } from './schema.ts';

/** A rule that recognises one boilerplate line on its own. */
export interface LineRule {
  /** Stable id, recorded with every block it removes. */
  id: string;
  reason: RemovalReason;
  /** Matched against the trimmed line. */
  pattern: RegExp;
  /** Lines longer than this are article text, whatever they start with. */
  maxLength: number;
}

const END = '(?![\\p{L}\\p{N}])';

/** Lines that ask the reader to follow, subscribe, share or support: in Russian, Belarusian and English. */
export const lineRules: readonly LineRule[] = [
  {
    id: 'social-prompt',
    reason: { ru: 'призыв подписаться или поделиться', en: 'prompt to subscribe, follow or share' },
    pattern: new RegExp(
      [
        '^(?:подписывайтесь|подпишитесь|подписаться|подпісвайцеся|падпісвайцеся|падпішыцеся|падпісацца)' + END,
        '^(?:присоединяйтесь|читайте нас|следите за нами|мы в (?:соц\\.?\\s?сетях|социальных сетях|telegram|телеграм)|мы ў сацсетках|мы ў сацыяльных сетках)' +
          END,
        '^(?:наш|наша страница|наш канал)\\s+(?:в|у)\\s+\\p{L}+$',
        '^(?:поделиться|поделитесь|падзяліцца|share|share this|share on|follow us|subscribe|sign up for our newsletter)' +
          END,
        '^(?:vk|вконтакте|telegram|телеграм|facebook|twitter|x|instagram|youtube|ok|одноклассники|viber|whatsapp)(?:[\\s,|·•]+(?:vk|вконтакте|telegram|телеграм|facebook|twitter|x|instagram|youtube|ok|одноклассники|viber|whatsapp))*$',
      ].join('|'),
      'iu',
    ),
    maxLength: 90,
  },
  {
    id: 'comment-prompt',
    reason: { ru: 'форма комментариев', en: 'comment form' },
    pattern: new RegExp(
      '^(?:leave a (?:reply|comment)|add a comment|post a comment|comments?(?:\\s*\\(\\d+\\))?|\\d+\\s+comments?|' +
        'оставить комментарий|оставьте комментарий|добавить комментарий|написать комментарий|комментарии(?:\\s*\\(\\d+\\))?|' +
        'пакінуць каментар|каментары(?:\\s*\\(\\d+\\))?|ваш e-?mail не будет опубликован\\.?|your email address will not be published\\.?)$',
      'iu',
    ),
    maxLength: 80,
  },
  {
    id: 'support-prompt',
    reason: { ru: 'просьба поддержать редакцию', en: 'request to support the newsroom' },
    pattern: new RegExp(
      '^(?:поддержать|поддержите|падтрымаць|падтрымайце|support us|support|donate)(?:\\s+[\\p{L}-]+){0,3}$',
      'iu',
    ),
    maxLength: 60,
  },
  {
    id: 'see-also',
    reason: { ru: 'ссылка на другой материал сайта', en: "link to another of the site's stories" },
    // "Читайте материал «…»", "Read also: …": a pointer to another story, its title quoted or after a colon.
    pattern: new RegExp(
      '^(?:читайте|смотрите|чытайце|глядзіце)(?: (?:также|тоже|ещё|еще|материал|таксама|матэрыял))+\\s*[:«"“„]|' +
        '^(?:read|see|watch)(?: (?:also|more))+\\s*:',
      'iu',
    ),
    maxLength: 250,
  },
  {
    id: 'print-edition',
    reason: { ru: 'сведения о выпуске печатной газеты', en: "the printed paper's issue details" },
    pattern: new RegExp(
      '^(?:опубликован[оа]? в газете .*№\\s*\\d+|заголовок в газете:|апублікаваны? ў газеце .*№\\s*\\d+|загаловак у газеце:)',
      'iu',
    ),
    maxLength: 250,
  },
];

/** A numbered item of a site's own list (most read, related): `1. …`, `2) …`. */
export const numberedItem = /^\s*(\d{1,2})[.)]\s+\S/u;

/** A horizontal rule that starts a capture tool's footer. */
export const footerRule = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/u;

/** A line of a capture tool's footer: the source label or the URL itself. */
export const footerLine =
  /^(?:\**(?:source(?: url)?|url|original|источник|оригинал|крыніца)\s*:?\**\s*:?\s*)?<?https?:\/\/\S+>?$|^\**(?:source(?: url)?|url|original|источник|оригинал|крыніца)\s*:?\**\s*:?$/iu;

/** Removal reasons of the block rules, which look at more than one line. */
export const blockReasons = {
  'numbered-headlines': {
    ru: 'нумерованный список заголовков сайта (самое читаемое), не часть статьи',
    en: "the site's numbered list of headlines (most read), not part of the article",
  },
  'site-navigation': { ru: 'навигация сайта', en: 'site navigation' },
  'repeated-title': { ru: 'повтор заголовка', en: 'title repeated' },
  'duplicate-line': {
    ru: 'повтор строки (подпись к фото продублирована при сохранении)',
    en: 'line repeated (doubled when captured)',
  },
  'capture-footer': {
    ru: 'служебная подпись инструмента сохранения (адрес источника вынесен в метаданные)',
    en: "capture tool's footer (the source URL became metadata)",
  },
} satisfies Record<string, RemovalReason>;
export type BlockRuleId = keyof typeof blockReasons;

/** A line is headline-like when it is short and reads as one sentence or less. */
export const MAX_HEADLINE_LENGTH = 250;
/** Navigation lines are a few words without sentence punctuation. */
export const MAX_NAVIGATION_WORDS = 5;
