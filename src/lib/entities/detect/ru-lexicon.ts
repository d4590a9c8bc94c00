/**
 * The Russian detector's word lists (lemmas, lower case): head nouns of bodies and places, the cues
 * before a quoted or capitalised name, titles before a person's name. Rules in `ru.ts` read them; a
 * new kind of body or title is a line here, not a new rule.
 */

/** Head nouns of organization names (lemmas). */
export const orgHeads = new Set([
  'министерство',
  'правительство',
  'комитет',
  'служба',
  'агентство',
  'союз',
  'совет',
  'партия',
  'банк',
  'компания',
  'корпорация',
  'университет',
  'институт',
  'академия',
  'фонд',
  'администрация',
  'парламент',
  'дума',
  'суд',
  'прокуратура',
  'палата',
  'организация',
  'ассоциация',
  'объединение',
  'парк',
  'центр',
  'управление',
  'департамент',
  'комиссия',
  'собрание',
  'движение',
  'концерн',
  'холдинг',
  'мэрия',
  'госдума',
  'инспекция',
  'консорциум',
  'биржа',
  'альянс',
  'сообщество',
  'совнарком',
  'кабинет',
  'аппарат',
  'лига',
  'клуб',
  'издательство',
  'телеканал',
  'газета',
  'агентство',
  'трибунал',
  'штаб',
  'ведомство',
  'министерства',
  'госкомитет',
  'завод',
  'предприятие',
  'бюро',
  'ООН',
  'конгресс',
  'посольство',
  'консульство',
  'церковь',
  'отдел',
  'представительство',
  'профсоюз',
  'меджлис',
  'сенат',
  'евросоюз',
  'минобороны',
  'полиция',
  'театр',
  'музей',
  'лаборатория',
  'электростанция',
  'фронт',
  'федерация',
  'сборная',
  'команда',
  'фракция',
  'хунта',
  'патриархия',
  'миссия',
  'обком',
  'горком',
  'синод',
  'орган',
  'архив',
  'госпиталь',
  'больница',
  'школа',
  'библиотека',
  'галерея',
  'консерватория',
  'колледж',
  'лицей',
  'гимназия',
  'армия',
  'флот',
  'крест',
  'училище',
  'техникум',
  'семинария',
  'комбинат',
  'фабрика',
  'оркестр',
  'ансамбль',
  'киностудия',
  'студия',
  'филармония',
  'цирк',
  'клиника',
  'поликлиника',
  'диспансер',
  'интернат',
  'колония',
  'коллегия',
  'ассамблея',
  'исполком',
  'горсовет',
  'сельсовет',
  'ландтаг',
  'бундесрат',
  'секретариат',
  'канцелярия',
  'префектура',
  'управа',
  'муниципалитет',
  'епархия',
  'трест',
  'кооператив',
  'товарищество',
  'синдикат',
  'группировка',
  'группа',
  'дивизия',
  'полк',
  'батальон',
  'гарнизон',
  'гвардия',
  'милиция',
  'жандармерия',
  'обсерватория',
  'технопарк',
  'метрополитен',
  'рада',
]);

/** Heads that name a body only in the plural (`правоохранительные органы Китая`). */
export const pluralHeads = new Set(['орган']);

/** Heads written as adjectives used as nouns (`сборной России`): the adjective's lemma and the head's form. */
export const adjectivalHeads = new Map([['сборный', 'сборная']]);

/**
 * Bodies named by one common noun with a capital (`Конгресса`, `Кремль`, `в Бундестаг`): an
 * organization on its own, even opening a sentence. Other heads written with a capital inside a
 * sentence (`в Сенате`, `Дума одобрила`) are organizations too, with low confidence.
 */
export const bodyNames = new Set([
  'кремль',
  'кабмин',
  'бундестаг',
  'еврокомиссия',
  'евросоюз',
  'конгресс',
  'сенат',
  'госдума',
  'синод',
  'кнессет',
  'сейм',
  'меджлис',
  'минобороны',
  'пентагон',
  'интерпол',
  'госдеп',
  'госдепартамент',
  'генпрокуратура',
  'европарламент',
  'совбез',
  'совфед',
]);

