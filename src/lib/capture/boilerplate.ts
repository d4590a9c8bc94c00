import { MONTH_PATTERN } from './date/months.ts';
import type { RemovalReason } from './schema.ts';

/**
 * What the block classifier cannot tell from a line's shape alone, as data: lines that are a site's
 * furniture whatever their neighbours (a date and time on its own, a currency ticker, a counter, a
 * "back to top" link, a copyright notice, the heading of a site's list of other stories). Each pattern
 * is matched against one trimmed line, Unicode-aware (`\b` does not see Cyrillic word ends).
 */

const START = '(?<![\\p{L}\\p{N}])';

/** Month names and abbreviations, Russian (both cases), Belarusian (both cases, Łacinka too) and English: the date table's (date/months.ts) and their other inflections. */
export const MONTHS = [
  MONTH_PATTERN,
  // Inflections the date table leaves out on purpose (a date line is matched, not read), and older spellings.
  'январ[ьяе]',
  'феврал[ьяе]',
  'март[а]?',
  'апрел[ьяе]',
  'ма[йяе]',
  'июн[ьяе]',
  'июл[ьяе]',
  'август[а]?',
  'сентябр[ьяе]',
  'октябр[ьяе]',
  'ноябр[ьяе]',
  'декабр[ьяе]',
  'студзен[ья]',
  'лют[ага]?',
  'сакавік[а]?',
  'красавік[а]?',
  'трав[еняь]+',
  'чэрв[еня]+',
  'ліп[еняь]+',
  'жнів[еняь]+',
  'верас[ень]*н?[я]?',
  'кастрычнік[а]?',
  'лістапад[а]?',
  'снеж[аня]+',
  'сьнеж[аня]+',
].join('|');

const WEEKDAYS = [
  'понедельник',
  'вторник',
  'среда',
  'четверг',
  'пятница',
  'суббота',
  'воскресенье',
  'пн',
  'вт',
  'ср',
  'чт',
  'пт',
  'сб',
  'вс',
  'панядзелак',
  'аўторак',
  'серада',
  'чацвер',
  'пятніца',
  'субота',
  'нядзеля',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'сегодня',
  'вчера',
  'сёння',
  'учора',
  'today',
  'yesterday',
].join('|');

/** Words that label a date line ("Опубликовано:", "Updated"), not article text. */
const DATE_LABELS = [
  'опубликовано',
  'обновлено',
  'дата публикации',
  'дата',
  'время',
  'апублікавана',
  'абноўлена',
  'posted',
  'published',
  'updated',
  'last updated',
  'on',
  'at',
  'в',
  'г',
  'года',
  'год',
  'гг',
  'am',
  'pm',
  'msk',
  'мск',
  'utc',
  'gmt',
].join('|');

/** A date or time token, once the line is split at spaces and separators: numeric forms, month names, weekdays, labels. */
const dateToken = new RegExp(
  [
    '\\d{1,4}',
    '\\d{1,2}[.:/-]\\d{1,2}(?:[.:/-]\\d{2,4})?(?:[.:]\\d{2})?',
    '\\d{4}-\\d{2}-\\d{2}(?:t[\\d:.+z-]+)?',
    `(?:${MONTHS})\\.?`,
    `(?:${WEEKDAYS})`,
    `(?:${DATE_LABELS})`,
    '(?:мин|минут[уы]?|час(?:а|ов)?|хв|гадз|min(?:ute)?s?|hours?|h|назад|таму|ago|публикации|last)\\.?',
  ]
    .join('|')
    .replace(/^/u, '^(?:')
    .concat(')[.:]?$'),
  'iu',
);

/** A line made of nothing but date and time tokens and separators ("3 апреля 2021, 10:15", "Posted: 12.04.2021 10:15"). */
export function isDateTimeLine(line: string): boolean {
  if (line.length > 80) return false;
  if (!/\d/.test(line) && !/(?:сегодня|вчера|сёння|учора|today|yesterday)/iu.test(line)) return false;
  // Token by token, so that a line of prose fails at its first word instead of after a scan of the whole line.
  for (const token of line.split(/[\s,;|/•·—–()[\]]+/)) {
    if (token !== '' && !dateToken.test(token)) return false;
  }
  return true;
}

