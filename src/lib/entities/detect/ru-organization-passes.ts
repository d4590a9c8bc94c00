/**
 * Russian organizations found in a second look at a paragraph's names, after its rules: quoted names
 * listed with an organization (`МТС, «Вымпелком» и «Мегафон»`) and a name read as a person's that ends in
 * a foreign company's word (`фотограф Ассошиэйтед Пресс`). `ru.ts` applies both.
 */
import { nameKey } from './name-key.ts';
import type { DetectedName } from './types.ts';

/**
 * Quoted names listed with an organization are organizations too (`МТС, «Вымпелком» и «Мегафон»`):
 * each quoted capitalised name after a comma or `и` that follows an organization, in a chain.
 */
export function listedOrganizations(text: string, found: readonly DetectedName[]): DetectedName[] {
  const extra: DetectedName[] = [];
  const next = /^["»“”]?[ \u00A0]*(?:,|и(?=[ \u00A0]))[ \u00A0]*[«"„“](\p{Lu}[^"«»„“”]{0,40}?)["»“”]/u;
  for (const name of found) {
    if (name.type !== 'organization') continue;
    let end = name.end;
    for (let m = next.exec(text.slice(end)); m; m = next.exec(text.slice(end))) {
      const start = end + m[0].length - m[1].length - 1;
      const stop = start + m[1].length;
      if ([...found, ...extra].some((n) => n.start < stop && start < n.end && n.type !== 'place')) break;
      extra.push({ ...name, start, end: stop, text: m[1], normal: m[1], key: nameKey(m[1]), confidence: 'low' });
      end = stop;
    }
  }
  return extra;
}

/** The last word of a foreign company's name written in Cyrillic (`Ассошиэйтед Пресс`, `Дженерал Моторс`). */
const foreignOrgEnding =
  /[\s\u00A0-](?:Пресс|пресс|Интернешнл|Интернэшнл|Инк|Корпорейшн|Груп|Групп|Моторс|Эйрлайнс|Ньюс|Таймс|Текнолоджис|Системс|Холдингс|Энтертейнмент|Пикчерс|Рекордс|Электрик|Индастриз)$/u;

/** A name read as a person's that ends in a foreign company's word is that company (`фотограф Ассошиэйтед Пресс`). */
export function foreignCompany(name: DetectedName | undefined, paragraphText = ''): DetectedName | undefined {
  if (name?.type !== 'person') return name;
  // `Франс пресс`, `Франс-Пресс`: the company's word in lower case after the name.
  const press = /^[ \u00A0-]пресс(?![\p{L}\p{N}-])/u.exec(paragraphText.slice(name.end));
  if (!press && !foreignOrgEnding.test(name.text)) return name;
  const { paragraph, start, language } = name;
  const end = name.end + (press?.[0].length ?? 0);
  const text = press ? paragraphText.slice(start, end) : name.text;
  return {
    type: 'organization',
    paragraph,
    start,
    end,
    text,
    normal: text,
    key: nameKey(text),
    language,
    confidence: 'low',
  };
}