/** Words after which a quoted name is an organization's (`компания «Яндекс»`). */
export const quoteDescriptors = new Set([
  'компания',
  'банк',
  'холдинг',
  'группа',
  'фонд',
  'партия',
  'движение',
  'организация',
  'ооо',
  'оао',
  'зао',
  'пао',
  'ао',
  'корпорация',
  'концерн',
  'завод',
  'фабрика',
  'агентство',
  'центр',
  'издание',
  'газета',
  'журнал',
  'телеканал',
  'радиостанция',
  'портал',
  'клуб',
  'ассоциация',
  'объединение',
  'университет',
  'институт',
  'союз',
  'оператор',
  'стартап',
  'платформа',
  'предприятие',
  'госкорпорация',
  'кооператив',
  'общество',
  'сеть',
  'ритейлер',
  'производитель',
  'разработчик',
  'провайдер',
  'издательство',
  'театр',
  'музей',
  'одо',
  'чуп',
  'уп',
  'иооо',
  'сзао',
]);

/** Descriptors that make compounds naming a kind of them (`телекомпания`, `медиахолдинг`, `автоконцерн`). */
export const descriptorTails = new Set(['компания', 'холдинг', 'концерн', 'корпорация', 'агентство']);

/** Acronyms that name a place other than a country: a station in orbit is where people are (`на борту МКС`), like `Луна`. */
export const placeAcronyms = new Set(['МКС']);

/** States whose names are built like a body's (`Советский Союз`). */
export const statesLikeBodies = new Set(['советский союз']);

/** Heads of a country's bodies, named in lower case with the country's adjective (`японское правительство`). */
export const stateBodies = new Set([
  'правительство',
  'министерство',
  'посольство',
  'парламент',
  'ведомство',
  'консульство',
  'кабинет',
  'спецслужба',
  'полиция',
  'сборная',
]);

/** Bodies a country or Europe has one of, often written in lower case (`верховного суда`, `европейского союза`). */
export const uniqueBodies = new Set([
  'верховный суд',
  'конституционный суд',
  'европейский союз',
  'таможенный союз',
  'европейский парламент',
  'европейский комиссия',
  'европейский совет',
  'европейский центробанк',
]);

/**
 * Nouns that name a body only with a country (`делегация США`, `руководство Грузии`, `палестинской делегации`,
 * `власти Перу`).
 */
export const countryHeads = new Set(['делегация', 'руководство', 'власть']);
/** Of `countryHeads`, those that name the body in the plural (`власти Перу`, `канадские власти`). */
export const pluralCountryHeads = new Set(['власть']);

/** Acronyms of state bodies every country has, named with their country (`МИД Белоруссии`, `МВД РФ`). */
export const countryBodyAcronyms = new Set([
  'МИД',
  'МВД',
  'ЦБ',
  'ЦИК',
  'ВВС',
  'ВМС',
  'КГБ',
  'ФСБ',
  'СБУ',
  'ГПУ',
  'ВС',
  'ВР',
]);

/** Adjectives in `-ский` that name no country or people. */
export const commonRegionals = new Set([
  'городской',
  'сельский',
  'мировой',
  'дипломатический',
  'политический',
  'президентский',
  'министерский',
  'парламентский',
  'депутатский',
  'антимонопольский',
]);

/**
 * Words (lemmas) after which a quoted capitalised name is an organization though they are no kind of
 * organization themselves: a news outlet quoted (`сообщает «Интерфакс»`, `в интервью «Голосу Америки»`)
 * or a body's people and parts (`солист «Телевизора»`, `источники «Ведомостей»`).
 */