/** A line that is one of the site's own fixtures, with the reason shown on the page. */
export interface FurnitureRule {
  id: string;
  reason: RemovalReason;
  pattern: RegExp;
  maxLength: number;
}

const words = (list: string[]) => `(?:${list.join('|')})`;

export const furnitureRules: readonly FurnitureRule[] = [
  {
    id: 'ticker',
    reason: { ru: 'курсы валют или котировки (строка сайта)', en: 'currency or market ticker (site furniture)' },
    pattern: new RegExp(
      `^(?:(?:${words(['usd', 'eur', 'rub', 'byn', 'byr', 'gbp', 'cny', 'pln', 'uah', 'kzt', 'jpy', 'chf', 'brent', 'wti', 'btc', 'нефть', 'золото', 'доллар', 'евро', 'юань', 'рубль', '\\$', '€', '£', '₽'])})\\s*[:=]?\\s*[+−-]?\\d+(?:[.,]\\d+)?\\s*(?:[+−-]?\\d+(?:[.,]\\d+)?%?|[▲▼↑↓])?[\\s|•·/,;]*)+$`,
      'iu',
    ),
    maxLength: 160,
  },
  {
    id: 'counter',
    reason: { ru: 'счётчик (комментарии, просмотры)', en: 'counter (comments, views)' },
    pattern: new RegExp(
      `^(?:(?:${words(['комментарии', 'комментариев', 'комментария', 'комментарий', 'каментары', 'каментарыяў', 'просмотров', 'просмотры', 'просмотра', 'прагляды', 'праглядаў', 'comments?', 'views?', 'shares?', 'likes?', 'нравится', 'репост', 'репостов', 'reads?', 'читать', 'мин чтения', 'min read', 'minutes? read'])})\\s*:?\\s*\\d[\\d\\s.,k]*|\\d[\\d\\s.,k]*\\s*(?:${words(['комментари(?:ев|я|й|и)', 'каментар(?:ыяў|ыі|ы)', 'просмотр(?:ов|а)?', 'прагляд(?:аў|ы)?', 'comments?', 'views?', 'shares?', 'likes?', 'min(?:ute)?s? read', 'мин(?:ут[аы]?)? чтения', 'хв(?:ілін)? чытання'])})|[👁💬❤️🔥\\s\\d.,k]+)$`,
      'iu',
    ),
    maxLength: 60,
  },
  {
    id: 'site-link',
    reason: {
      ru: 'ссылка сайта (наверх, все новости, читать далее)',
      en: 'site link (back to top, all news, read more)',
    },
    pattern: new RegExp(
      `^(?:${words([
        'наверх',
        'вверх',
        'назад',
        'далее',
        'читать далее',
        'читать полностью',
        'подробнее',
        'ещё',
        'еще',
        'показать ещё',
        'показать еще',
        'загрузить ещё',
        'все новости',
        'вся лента',
        'лента новостей',
        'все материалы',
        'главная',
        'главное',
        'новости',
        'рубрики',
        'меню',
        'поиск',
        'войти',
        'вход',
        'регистрация',
        'версия для печати',
        'распечатать',
        'печать',
        'обсудить',
        'в избранное',
        'ошибка в тексте\\??',
        'уверх',
        'усе навіны',
        'навіны',
        'галоўная',
        'чытаць далей',
        'падрабязней',
        'пошук',
        'меню',
        'лінкі ўнівэрсальнага доступу',
        'ссылки универсального доступа',
        'перейти к (?:основному )?(?:содержанию|контенту)',
        'accessibility links',
        'skip to (?:main )?content',
        'jump to content',
        'skip navigation',
        'back to top',
        'top',
        'all news',
        'more news',
        'read more',
        'continue reading',
        'home',
        'menu',
        'search',
        'sign in',
        'log in',
        'subscribe',
        'print',
        'next',
        'previous',
        'more',
        'latest news',
        'news',
      ])})\\s*[›»>→↑▲]*$`,
      'iu',
    ),
    maxLength: 50,
  },
  {
    id: 'contacts',
    reason: {
      ru: 'контакты редакции или учреждения (адрес, телефон, почта)',
      en: 'contact details (address, phone, e-mail)',
    },
    pattern:
      /^(?:ad+ress|адрес|адрас|phone|tel|telephone|fax|e-?mail|тел|телефон|факс|эл\.? ?почта|operating mode|режим работы|рэжым працы)\.?\s*(?:«[^»]*»\s*)?:|^(?:phone|tel|fax|тел|телефон|факс|тэл)\.?\s*:?\s*\+?\d|^\+?\d[\d\s()-]{6,}\d$|^\d{5,6},|,\s*\d{5,6}(?:,|$)/iu,
    maxLength: 120,
  },
  {
    id: 'reader-appeal',
    reason: {
      ru: 'обращение сайта к читателям (прислать новость, сообщить об ошибке)',
      en: "the site's appeal to readers (send news, report an error)",
    },
    pattern:
      /^(?:если вы (?:стали свидетелем|стали очевидцем|заметили|хотите сообщить)|есть (?:новость|тема)\??|присылайте (?:новости|фото|видео)|сообщите (?:нам|в редакцию)|калі вы (?:сталі сведкам|заўважылі)|дасылайце|have a (?:news )?tip\??|send us your)/iu,
    maxLength: 300,
  },
  {
    id: 'breadcrumb',
    reason: { ru: 'навигационная цепочка сайта', en: "the site's breadcrumb trail" },
    pattern:
      /^(?:posted in|filed under|опубликовано в рубрике|рубрика:?)\s+\p{L}[\p{L} ,&-]{0,40}$|^(?:home(?:\s*page)?|главная(?:\s+страница)?|галоўная(?:\s+старонка)?|новости|навіны|news)(?:\s*[›»>/|•·→-]?\s*\p{L}[\p{L}-]*){0,5}$/iu,
    maxLength: 80,
  },
  {
    id: 'photo-credit',
    reason: { ru: 'подпись или автор фотографии', en: 'photo caption or credit' },
    pattern:
      /^\([^()]{1,60}\)$|^(?:credit|camera icon|image|picture|фото(?:граф)?|photo)\s*:\s*[^.!?]{1,60}$|^(?:credit|camera icon)/iu,
    maxLength: 120,
  },
  {
    id: 'language-switch',
    reason: { ru: 'переключатель языка сайта', en: "the site's language switch" },
    pattern:
      /^(?:(?:ru|en|by|be|bel|рус|бел|eng|de|pl|ua|укр|русский|беларуская|english|бел\.|рус\.)\s*[|/•·,]?\s*){2,6}$/iu,
    maxLength: 60,
  },
  {
    id: 'copyright',
    reason: {
      ru: 'авторское право и правила перепечатки (подвал сайта)',
      en: 'copyright and reuse notice (site footer)',
    },
    pattern: new RegExp(
      [
        '^©',
        '^\\(c\\)\\s',
        '^copyright',
        `${START}all rights reserved\\.?$`,
        `${START}все права (?:защищены|охраняются)\\.?$`,
        `${START}усе правы абаронены\\.?$`,
        '^dmca',
        '^(?:при|в случае) (?:полном или частичном )?(?:использовании|копировании|цитировании|перепечатке) материалов',
        '^перепечатка',
        '^пры (?:выкарыстанні|капіраванні) матэрыялаў',
        '^(?:any )?(?:reproduction|republication|use) of (?:these |the )?materials?',
        '^(?:18|16|12|6|0)\\+$',
        '^privacy policy',
        '^terms of (?:use|service)',
        '^политика конфиденциальности',
        '^пользовательское соглашение',
        '^свидетельство о регистрации (?:сми|средства)',
        '^сетевое издание',
        '^главный редактор:',
        '^(?:this site|this website|we) uses? cookies',
        '^(?:сайт|мы) использу[ею]т (?:файлы )?cookie',
        '^if you (?:have )?f(?:ou|i)nd a (?:spelling )?(?:error|mistake|typo)',
        '^нашли (?:ошибку|опечатку)',
        '^(?:если вы )?(?:заметили|нашли) (?:ошибку|опечатку)',
        '^выделите (?:её|ее|фрагмент|текст)',
      ].join('|'),
      'iu',
    ),
    maxLength: 250,
  },
  {
    id: 'section-heading',
    reason: {
      ru: 'заголовок раздела сайта (другие материалы)',
      en: "heading of the site's own section (other stories)",
    },
    pattern: new RegExp(
      `^(?:${words([
        'популярн(?:ое|ые новости)(?: за (?:сутки|неделю|день))?',
        'самое (?:читаемое|популярное|интересное|важное)',
        'читайте (?:также|нас|ещё|еще)(?: в [\\p{L} ]+)?',
        'смотрите также',
        'по теме',
        'похожие (?:новости|материалы|статьи)',
        'другие (?:новости|материалы)(?: [\\p{L} ]+)?',
        'ещё по теме',
        'еще по теме',
        'новости партн[её]ров',
        'реклама',
        'последние новости',
        'главные новости',
        'новости по теме',
        'материалы по теме',
        'выбор редакции',
        'лента новостей',
        'теги',
        'метки',
        'темы',
        'рекомендуем',
        'вам может быть интересно',
        'в других сми',
        'новости компаний',
        'хроника',
        'чытайце таксама',
        'па тэме',
        'іншыя навіны',
        'апошнія навіны',
        'галоўныя навіны',
        'папулярнае',
        'рэклама',
        'related(?: (?:news|stories|articles|posts))?',
        'read (?:also|more)',
        'see also',
        'more (?:from|on) [\\p{L} ]+',
        'other materials(?: of [\\p{L} ]+)?',
        'most (?:read|popular|viewed)',
        'popular(?: news| stories)?',
        'trending(?: now)?',
        'latest(?: news| stories)?',
        "editor'?s picks?",
        'advertisement',
        'sponsored(?: content)?',
        'tags',
        'topics',
        'you may also like',
        'recommended(?: for you)?',
        'top stories',
      ])})\\s*[:.…»›]*$`,
      'iu',
    ),
    maxLength: 70,
  },
];

