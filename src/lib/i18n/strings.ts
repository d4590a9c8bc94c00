import { currentIdentity, identityText } from '../identity/current.ts';
import type { ArchiveIdentity } from '../identity/schema.ts';
import type { UiLanguage } from './dates.ts';

/**
 * Every interface string, in Russian (the default) and English. Article text is never translated.
 * The archive's own words — its name, tagline, description, search example — are not here but in
 * content/archive.yaml; `t()` puts them in (`siteName`, `siteTagline`, `homeIntro`, …).
 */
export const strings = {
  ru: {
    siteName: '',
    siteTagline: '',
    skipToContent: 'Перейти к содержанию',
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
    asCapturedIntro:
      'Исходная копия без изменений — в файле копии; проверить её подлинность можно по контрольной сумме SHA-256. Ниже — что убрано из неё при чтении и почему.',
    captureFile: 'Файл копии',
    encoding: 'Кодировка',
    removedBlocks: 'Удалено при очистке',
    noneRemoved: 'Ничего не удалено.',
    lines: (from: number, to: number) => (from === to ? `строка ${from}` : `строки ${from}–${to}`),
    moreLines: (n: number) => `…и ещё ${n} ${plural(n, 'строка', 'строки', 'строк')} — в файле копии.`,
    articleCount: (n: number) => `${n} ${plural(n, 'статья', 'статьи', 'статей')}`,
    footerNote: 'Статический архив: читается без сервера, ссылки постоянны.',
    previewNotice:
      'Предварительная сборка: у архива ещё нет публичного адреса (site в content/archive.yaml), поэтому ссылки и цитаты ведут на локальный просмотр. Не публикуйте эту сборку.',
    // search — plain strings only: they are handed to the browser script as JSON.
    search: {
      label: 'Поиск по архиву',
      placeholder: 'Имя, название, слово…',
      submit: 'Найти',
      shortcut: 'Клавиша «/» переводит фокус в поле поиска',
      title: 'Поиск',
      filters: 'Уточнить',
      any: 'все',
      facets: {
        kind: 'Тип',
        language: 'Язык',
        year: 'Год',
        outlet: 'Издание',
        person: 'Персона',
        organization: 'Организация',
        event: 'Событие',
        place: 'Место',
        topic: 'Тема',
      },
      kinds: {
        article: 'статья',
        person: 'персона',
        organization: 'организация',
        event: 'событие',
        place: 'место',
        topic: 'тема',
      },
      sort: 'Порядок',
      sortRelevance: 'сначала точные совпадения',
      sortNewest: 'сначала новые',
      sortOldest: 'сначала старые',
      results: 'Найдено результатов: {n}',
      searching: 'Идёт поиск…',
      enterQuery: 'Введите слово, имя или сокращение.',
      nothing: 'По запросу «{q}» ничего не найдено.',
      suggestions: [
        'Проверьте написание или введите только фамилию.',
        'Имена и сокращения из реестра архива ищутся на обоих языках.',
        'Сбросьте фильтры: они могли отсечь нужное.',
      ],
      clearFilters: 'Сбросить фильтры',
      more: 'Показать ещё',
      paragraph: 'абзац {n}',
      matchedName: 'Найдено по имени: {names}',
      failed:
        'Поиск не загрузился. Он работает, когда архив открыт через веб-сервер (npm start), а не как файл с диска.',
      noScript:
        'Поиск идёт прямо в браузере, без сервера, и для него нужен JavaScript: в этом браузере он выключен, поэтому запрос не выполнен. Всё, что есть в архиве, открывается и по спискам:',
    },
    version: 'Версия архива',
    built: 'Собрано',
    citeHeading: 'Как цитировать',
    citeAccessed: 'Дата обращения в ссылках —',
    /** After the capture day, as built (cite.ts hides it when it puts today's date). */
    citeAccessedCaptured: ' (день, когда снята копия: с тех пор она не менялась)',
    citeAccessedUnknown: 'не указана: день, когда снята копия, неизвестен',
    citeBothCopies:
      'Ссылки называют и оригинал публикации (издание, дата, адрес), и архивную копию (её постоянный адрес в архиве).',
    citeDownload: (ext: string) => `Скачать ${ext}`,
    citeParagraphHeading: 'Цитировать абзац',
    citeParagraphHelp:
      'У каждого абзаца есть постоянный якорь: ссылка ¶ в конце абзаца ведёт на адрес вида …/#p-N. Так абзац цитируют с этим адресом:',
    citeParagraphButton:
      'Кнопка ❝ рядом со ссылкой ¶ даёт готовую цитату абзаца во всех форматах выше (с клавиатуры — стрелка вправо со ссылки ¶).',
    citeWithoutScript:
      'Без JavaScript работают ссылки ¶ на абзацы, ссылки ГОСТ и APA выше и файлы для менеджеров ссылок; кнопки ❝ и «Копировать» появляются, когда JavaScript включён.',
    paragraphKeys: 'Стрелка вправо — цитировать абзац',
    onThisPage: 'На этой странице',
    citeHowTo: 'Как цитировать архив',
    // registry: entity, topic and timeline pages
    nav: {
      archive: 'Архив',
      topics: 'Темы',
      people: 'Люди',
      organizations: 'Организации',
      events: 'События',
      places: 'Места',
      timeline: 'Хронология',
      search: 'Поиск',
      about: 'Об архиве',
      cite: 'Как цитировать',
    },
    breadcrumbs: 'Навигационная цепочка',
    mainNavigation: 'Разделы архива',
    kinds: {
      people: {
        one: 'Персона',
        many: 'Люди',
        intro: 'Люди, которых называют статьи архива: у каждого — все абзацы, где о нём говорится, и его цитаты.',
      },
      organizations: {
        one: 'Организация',
        many: 'Организации',
        intro: 'Государственные органы, объединения и компании, упомянутые в статьях.',
      },
      events: {
        one: 'Событие',
        many: 'События',
        intro: 'Форумы, встречи и переговоры, о которых пишут статьи, с датами и местом.',
      },
      places: { one: 'Место', many: 'Места', intro: 'Страны, города и площадки, упомянутые в статьях.' },
      topics: {
        one: 'Тема',
        many: 'Темы',
        intro:
          'Темы объединяют статьи по правилам: упоминания организаций и событий, ключевые слова. Состав темы вычисляется при сборке.',
      },
    },
    role: 'Роль',
    provisional: 'Страница составлена автоматически по имени, найденному в текстах, и ещё не проверена редактором.',
    when: 'Когда',
    where: 'Где',
    participants: 'Участники',
    alsoKnownAs: 'Другие написания',
    wikidata: 'Идентификатор Wikidata',
    mentionsHeading: (n: number) => `Упоминания в статьях: ${n}`,
    mentionsNewest: (shown: number) => `Здесь ${shown} самых новых; все упоминания — по годам:`,
    mentionsInYear: (name: string, year: string) =>
      `${name}: упоминания ${year === 'undated' ? 'в статьях без даты' : `за ${year} год`}`,
    noMentions: 'Статьи архива пока не упоминают эту запись.',
    paragraphLink: (n: number) => `абзац ${n}`,
    together: 'Встречается вместе с',
    togetherCount: (n: number) => `${n} ${plural(n, 'статья', 'статьи', 'статей')}`,
    quotesHeading: 'Цитаты',
    mentionsPerYear: 'Упоминания по годам',
    topicArticles: (n: number) => `Статьи темы: ${n}`,
    topicYear: (name: string, year: string) => `${name}: статьи ${year === 'undated' ? 'без даты' : `${year} года`}`,
    topicNewest: (shown: number) => `Здесь ${shown} самых новых; все статьи темы — по годам:`,
    topicByYear: 'Статьи темы по годам',
    topicRecurring: 'Кто и что чаще всего встречается в теме',
    topicTimeline: 'Хронология темы',
    topicEvidence: 'Почему статья в теме',
    // finding what was said (issue 19, points 1–4): quotes, a topic about an entity, the evidence in words
    find: {
      quotesAbout: 'Что об этом говорили',
      quotesByOthers: 'Что говорили другие',
      quotesAboutNote: 'Цитаты из абзацев, где это названо.',
      quotesAtEventNote: 'Цитаты участников из статей о событии и цитаты из абзацев, где оно названо.',
      quotesInTopicNote: 'Цитаты из абзацев, по которым статьи вошли в тему.',
      unknownSpeaker: 'говорящий не установлен',
      topicAbout: {
        people: 'Тема о человеке:',
        organizations: 'Тема об организации:',
        events: 'Тема о событии:',
        places: 'Тема о месте:',
      },
      topicAgreement: (name: string, naming: number, more: number) =>
        `В теме ${naming} ${plural(naming, 'статья', 'статьи', 'статей')}, где назван «${name}», и ещё ${more}, где о нём говорится без названия; почему каждая в теме, сказано в списке.`,
      topicAgreementAll: (name: string, naming: number) =>
        `В теме ${naming} ${plural(naming, 'статья', 'статьи', 'статей')}, где назван «${name}».`,
      entityTopic: 'Тема об этом:',
      entityTopicCounts: (naming: number, more: number) =>
        `${naming + more} ${plural(naming + more, 'статья', 'статьи', 'статей')}: ${naming} из этих и ещё ${more}, где говорится о том же без названия.`,
      entityTopicSame: (naming: number) => `${naming} ${plural(naming, 'статья', 'статьи', 'статей')} из этих.`,
      evidence: {
        names: 'называет',
        and: 'и',
        sameParagraphHas: ', и в том же абзаце есть',
        word: 'слово',
        phrase: 'выражение',
        words: 'слова',
        inOneParagraph: 'в одном абзаце',
        paragraphs: 'абз.',
      },
    },
    articlePanel: 'В этой статье',
    articleTopics: 'Темы',
    related: 'Связанные статьи',
    relatedBy: (names: string) => `общие: ${names}`,
    timelineTitle: 'Хронология',
    monthInitials: ['Я', 'Ф', 'М', 'А', 'М', 'И', 'И', 'А', 'С', 'О', 'Н', 'Д'],
    timelineIntro:
      'События и статьи архива по датам. Точность даты показана так, как она известна: день, месяц или год; «≈» — дата установлена по косвенным признакам.',
    timelineEvent: 'событие',
    timelineArticle: 'статья',
    undatedHeading: 'Без даты',
    shortCite: 'Сослаться на эту страницу',
    graphTitle: 'Кто с кем упоминается вместе',
    graphCaption:
      'Линия соединяет тех, кого называют одни и те же статьи; чем толще линия и крупнее круг, тем больше таких статей. Каждый круг — ссылка на страницу.',
    homeIntro: '',
    homePeriod: (from: string, to: string) => `Период: ${from} — ${to}.`,
    homeCounts: (articles: number, people: number, organizations: number, events: number, topics: number) =>
      `${articles} ${plural(articles, 'статья', 'статьи', 'статей')}, ${people} ${plural(people, 'персона', 'персоны', 'персон')}, ${organizations} ${plural(organizations, 'организация', 'организации', 'организаций')}, ${events} ${plural(events, 'событие', 'события', 'событий')}, ${topics} ${plural(topics, 'тема', 'темы', 'тем')}.`,
    mainTopics: 'Главные темы',
    mostMentioned: 'Чаще всего упоминаются',
    allArticles: 'Все статьи по годам',
    yearArticles: (year: string) => (year === 'undated' ? 'Статьи без даты' : `Статьи ${year} года`),
    /** layout (#19.13): the articles index, year by year */
    articlesIndexIntro: (n: number) => `${n} ${plural(n, 'статья', 'статьи', 'статей')} архива, новые сверху.`,
    yearAll: (year: string, n: number) =>
      year === 'undated'
        ? `Все статьи без даты (${n})`
        : `Все ${n} ${plural(n, 'статья', 'статьи', 'статей')} ${year} года`,
    previous: 'Предыдущая статья',
    next: 'Следующая статья',
    languageSwitch: 'English',
    languageSwitchLabel: 'Этот раздел по-английски',
    // theme toggle and footer
    theme: { dark: 'Тёмная тема' },
    permalink: 'Постоянный адрес',
    footerLinks: 'Об архиве',
    // feeds, redirects, tombstones, 404, cite page
    permanence: {
      feedRss: 'RSS-лента статей',
      feedAtom: 'Atom-лента статей',
      feedDescription: '',
      citeArchive: 'Как цитировать архив',
      movedTitle: 'Страница перенесена',
      movedTo: 'Эта страница теперь находится по адресу',
      movedReason: 'Причина переноса',
      movedNote: 'Старый адрес продолжает работать: ссылки на него ведут сюда.',
      withdrawnLabel: 'Материал изъят из архива',
      withdrawnOn: 'Изъят',
      withdrawnReason: 'Причина',
      published: 'Опубликован',
      withdrawnNote:
        'Текст статьи и её исходная копия больше не публикуются. Адрес этой страницы постоянен: ссылки и сноски на неё продолжают работать и ведут к этому описанию.',
      withdrawnCite: 'Как цитировать изъятый материал',
      withdrawnCitation: (day: string) => `Изъято из архива ${day}.`,
      provisionalLabel: 'Имя больше не предлагается',
      provisionalNote:
        'Эта страница была составлена автоматически: имя нашлось в текстах архива, и страница ждала проверки редактором. Теперь это имя больше не предлагается (правила поиска имён изменились, статья изъята или исправлена, или редактор отклонил имя), и страницы о нём нет. Адрес остаётся постоянным: ссылки на него ведут к этому описанию.',
      provisionalSearch: 'Искать это имя в архиве',
      provisionalMoved: 'страница была составлена автоматически по имени из текстов; эта сущность теперь здесь',
      notFoundTitle: 'Страница не найдена',
      notFoundText:
        'По этому адресу в архиве ничего нет. Постоянные адреса архива не меняются; возможно, в ссылке опечатка.',
      notFoundHome: 'На главную',
      notFoundSearch: 'Поиск по архиву',
    },
    // the home page of an archive with no article yet
    emptyArchive: {
      title: 'В архиве пока нет ни одной статьи',
      steps: [
        'Назовите архив и опишите его предмет в content/archive.yaml (название, подзаголовок, описание, редактор и контакт, публичный адрес), а текст страницы «Об архиве» — в content/about.ru.md.',
        'Добавьте первую сохранённую копию: npm run ingest -- путь/к/странице.html — она ляжет в seeds/, а карточка с изданием и датой — в content/articles/.',
        'Соберите и откройте архив: npm start. Подробно — в разделе README «Start your own archive».',
      ],
    },
    // provenance: capture, original, rights, editor
    provenance: {
      captured: 'Копия сделана',
      capturedUnknown: 'дата копирования неизвестна',
      original: 'Оригинал',
      rights: 'Права на текст',
      rightsUnknown: 'Права на тексты архива не указаны его редактором.',
      editorHeading: 'Редактор и контакты',
      editor: 'Редактор архива —',
      contact: 'Связаться:',
      editorUnknown: 'Редактор архива и контакт для связи пока не указаны (content/archive.yaml).',
    },
    // the offline page the service worker shows for a page it has not kept
    offline: {
      title: 'Нет сети, а эта страница не сохранена',
      text: 'Браузер хранит страницы архива, которые вы уже открывали, и его поисковый указатель. Этой страницы среди них нет: она откроется, когда появится сеть.',
      searchHint:
        'Поиск работает и без сети — по всему указателю; открыть без сети можно статьи, которые вы уже читали.',
      home: 'На главную',
    },
  },
  en: {
    siteName: '',
    siteTagline: '',
    skipToContent: 'Skip to content',
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
    asCapturedIntro:
      'The capture, unchanged, is in the capture file; verify it with its SHA-256 checksum. Below: what reading it removed, and why.',
    captureFile: 'Capture file',
    encoding: 'Encoding',
    removedBlocks: 'Removed when cleaning',
    noneRemoved: 'Nothing removed.',
    lines: (from: number, to: number) => (from === to ? `line ${from}` : `lines ${from}–${to}`),
    moreLines: (n: number) => `…and ${n} more ${n === 1 ? 'line' : 'lines'} in the capture file.`,
    articleCount: (n: number) => `${n} article${n === 1 ? '' : 's'}`,
    footerNote: 'A static archive: readable without a server, with permanent links.',
    previewNotice:
      'Preview build: the archive has no public address yet (site in content/archive.yaml), so its links and citations point to the local preview. Do not publish this build.',
    // search — plain strings only: they are handed to the browser script as JSON.
    search: {
      label: 'Search the archive',
      placeholder: 'A name, a title, a word…',
      submit: 'Search',
      shortcut: 'Press “/” to focus the search box',
      title: 'Search',
      filters: 'Narrow down',
      any: 'all',
      facets: {
        kind: 'Kind',
        language: 'Language',
        year: 'Year',
        outlet: 'Outlet',
        person: 'Person',
        organization: 'Organization',
        event: 'Event',
        place: 'Place',
        topic: 'Topic',
      },
      kinds: {
        article: 'article',
        person: 'person',
        organization: 'organization',
        event: 'event',
        place: 'place',
        topic: 'topic',
      },
      sort: 'Order',
      sortRelevance: 'best matches first',
      sortNewest: 'newest first',
      sortOldest: 'oldest first',
      results: 'Results: {n}',
      searching: 'Searching…',
      enterQuery: 'Type a word, a name or an acronym.',
      nothing: 'Nothing found for “{q}”.',
      suggestions: [
        'Check the spelling, or type just the surname.',
        'Names and acronyms in the archive’s register work in both languages.',
        'Clear the filters: they may have left out what you need.',
      ],
      clearFilters: 'Clear filters',
      more: 'Show more',
      paragraph: 'paragraph {n}',
      matchedName: 'Found by name: {names}',
      failed:
        'Search did not load. It works when the archive is served by a web server (npm start), not opened as a file.',
      noScript:
        'Search runs in your browser, without a server, and needs JavaScript: it is off in this browser, so your query was not run. Everything in the archive can also be found through the lists:',
    },
    version: 'Archive version',
    built: 'Built',
    citeHeading: 'Cite this article',
    citeAccessed: 'Access date in the references:',
    citeAccessedCaptured: ' (the day the copy was taken: it has not changed since)',
    citeAccessedUnknown: 'none (the day the copy was taken is not known)',
    citeBothCopies:
      'References name both the original publication (outlet, date, address) and the archived copy (its permanent address in the archive).',
    citeDownload: (ext: string) => `Download ${ext}`,
    citeParagraphHeading: 'Cite a paragraph',
    citeParagraphHelp:
      'Every paragraph has a permanent anchor: the ¶ link at its end leads to an address ending in #p-N. A paragraph is cited with that address like this:',
    citeParagraphButton:
      'The ❝ button beside the ¶ link gives a ready quotation of the paragraph in every format above (from the keyboard: the right arrow on the ¶ link).',
    citeWithoutScript:
      'Without JavaScript, the ¶ links to paragraphs, the ГОСТ and APA references above and the files for reference managers work; the ❝ and Copy buttons appear when JavaScript is on.',
    paragraphKeys: 'Right arrow: cite this paragraph',
    onThisPage: 'On this page',
    citeHowTo: 'How to cite this archive',
    // registry: entity, topic and timeline pages
    nav: {
      archive: 'Archive',
      topics: 'Topics',
      people: 'People',
      organizations: 'Organizations',
      events: 'Events',
      places: 'Places',
      timeline: 'Timeline',
      search: 'Search',
      about: 'About',
      cite: 'How to cite',
    },
    breadcrumbs: 'Breadcrumbs',
    mainNavigation: 'Archive sections',
    kinds: {
      people: {
        one: 'Person',
        many: 'People',
        intro: 'People the archive’s articles name: for each, every paragraph that speaks of them, and their quotes.',
      },
      organizations: {
        one: 'Organization',
        many: 'Organizations',
        intro: 'Government bodies, unions and companies the articles mention.',
      },
      events: {
        one: 'Event',
        many: 'Events',
        intro: 'Forums, meetings and talks the articles report, with their dates and places.',
      },
      places: { one: 'Place', many: 'Places', intro: 'Countries, cities and venues the articles mention.' },
      topics: {
        one: 'Topic',
        many: 'Topics',
        intro:
          'Topics group articles by rules: mentions of organizations and events, keywords. Membership is computed at build time.',
      },
    },
    role: 'Role',
    provisional:
      'This page was made automatically from a name found in the texts and has not yet been reviewed by an editor.',
    when: 'When',
    where: 'Where',
    participants: 'Participants',
    alsoKnownAs: 'Also written',
    wikidata: 'Wikidata identifier',
    mentionsHeading: (n: number) => `Mentioned in ${n} article${n === 1 ? '' : 's'}`,
    mentionsNewest: (shown: number) => `The newest ${shown} are here; every mention, by year:`,
    mentionsInYear: (name: string, year: string) =>
      `${name}: mentions ${year === 'undated' ? 'in undated articles' : `in ${year}`}`,
    noMentions: 'No article of the archive mentions this entry yet.',
    paragraphLink: (n: number) => `paragraph ${n}`,
    together: 'Appears together with',
    togetherCount: (n: number) => `${n} article${n === 1 ? '' : 's'}`,
    quotesHeading: 'Quotes',
    mentionsPerYear: 'Mentions per year',
    topicArticles: (n: number) => `Articles in this topic: ${n}`,
    topicYear: (name: string, year: string) =>
      `${name}: ${year === 'undated' ? 'undated articles' : `articles of ${year}`}`,
    topicNewest: (shown: number) => `The newest ${shown} are here; every article of the topic, by year:`,
    topicByYear: 'Articles of the topic by year',
    topicRecurring: 'Who and what recurs in this topic',
    topicTimeline: 'Timeline of the topic',
    topicEvidence: 'Why the article is in this topic',
    find: {
      quotesAbout: 'What was said about it',
      quotesByOthers: 'What others said',
      quotesAboutNote: 'Quotes from the paragraphs that name it.',
      quotesAtEventNote:
        'Quotes of the participants in articles about the event, and quotes from paragraphs that name it.',
      quotesInTopicNote: 'Quotes from the paragraphs that put their articles in this topic.',
      unknownSpeaker: 'speaker not identified',
      topicAbout: {
        people: 'A topic about a person:',
        organizations: 'A topic about an organization:',
        events: 'A topic about an event:',
        places: 'A topic about a place:',
      },
      topicAgreement: (name: string, naming: number, more: number) =>
        `The topic holds ${naming} article${naming === 1 ? '' : 's'} naming ${name} and ${more} more speaking of it without the name; the list says why each is here.`,
      topicAgreementAll: (name: string, naming: number) =>
        `The topic holds ${naming} article${naming === 1 ? '' : 's'} naming ${name}.`,
      entityTopic: 'A topic about it:',
      entityTopicCounts: (naming: number, more: number) =>
        `${naming + more} article${naming + more === 1 ? '' : 's'}: ${naming} of these and ${more} more speaking of the same without the name.`,
      entityTopicSame: (naming: number) => `${naming} of these article${naming === 1 ? '' : 's'}.`,
      evidence: {
        names: 'names',
        and: 'and',
        sameParagraphHas: ', and the same paragraph has',
        word: 'the word',
        phrase: 'the phrase',
        words: 'the words',
        inOneParagraph: 'in one paragraph',
        paragraphs: '¶',
      },
    },
    articlePanel: 'In this article',
    articleTopics: 'Topics',
    related: 'Related articles',
    relatedBy: (names: string) => `shared: ${names}`,
    timelineTitle: 'Timeline',
    monthInitials: ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'],
    timelineIntro:
      'The archive’s events and articles by date, as precisely as each date is known: day, month or year; “≈” marks a date inferred from evidence.',
    timelineEvent: 'event',
    timelineArticle: 'article',
    undatedHeading: 'Undated',
    shortCite: 'Cite this page',
    graphTitle: 'Who is mentioned together with whom',
    graphCaption:
      'A line joins those that the same articles name; the thicker the line and the larger the circle, the more such articles. Every circle links to its page.',
    homeIntro: '',
    homePeriod: (from: string, to: string) => `Period: ${from} to ${to}.`,
    homeCounts: (articles: number, people: number, organizations: number, events: number, topics: number) =>
      `${articles} article${articles === 1 ? '' : 's'}, ${people} ${people === 1 ? 'person' : 'people'}, ${organizations} organization${organizations === 1 ? '' : 's'}, ${events} event${events === 1 ? '' : 's'}, ${topics} topic${topics === 1 ? '' : 's'}.`,
    mainTopics: 'Main topics',
    mostMentioned: 'Most mentioned',
    allArticles: 'All articles by year',
    yearArticles: (year: string) => (year === 'undated' ? 'Undated articles' : `Articles of ${year}`),
    articlesIndexIntro: (n: number) => `The archive's ${n} article${n === 1 ? '' : 's'}, newest first.`,
    yearAll: (year: string, n: number) =>
      year === 'undated' ? `All ${n} undated articles` : `All ${n} articles of ${year}`,
    previous: 'Previous article',
    next: 'Next article',
    languageSwitch: 'Русский',
    languageSwitchLabel: 'This section in Russian',
    // theme toggle and footer
    theme: { dark: 'Dark theme' },
    permalink: 'Permanent address',
    footerLinks: 'About the archive',
    // feeds, redirects, tombstones, 404, cite page
    permanence: {
      feedRss: 'Articles (RSS)',
      feedAtom: 'Articles (Atom)',
      feedDescription: '',
      citeArchive: 'How to cite this archive',
      movedTitle: 'This page has moved',
      movedTo: 'This page is now at',
      movedReason: 'Why it moved',
      movedNote: 'The old address keeps working: links to it lead here.',
      withdrawnLabel: 'Withdrawn from the archive',
      withdrawnOn: 'Withdrawn',
      withdrawnReason: 'Reason',
      published: 'Published',
      withdrawnNote:
        'The article’s text and its capture are no longer published. This page’s address is permanent: links and footnotes to it keep working and lead to this record.',
      withdrawnCite: 'How to cite the withdrawn article',
      withdrawnCitation: (day: string) => `Withdrawn from the archive on ${day}.`,
      provisionalLabel: 'This name is no longer proposed',
      provisionalNote:
        'This page was made automatically: the name was found in the archive’s texts, and the page was waiting for an editor’s review. The name is no longer proposed (the rules that find names changed, an article was withdrawn or corrected, or an editor rejected the name), and it has no page. The address stays permanent: links to it lead to this note.',
      provisionalSearch: 'Search the archive for this name',
      provisionalMoved: 'the page was made automatically from a name in the texts; this entity is now here',
      notFoundTitle: 'Page not found',
      notFoundText:
        'There is nothing at this address in the archive. The archive’s permanent addresses never change; the link may have a typo.',
      notFoundHome: 'Home page',
      notFoundSearch: 'Search the archive',
    },
    // the home page of an archive with no article yet
    emptyArchive: {
      title: 'The archive has no articles yet',
      steps: [
        'Name the archive and describe its subject in content/archive.yaml (name, tagline, description, editor and contact, public address), and write its About page in content/about.en.md.',
        'Add a first saved copy: npm run ingest -- path/to/page.html — it goes into seeds/, and a record with its outlet and date into content/articles/.',
        'Build and open the archive: npm start. The README section “Start your own archive” has the details.',
      ],
    },
    // provenance: capture, original, rights, editor
    provenance: {
      captured: 'Captured',
      capturedUnknown: 'capture date unknown',
      original: 'Original',
      rights: 'Rights in the text',
      rightsUnknown: 'The archive’s editor has not stated the rights in its texts.',
      editorHeading: 'Editor and contact',
      editor: 'The archive’s editor is',
      contact: 'Contact:',
      editorUnknown: 'The archive’s editor and a contact are not named yet (content/archive.yaml).',
    },
    // the offline page the service worker shows for a page it has not kept
    offline: {
      title: 'You are offline and this page is not saved',
      text: 'Your browser keeps the archive pages you have opened and its search index. This page is not among them: it will open once you are back online.',
      searchHint: 'Search works offline over the whole index; the articles you have already read open offline too.',
      home: 'Home page',
    },
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

/**
 * The strings by language, each checked against the other: a string missing in English (or found only in
 * English) fails `tsc` here, naming it.
 */
const byLanguage: Record<UiLanguage, UiStrings> = { ru: strings.ru satisfies (typeof strings)['en'], en: strings.en };

const withIdentity = new WeakMap<ArchiveIdentity, Partial<Record<UiLanguage, UiStrings>>>();

/** The interface strings in `lang`, with the archive's own words from content/archive.yaml put in. */
export function t(lang: UiLanguage): UiStrings {
  const identity = currentIdentity();
  const done = withIdentity.get(identity) ?? {};
  withIdentity.set(identity, done);
  const base = byLanguage[lang];
  const name = identityText(identity.name, lang) ?? '';
  return (done[lang] ??= {
    ...base,
    siteName: name,
    siteTagline: identityText(identity.tagline, lang) ?? '',
    homeIntro: identityText(identity.description, lang) ?? '',
    search: { ...base.search, placeholder: identityText(identity.searchExample, lang) ?? base.search.placeholder },
    permanence: {
      ...base.permanence,
      feedDescription:
        lang === 'ru'
          ? `Новые статьи архива «${name}», новые сверху.`
          : `New articles in the ${name} archive, newest first.`,
    },
  });
}

/** A year of the archive as a reader sees it: `2019`, or "без даты"/"undated" for the `undated` group. */
export function yearLabel(year: string, lang: UiLanguage): string {
  return year === 'undated' ? t(lang).undated : year;
}