export const quoteCues = new Set([
  'сообщать',
  'передавать',
  'писать',
  'цитировать',
  'корреспондент',
  'интервью',
  'источник',
  'редакция',
  'журналист',
  'представитель',
  'пресс-служба',
  'пресс-секретарь',
  'сотрудник',
  'лидер',
  'основатель',
  'солист',
  'акционер',
  'владелец',
  'совладелец',
  'гендиректор',
  'председатель',
  'директор',
  'руководитель',
  'вокалист',
  'сообщить',
  'заявить',
  'рассказать',
  'эфир',
  'собеседник',
  'главред',
  'болельщик',
  'фанат',
  'игрок',
  'тренер',
  'наставник',
  'форвард',
  'полузащитник',
  'вратарь',
  'футболист',
  'хоккеист',
  'воспитанник',
  'колумнист',
  'обозреватель',
  'глава',
  'член',
  'офис',
]);

/** Nouns that with a capitalised adjective or name make a place (`Российская Федерация`, `Республика Беларусь`). */
export const placeHeads = new Set([
  'республика',
  'федерация',
  'королевство',
  'штат',
  'область',
  'край',
  'округ',
  'эмират',
  'княжество',
]);

/** Lower-case nouns that with a capitalised adjective before them make a place (`Манежная площадь`). */
export const placeNouns = new Set([
  'площадь',
  'бульвар',
  'улица',
  'проспект',
  'переулок',
  'шоссе',
  'набережная',
  'проезд',
  'империя',
  'автономия',
  'остров',
  'острова',
  'море',
  'океан',
  'река',
  'озеро',
  'залив',
  'пролив',
  'полуостров',
  'область',
  'край',
  'район',
  'округ',
  'республика',
  'федерация',
  'королевство',
  'штат',
  'провинция',
  'губерния',
  'уезд',
  'волость',
  'хребет',
  'горы',
  'пустыня',
  'долина',
  'канал',
  'аэропорт',
  'вокзал',
  'мост',
  'парк',
  'сквер',
  'кладбище',
  'метро',
  'станция',
  'дом',
  'дворец',
]);

/** Buildings that, named with their capitalised adjective, stand for the body in them (`Белый дом заявил`). */
export const seatNouns = new Set(['дом']);

/** The divisions of a country, place cues (`placeCues`) and division cues (`divisionCues`). */
const countryDivisions = ['штат', 'провинция', 'графство', 'округ', 'область', 'губерния', 'кантон', 'префектура'];

/** Lower-case nouns (lemmas) after which a capitalised word is the place's name (`реке Славянка`, `территории Гагаузии`). */
export const placeCues = new Set([
  'город',
  'городок',
  'местность',
  'микрорайон',
  'посёлок',
  'поселок',
  'село',
  'деревня',
  'станица',
  'хутор',
  'мыс',
  'территория',
  'регион',
  'столица',
  'остров',
  'река',
  'озеро',
  'район',
  'улица',
  'проспект',
  'площадь',
  'станция',
  'аэропорт',
  'порт',
  'курорт',
  'полуостров',
  'залив',
  'пролив',
  'бухта',
  'коммуна',
  ...countryDivisions,
]);

/**
 * The divisions of a country and `эмират` (`штата Вермонт`, `провинции Хунань`, `округа Чарльз`): the word
 * after them names the division even where the dictionary knows it as a company or a given name.
 */
export const divisionCues = new Set([...countryDivisions, 'эмират']);

/** Lower-case nouns (lemmas) after which a capitalised word names an organization (`агентству Рейтер`, `клуба Тоттенхэм`). */
export const orgCues = new Set([
  'агентство',
  'группировка',
  'группа',
  'движение',
  'клуб',
  'компания',
  'концерн',
  'корпорация',
  'холдинг',
  'банк',
  'партия',
  'организация',
  'телеканал',
  'газета',
  'издание',
  'радиостанция',
]);

/** Capitalised words that are titles or common nouns at the start of a name-like run, never names. */
export const notNames = new Set([
  // Events written with a capital (`мягкого Брекзита`).
  'брекзит',
  'брексит',
  'президент',
  'премьер',
  'министр',
  'глава',
  'директор',
  'председатель',
  'господин',
  'госпожа',
]);

