import { describe, expect, it } from 'vitest';
import { editorNoteParts } from './repository-refs.ts';

const published = (id: string) => id === '001_87d8696d2663fbe1';

describe('editorNoteParts', () => {
  it('turns the sidecar of a published article into that article', () => {
    expect(
      editorNoteParts('Год выведен редактором; см. content/articles/001_87d8696d2663fbe1.yaml.', published),
    ).toEqual([{ text: 'Год выведен редактором; см. ' }, { article: '001_87d8696d2663fbe1' }, { text: '.' }]);
  });

  it('leaves out a pointer to a file the reader cannot open, with its sentence', () => {
    expect(
      editorNoteParts('Форум прошёл 29–30 июня 2017 года (БелТА). См. content/articles/EVIDENCE.md.', published),
    ).toEqual([{ text: 'Форум прошёл 29–30 июня 2017 года (БелТА).' }]);
    expect(editorNoteParts('Dates from TASS; see content/articles/009_gone.yaml, p. 2.', published)).toEqual([
      { text: 'Dates from TASS, p. 2.' },
    ]);
  });

  it('keeps a note without repository paths as it is', () => {
    expect(editorNoteParts('Дата по сообщению БелТА.', published)).toEqual([{ text: 'Дата по сообщению БелТА.' }]);
  });
});
