/**
 * Words that introduce or attribute direct speech, as data. Matching is on the folded word form
 * (lower case, `ё` → `е`), so each form is listed: masculine, feminine, plural, present.
 */

/** Russian verbs of speech, past masculine forms and their irregular feminine/plural forms. */
const russianMasculine = [
  'заявил',
  'сказал',
  'рассказал',
  'отметил',
  'подчеркнул',
  'заметил',
  'пояснил',
  'добавил',
  'подытожил',
  'приветствовал',
  'сообщил',
  'уточнил',
  'указал',
  'заверил',
  'напомнил',
  'констатировал',
  'резюмировал',
  'ответил',
  'спросил',
  'продолжил',
  'призвал',
  'объяснил',
  'признал',
  'предупредил',
  'возразил',
  'парировал',
  'посетовал',
  'пошутил',
  'акцентировал',
  'сформулировал',
  'прокомментировал',
  'высказал',
  'говорил',
  'обещал',
  'пообещал',
  'убеждал',
];
const russianIrregular = [
  'предрек',
  'предрекла',
  'предрекли',
  'признался',
  'призналась',
  'признались',
  'поделился',
  'поделилась',
  'поделились',
  'удивился',
  'удивилась',
  'возмутился',
  'возмутилась',
  'говорит',
  'говорят',
  'считает',
  'считают',
  'отмечает',
  'подчеркивает',
  'заявляет',
  'уверен',
  'уверена',
];

/** English verbs of speech. */
const english = [
  'said',
  'says',
  'noted',
  'notes',
  'stated',
  'states',
  'added',
  'adds',
  'explained',
  'stressed',
  'emphasized',
  'emphasised',
  'told',
  'remarked',
  'declared',
  'announced',
  'concluded',
  'observed',
  'continued',
  'asked',
  'replied',
  'underlined',
  'pointed',
];

/** Every verb form that attributes a quote (`— заявил Попков`, `— сказала она`, `he said`). */
export const speechVerbs: ReadonlySet<string> = new Set([
  ...russianMasculine.flatMap((v) => [v, `${v}а`, `${v}и`]),
  ...russianIrregular,
  ...english,
]);

/**
 * Words that mark a paragraph as the narrator's rather than a speaker's: reporting verbs and the
 * like. Used to end a quotation introduced by a label (`Alexander Lukashenko, President of Belarus:`).
 */
export const narrativeWords: ReadonlySet<string> = new Set([
  ...speechVerbs,
  'agreed',
  'according',
  'договорились',
  'сообщает',
  'сообщили',
  'по словам',
  'стороны',
  'parties',
]);

/**
 * Words that stand for a person already named: pronouns and titles (`— сказал он`, `— подытожил премьер`,
 * `— подчеркнул Министр связи…`; English `the`/`prime` before a title is skipped). A quote attributed this way goes to the last person named before it.
 */
export const anaphoricSpeakers: ReadonlySet<string> = new Set([
  'он',
  'она',
  'премьер',
  'министр',
  'глава',
  'председатель',
  'президент',
  'посол',
  'лидер',
  'руководитель',
  'спикер',
  'вице',
  'губернатор',
  'мэр',
  'политик',
  'дипломат',
  'собеседник',
  'he',
  'she',
  'president',
  'minister',
  'premier',
  'ambassador',
  'leader',
  'head',
]);