/**
 * Titles and occupations (lemmas) after which capitalised words are a person's name (`господина
 * Эрдогана`, `премьер-министр Японии Наото Кан`, `защитник Арсенала Киран Гиббс` is not: `Арсенала`
 * is no name of a person, only what follows it).
 */
export const personTitles = new Set([
  'президент',
  'премьер',
  'министр',
  'вице-премьер',
  'вице-президент',
  'госсекретарь',
  'канцлер',
  'мэр',
  'губернатор',
  'спикер',
  'сенатор',
  'конгрессмен',
  'депутат',
  'посол',
  'генсек',
  'секретарь',
  'председатель',
  'господин',
  'госпожа',
  'мистер',
  'миссис',
  'король',
  'королева',
  'принц',
  'принцесса',
  'шейх',
  'эмир',
  'султан',
  'патриарх',
  'митрополит',
  'архиепископ',
  'кардинал',
  'генерал',
  'полковник',
  'майор',
  'капитан',
  'лейтенант',
  'адмирал',
  'маршал',
  'тренер',
  'наставник',
  'форвард',
  'нападающий',
  'защитник',
  'полузащитник',
  'вратарь',
  'голкипер',
  'гроссмейстер',
  'теннисист',
  'теннисистка',
  'гонщик',
  'пилот',
  'астронавт',
  'космонавт',
  'бортинженер',
  'командир',
  'журналист',
  'корреспондент',
  'фотограф',
  'режиссёр',
  'режиссер',
  'писатель',
  'поэт',
  'актёр',
  'актер',
  'актриса',
  'певец',
  'певица',
  'композитор',
  'дирижёр',
  'дирижер',
  'художник',
  'адвокат',
  'прокурор',
  'судья',
  'следователь',
  'профессор',
  'академик',
  'политолог',
  'экономист',
  'бизнесмен',
  'предприниматель',
  'миллиардер',
  'основатель',
  'сооснователь',
  'гендиректор',
  'директор',
  'шеф',
  'лидер',
  'премьер-министр',
]);

/** Works (lemmas) whose title in Latin script follows them in quotes (`альбома «Silver Lines»`): no organization. */
export const workNouns = new Set([
  'песня',
  'сингл',
  'альбом',
  'трек',
  'хит',
  'клип',
  'видеоклип',
  'композиция',
  'пластинка',
  'фильм',
  'кинофильм',
  'сериал',
  'мультфильм',
  'книга',
  'роман',
  'спектакль',
  'мюзикл',
  'опера',
  'шоу',
  'проект',
  'игра',
  'произведение',
  'слоган',
  'девиз',
  'лозунг',
  'хэштег',
  'фестиваль',
  'премия',
]);

/** Performers (lemmas) whose stage name in Latin script after them is a person's (`рэпера Jay Z`). */
export const performerNouns = new Set([
  'рэпер',
  'рэперша',
  'блогер',
  'блогерша',
  'видеоблогер',
  'певец',
  'певица',
  'музыкант',
  'диджей',
  'исполнитель',
  'исполнительница',
  'композитор',
  'актёр',
  'актер',
  'актриса',
  'продюсер',
  'гитарист',
  'вокалист',
  'солист',
  'солистка',
  'художник',
  'художница',
  'поэт',
  'режиссёр',
  'режиссер',
  'дизайнер',
]);

/**
 * Titles and roles before an organization's name and then a person's (`нападающий Зенита Иван Сидоров`,
 * `глава Роснефти Игорь Сечин`): the person titles and the words for a body's people.
 */
export const staffTitles = new Set([
  ...personTitles,
  'глава',
  'член',
  'игрок',
  'сотрудник',
  'представитель',
  'руководитель',
  'владелец',
  'совладелец',
  'акционер',
  'главред',
  'солист',
  'вокалист',
  'аналитик',
  'эксперт',
  'специалист',
]);

/** Nouns for a body's people, after which an unknown capitalised word is that body (`волонтёры Гринпис`). */
export const memberNouns = new Set([
  'активист',
  'боевик',
  'сторонник',
  'член',
  'представитель',
  'сотрудник',
  'боец',
  'волонтёр',
  'эксперт',
  'аналитик',
  'акционер',
]);