/** A short line that names a time or date and then a headline (a site's feed: "10:15 Another story"). */
export const timedHeadline =
  /^(?:\d{1,2}:\d{2}|\d{1,2}\.\d{1,2}(?:\.\d{2,4})?(?:,?\s+\d{1,2}:\d{2})?)\s+\S.{5,160}$|^\S.{5,160}\s(?:\d{1,2}:\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4})$/u;

/** Removal reasons of the classifier's own verdicts. */
export const classifierReasons = {
  'date-line': {
    ru: 'строка даты и времени (дата публикации в метаданных, не в тексте)',
    en: 'date and time line (the date belongs to the metadata, not the text)',
  },
  'timed-headlines': { ru: 'лента заголовков сайта со временем', en: "the site's feed of headlines with their times" },
  'headline-list': { ru: 'список заголовков других материалов', en: 'list of headlines of other stories' },
  'after-article': {
    ru: 'материалы сайта после статьи (похожие, популярные)',
    en: "the site's own stories after the article (related, popular)",
  },
  'before-headline': { ru: 'шапка сайта над заголовком', en: "the site's header above the headline" },
  'boilerplate-text': {
    ru: 'короткие строки без связного текста вокруг статьи (классификатор блоков)',
    en: 'short lines with no running text around the article (block classifier)',
  },
} satisfies Record<string, RemovalReason>;
