import type { UiLanguage } from './dates.ts';

/** Every interface string, in Russian (the default) and English. Article text is never translated. */
export const strings = {
  ru: {
    siteName: 'Летопись',
    siteTagline: 'Архив публикаций о белорусско-российском сотрудничестве в IT',
    skipToContent: 'Перейти к содержанию',
    home: 'Архив',
    articles: 'Статьи',
    latestArticles: 'Статьи, новые сверху',
    date: 'Дата',
    undated: 'без даты',
    outlet: 'Издание',
    unknownOutlet: 'издание неизвестно',
    author: 'Автор',
    language: 'Язык',
    languages: { ru: 'русский', en: 'английский', be: 'белорусский' },
    source: 'Оригинал публикации',
    sourceUnknown: 'адрес оригинала неизвестен',
    suppliedTitle: 'Заглавие дано редактором архива: в самой копии заглавия нет.',
    inferredDate: 'Дата установлена по косвенным признакам',
    paragraphAnchor: (n: number) => `Ссылка на абзац ${n}`,
    asCaptured: 'Как сохранено',
    asCapturedIntro: 'Исходная копия без изменений. Проверить её подлинность можно по контрольной сумме SHA-256.',
    captureFile: 'Файл копии',
    encoding: 'Кодировка',
    removedBlocks: 'Удалено при очистке',
    noneRemoved: 'Ничего не удалено.',
    lines: (from: number, to: number) => (from === to ? `строка ${from}` : `строки ${from}–${to}`),
    rawText: 'Текст копии',
    articleCount: (n: number) => `${n} ${plural(n, 'статья', 'статьи', 'статей')}`,
    footerNote: 'Статический архив: читается без сервера, ссылки постоянны.',
    version: 'Версия архива',
    built: 'Собрано',
    citeHeading: 'Как цитировать',
    citeAccessed: 'Дата обращения в ссылках —',
    citeBothCopies: 'Ссылки называют и оригинал публикации (издание, дата, адрес), и архивную копию (постоянный адрес в «Летописи»).',
    citeDownload: (ext: string) => `Скачать ${ext}`,
    citeParagraphHeading: 'Цитировать абзац',
    citeParagraphHelp: 'У каждого абзаца есть постоянный якорь: ссылка ¶ рядом с абзацем ведёт на адрес вида …/#p-N. Кнопка ❝ у абзаца даёт готовую цитату со ссылкой, например:',
    citeHowTo: 'Как цитировать архив',
  },
  en: {
    siteName: 'Letopis',
    siteTagline: 'An archive of reporting on Belarus–Russia IT cooperation',
    skipToContent: 'Skip to content',
    home: 'Archive',
    articles: 'Articles',
    latestArticles: 'Articles, newest first',
    date: 'Date',
    undated: 'undated',
    outlet: 'Outlet',
    unknownOutlet: 'outlet unknown',
    author: 'Author',
    language: 'Language',
    languages: { ru: 'Russian', en: 'English', be: 'Belarusian' },
    source: 'Original publication',
    sourceUnknown: 'original address unknown',
    suppliedTitle: 'Title supplied by the archive’s editor: the capture has none.',
    inferredDate: 'Date inferred from evidence',
    paragraphAnchor: (n: number) => `Link to paragraph ${n}`,
    asCaptured: 'As captured',
    asCapturedIntro: 'The capture, unchanged. Verify it with its SHA-256 checksum.',
    captureFile: 'Capture file',
    encoding: 'Encoding',
    removedBlocks: 'Removed when cleaning',
    noneRemoved: 'Nothing removed.',
    lines: (from: number, to: number) => (from === to ? `line ${from}` : `lines ${from}–${to}`),
    rawText: 'Capture text',
    articleCount: (n: number) => `${n} article${n === 1 ? '' : 's'}`,
    footerNote: 'A static archive: readable without a server, with permanent links.',
    version: 'Archive version',
    built: 'Built',
    citeHeading: 'Cite this article',
    citeAccessed: 'Access date in the references:',
    citeBothCopies: 'References name both the original publication (outlet, date, address) and the archived copy (its permanent address in Letopis).',
    citeDownload: (ext: string) => `Download ${ext}`,
    citeParagraphHeading: 'Cite a paragraph',
    citeParagraphHelp: 'Every paragraph has a permanent anchor: the ¶ link beside it leads to an address ending in #p-N. The ❝ button beside a paragraph gives a ready quotation with its reference, for example:',
    citeHowTo: 'How to cite this archive',
  },
} satisfies Record<UiLanguage, unknown>;

export type UiStrings = (typeof strings)['ru'];

/** Russian plural form for a count: 1 статья, 2 статьи, 5 статей. */
export function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

export function t(lang: UiLanguage): UiStrings {
  return strings[lang] as UiStrings;
}