/** Teams named by the vehicle they man (`экипаж челнока`). */
export const crewNouns = new Set(['экипаж']);

/** Teams named by their ordinal (`21-й длительной экспедиции`). */
export const expeditionNouns = new Set(['экспедиция']);

/** Celestial bodies, places when written with a capital inside a sentence (`на Луну`, `вернуться на Землю`). */
export const celestialBodies = new Set([
  'земля',
  'луна',
  'солнце',
  'марс',
  'венера',
  'меркурий',
  'юпитер',
  'сатурн',
  'нептун',
  'плутон',
]);

/**
 * Heads of state bodies whose lower-case name with a tail of an adjective and a noun is one body
 * (`министерство иностранных дел`, `служба внешней разведки`, `комитет государственной безопасности`).
 */
export const governmentHeads = new Set([
  'министерство',
  'служба',
  'комитет',
  'агентство',
  'департамент',
  'управление',
  'комиссия',
  'инспекция',
  'ведомство',
  'палата',
]);

/**
 * Descriptors that refer back to the organization an article named with them (`концерн «Фольксваген»` …
 * `концерна`, `парламент Норвегии` … `парламент`): the heads and quote descriptors of bodies, less
 * the words too generic to point at one body.
 */
export const coreferentHeads = new Set(
  [...orgHeads, ...quoteDescriptors].filter(
    (lemma) =>
      !governmentHeads.has(lemma) &&
      ![
        'суд',
        'группа',
        'сеть',
        'общество',
        'организация',
        'орган',
        'отдел',
        'производитель',
        'разработчик',
        'оператор',
        'провайдер',
        'платформа',
        'предприятие',
        'издание',
        'центр',
        'союз',
        'школа',
        'больница',
        'армия',
        'флот',
        'крест',
        'церковь',
        'миссия',
        'штаб',
        'аппарат',
        'собрание',
        'движение',
        'федерация',
        'парк',
      ].includes(lemma),
  ),
);

/** Words before a descriptor that make it generic, not a mention of one body (`другая компания`, `каждый банк`). */
export const genericDeterminers = new Set([
  'другой',
  'каждый',
  'любой',
  'иной',
  'некий',
  'какой',
  'такой',
  'один',
  'всякий',
  'никакой',
  'некоторый',
  'чей',
  'свой',
]);

/** Words before a descriptor that keep it pointing back to the body named before (`этот банк`). */
export const pointingDeterminers = new Set(['этот', 'тот', 'данный', 'упомянутый', 'сам']);

/**
 * Lower-case nouns of the media that with a capitalised adjective inside a sentence are a title, an
 * organization's name (`Частного корреспондента`, `Русского радио`, `Нового журнала`).
 */
export const mediaNouns = new Set(['корреспондент', 'радио', 'журнал', 'вестник', 'еженедельник', 'телеграф']);

/** Media nouns that are a title only after an ordinal (`Первого канала`; `Беломорского канала` is a place). */
export const ordinalMediaNouns = new Set(['канал']);

/** The Internet, written with a capital (`в Интернете`, `в Сети`): an organization in the OpenCorpora model. */
export const networkNames = new Set(['интернет', 'сеть']);

/** Heads of bodies that are named by the person they serve (`администрация президента Обамы`, `кабинета Нетаньяху`). */
export const personalHeads = new Set([
  'администрация',
  'кабинет',
  'штаб',
  'офис',
  'правительство',
  'команда',
  'аппарат',
]);

/** Second parts of a press service's name (`пресс-служба`, `пресс-центр`). */
export const pressHeads = new Set(['служба', 'центр', 'бюро', 'офис', 'секретариат']);

/** Heads with the one genitive noun that makes them a body's name, in lower case too (`палата представителей`). */
export const bodyTails = new Map([
  ['палата', new Set(['представителей', 'общин', 'лордов', 'депутатов'])],
  ['кабинет', new Set(['министров'])],
  ['совет', new Set(['министров', 'безопасности', 'федерации', 'старейшин', 'европы'])],
]);
