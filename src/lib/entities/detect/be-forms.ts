/**
 * Belarusian nominative forms by suffix rules, without a dictionary: an organization's name by its head
 * (`Савету міністраў Беларусі` → `Савет міністраў Беларусі`, `Усебеларускага народнага сходу` →
 * `Усебеларускі народны сход`) and a woman's name (`Надзеі Ермаковай` → `Надзея Ермакова`).
 */

/** Head stems (lower case) and their nominative; the gender follows from the nominative's ending. */
const heads: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(міністэрств|агенцтв|ведамств|пасольств|выдавецтв|аб'яднанн|упраўленн)[аеуам]*$/u, '$1а'],
  [/^(кампані|адміністрацы|арганізацы|асацыяцы|карпарацы|акадэмі|камісі|парты)(?:і|ю|яй|я)$/u, '$1я'],
  [/^(служб|палат|газет|пракуратур|рад)(?:ы|е|у|ай|а|і)$/u, '$1а'],
  [
    /^(урад|камітэт|саюз|парк|банк|універсітэт|інстытут|савет|фонд|парламент|суд|цэнтр|сход|еўрасаюз|тэлеканал|аддзел)(?:а|у|ам|е|ы|ом)?$/u,
    '$1',
  ],
];

/** The nominative of a head word, or undefined when it is no head. */
function headNominative(word: string): string | undefined {
  const lower = word.toLocaleLowerCase('be');
  for (const [re, to] of heads) {
    if (!re.test(lower)) continue;
    const form = lower.replace(re, to).replace(/аа$/u, 'а');
    return word.charAt(0) === lower.charAt(0) ? form : form.charAt(0).toLocaleUpperCase('be') + form.slice(1);
  }
  return undefined;
}

/** An adjective in the nominative agreeing with a head of `gender`. */
function adjectiveNominative(word: string, gender: 'masc' | 'femn' | 'neut'): string {
  const m = /^(.*?)(ага|аму|ым|ім|ом|ай|ой|ую|ая|ае|ы|і)$/u.exec(word);
  if (!m) return word;
  const stem = m[1];
  if (gender === 'femn') return `${stem}ая`;
  if (gender === 'neut') return `${stem}ае`;
  return `${stem}${/[кгх]$/u.test(stem) ? 'і' : 'ы'}`;
}

/**
 * The nominative of an organization's name written `words`: the adjectives before its head agree with the
 * head put in the nominative; what follows the head (a genitive tail) stays as written.
 */
export function organizationNominative(words: readonly string[]): string {
  const at = words.findIndex((w) => headNominative(w) !== undefined);
  if (at < 0) return words.join(' ');
  const head = headNominative(words[at])!;
  const gender = /(?:ства|цтва|нне|нні)$/u.test(head) ? 'neut' : /[ая]$/u.test(head) ? 'femn' : 'masc';
  const before = words.slice(0, at).map((w) => adjectiveNominative(w, gender));
  const name = [...before, head, ...words.slice(at + 1)].join(' ');
  return name.charAt(0).toLocaleUpperCase('be') + name.slice(1);
}

/**
 * A woman's given name and surname in the nominative when their forms show a woman (`Надзею Ермакову`,
 * `Надзеі Ермаковай` → `Надзея Ермакова`); undefined otherwise.
 */
export function femaleName(given: string, surname: string): { given: string; surname: string } | undefined {
  const female = /^(.*(?:ов|ав|ёв|ев|ін|ын))(?:ай|ой|ую|у|а)$/u.exec(surname);
  if (!female || !/(?:ю|і|ай|яй|у|а|я)$/u.test(given) || /[бвгджзклмнпрстфхцчшў]$/u.test(given)) return undefined;
  // The given name must read as a woman's: `Надзею`, `Надзеі`, `Ганну`, `Вольгай`, not `Івана`.
  if (/(?<=[бвгджзклмнпрстфхцчшў])а$/u.test(given) && !/(?:ай|ой)$/u.test(surname)) return undefined;
  const nominative = given
    .replace(/(?<=[аеёіоуыэюя])(?:ю|і|яй)$/u, 'я')
    .replace(/(?<=[бвгджзклмнпрстфхцчшў])(?:у|ай|ы|е)$/u, 'а');
  return { given: nominative, surname: `${female[1]}а` };
}
