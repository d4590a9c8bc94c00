/**
 * Dictionary forms of Russian name parts where `az` does not give them directly: a woman's surname
 * (`az` files `Носковой` under the man's lemma `носков`), patronymics (whose `az` lemma is the father's
 * given name) and surnames missing from the dictionary. Suffix rules, longest first.
 */

type Rule = readonly [ending: string, replacement: string];

const maleSurname: readonly Rule[] = [
  ['ского', 'ский'],
  ['скому', 'ский'],
  ['ским', 'ский'],
  ['ском', 'ский'],
  ['цкого', 'цкий'],
  ['цкому', 'цкий'],
  ['цким', 'цкий'],
  ['цком', 'цкий'],
  ['ового', 'овой'],
  ['ому', 'ой'],
  ['овым', 'ов'],
  ['евым', 'ев'],
  ['ёвым', 'ёв'],
  ['иным', 'ин'],
  ['ыным', 'ын'],
  ['ова', 'ов'],
  ['ову', 'ов'],
  ['ове', 'ов'],
  ['ева', 'ев'],
  ['еву', 'ев'],
  ['еве', 'ев'],
  ['ёва', 'ёв'],
  ['ёву', 'ёв'],
  ['ина', 'ин'],
  ['ину', 'ин'],
  ['ине', 'ин'],
  ['ына', 'ын'],
  ['ыну', 'ын'],
  ['ича', 'ич'],
  ['ичу', 'ич'],
  ['ичем', 'ич'],
  ['иче', 'ич'],
];

const femaleSurname: readonly Rule[] = [
  ['ской', 'ская'],
  ['скую', 'ская'],
  ['цкой', 'цкая'],
  ['цкую', 'цкая'],
  ['овой', 'ова'],
  ['ову', 'ова'],
  ['евой', 'ева'],
  ['еву', 'ева'],
  ['ёвой', 'ёва'],
  ['иной', 'ина'],
  ['ину', 'ина'],
  ['ыной', 'ына'],
];

const patronymic: readonly Rule[] = [
  ['ичем', 'ич'],
  ['ича', 'ич'],
  ['ичу', 'ич'],
  ['иче', 'ич'],
  ['ичны', 'ична'],
  ['ичне', 'ична'],
  ['ичну', 'ична'],
  ['ичной', 'ична'],
  ['овны', 'овна'],
  ['овне', 'овна'],
  ['овну', 'овна'],
  ['овной', 'овна'],
  ['евны', 'евна'],
  ['евне', 'евна'],
  ['евну', 'евна'],
  ['евной', 'евна'],
];

function apply(word: string, rules: readonly Rule[]): string {
  const lower = word.toLocaleLowerCase('ru');
  for (const [ending, replacement] of rules) {
    if (lower.endsWith(ending) && lower.length > ending.length + 1)
      return word.slice(0, word.length - ending.length) + replacement;
  }
  return word;
}

/** A man's surname from the masculine lemma or an inflected form (`Лужкова` → `Лужков`). */
export function maleSurnameForm(word: string): string {
  return apply(word, maleSurname);
}

/** A woman's surname in the nominative (`Носковой` → `Носкова`; the masculine lemma `Носков` → `Носкова`). */
export function femaleSurnameForm(word: string): string {
  const lower = word.toLocaleLowerCase('ru');
  if (/(?:ов|ев|ёв|ин|ын)$/u.test(lower)) return `${word}а`;
  if (/(?:ский|цкий)$/u.test(lower)) return `${word.slice(0, -2)}ая`;
  return apply(word, femaleSurname);
}

/** A patronymic in the nominative (`Григорьевича` → `Григорьевич`, `Петровной` → `Петровна`). */
export function patronymicForm(word: string): string {
  return apply(word, patronymic);
}
