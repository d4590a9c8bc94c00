/**
 * Month names as news pages print them — Russian, Belarusian (Cyrillic and Łacinka) and English, with
 * nominative, genitive and abbreviated forms — and the words that tell a publication date from an update.
 * Data, not code: a form a page uses and this table lacks is added here.
 */

/** Exact month words (after lower-casing, a final dot removed) → number: every form a stem allows is listed so that "мая" matches but "марка" does not. */
const FORMS: Record<number, string[]> = {
  1: ['январь', 'января', 'янв', 'студзень', 'студзеня', 'студз', 'january', 'jan', 'studzień', 'studzienia'],
  2: ['февраль', 'февраля', 'фев', 'февр', 'люты', 'лютага', 'лют', 'february', 'feb', 'luty', 'lutaha'],
  3: ['март', 'марта', 'мар', 'сакавік', 'сакавіка', 'сак', 'march', 'mar', 'sakavik', 'sakavika'],
  4: ['апрель', 'апреля', 'апр', 'красавік', 'красавіка', 'крас', 'april', 'apr', 'krasavik', 'krasavika'],
  5: ['май', 'мая', 'травень', 'траўня', 'трав', 'may', 'travień', 'traŭnia'],
  6: ['июнь', 'июня', 'июн', 'чэрвень', 'чэрвеня', 'чэрв', 'june', 'jun', 'červień', 'červienia'],
  7: ['июль', 'июля', 'июл', 'ліпень', 'ліпеня', 'ліп', 'july', 'jul', 'lipień', 'lipienia'],
  8: ['август', 'августа', 'авг', 'жнівень', 'жніўня', 'жнів', 'august', 'aug', 'žnivień', 'žniŭnia'],
  9: [
    'сентябрь',
    'сентября',
    'сент',
    'сен',
    'верасень',
    'верасня',
    'вер',
    'september',
    'sept',
    'sep',
    'vierasień',
    'vieraśnia',
  ],
  10: ['октябрь', 'октября', 'окт', 'кастрычнік', 'кастрычніка', 'каст', 'october', 'oct', 'kastryčnik', 'kastryčnika'],
  11: ['ноябрь', 'ноября', 'нояб', 'ноя', 'лістапад', 'лістапада', 'ліст', 'november', 'nov', 'listapad', 'listapada'],
  12: ['декабрь', 'декабря', 'дек', 'снежань', 'снежня', 'снеж', 'december', 'dec', 'śniežań', 'śniežnia'],
};

/** Lower-cased month word → month number. */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map(
  Object.entries(FORMS).flatMap(([n, words]) => words.map((w) => [w, Number(n)] as const)),
);

/** One alternation of every month word, longest first, for use in a regular expression. */
export const MONTH_PATTERN = [...MONTH_WORDS.keys()].sort((a, b) => b.length - a.length).join('|');

/** Words that say the date next to them is when the article was changed, not published. */
export const UPDATED_WORDS =
  /(?:обновлен|изменен|отредактирован|абноўлен|зменен|updated|modified|edited|revised|revision|last change)/iu;
/** Words that say the date next to them is the publication. */
export const PUBLISHED_WORDS =
  /(?:опубликован|публикац|дата публикации|размещен|апублікаван|published|posted|released|first published)/iu;
