import be from './be.ts';
import en from './en.ts';
import ru from './ru.ts';

/** Stop words (function words) of the archive's languages, as data: one list a language. */
const parse = (list: string) => new Set(list.split(/\s+/u).filter(Boolean));

export const stopwords = { ru: parse(ru), be: parse(be), en: parse(en) } as const;

/** Every language's stop words in one set: a line is measured against the language it is written in. */
export const anyStopword: ReadonlySet<string> = new Set([...stopwords.ru, ...stopwords.be, ...stopwords.en]);
