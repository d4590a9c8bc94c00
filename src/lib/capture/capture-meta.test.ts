import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCapture } from './decode.ts';
import { captureKindOf, readCapture } from './index.ts';
import { titleWithoutSite } from './html-title.ts';
import { detectLanguage, isLacinka } from './language.ts';

const bytes = (name: string) => readFileSync(new URL(`../../../test/fixtures/capture-meta/${name}`, import.meta.url));
const read = (name: string) => readCapture(bytes(name), captureKindOf(name));

describe('a saved page whose <h1> is the logo', () => {
  it('gets its article headline, not the site name', () => {
    expect(read('logo-h1.html').title).toBe('В Гродно открыли центр цифровых услуг');
  });

  it("passes over a section's <h1> for the one the page's descriptions name", () => {
    expect(read('section-h1.html').title).toBe('Belarusian potato harvest beats forecast');
  });

  it("takes the site's name off <title>, but never splits a headline at its colon", () => {
    expect(titleWithoutSite('Лукашенко: решение будет принято до осени — БелТА', ['белта'])).toBe(
      'Лукашенко: решение будет принято до осени',
    );
    expect(titleWithoutSite('Minsk Daily | Tram line extended to the north')).toBe('Tram line extended to the north');
  });

  it("passes over an <h1> that <title> names as the site beside the article's title", () => {
    const reading = read('site-in-title.html');
    expect(reading.title).toBe('Open toolchain for small programmable logic chips');
    // The site name and date above the headline's copy are the page's header, not the article.
    expect(reading.paragraphs[0]?.text).toMatch(/^For the past year/u);
  });

  it("takes a section's <h1> of function words and names for one, not the headline", () => {
    expect(read('section-h1-function-words.html').title).toBe('Winter cycling: how to keep your bike running');
  });

  it("passes over a banner's <h1> in the footer", () => {
    expect(read('footer-banner-h1.html').title).toBe('The deck of cards that made tarot a global phenomenon');
  });

  it('keeps a short headline printed again in the text', () => {
    const reading = read('short-headline-repeated.html');
    expect(reading.title).toBe('Новая Зеландия');
    expect(reading.paragraphs.map((p) => p.text)).not.toContain('Новая Зеландия');
  });

  it('never lets the text rules empty an extracted article (a blog post that is a numbered list)', () => {
    const reading = read('numbered-list-article.html');
    expect(reading.title).toBe('Fog soup.');
    expect(reading.paragraphs.map((p) => p.text)).toHaveLength(5);
  });

  it('keeps the only <h1> when it is the headline', () => {
    expect(read('time-under-headline.html').title).toBe('Minsk tram line extended to the new district');
  });
});

describe('Latin-1 against Windows-1251', () => {
  it('reads a Latin-1 English text as Latin-1: café stays café', () => {
    const reading = read('latin1-english.txt');
    expect(reading.decoded.encoding).toBe('windows-1252');
    expect(reading.title).toBe('Café owners in Minsk pay less rent');
    expect(reading.language.language).toBe('en');
    expect(reading.decoded.uncertain).toBeUndefined();
  });

  it('still reads Russian and Belarusian Windows-1251 as Windows-1251', () => {
    const ru = 'Премьер-министры России и Беларуси провели переговоры в Москве.';
    expect(decodeCapture(iconv.encode(ru, 'windows-1251'))).toMatchObject({ text: ru, encoding: 'windows-1251' });
    const be = 'Беларусь і Расія падпісалі пагадненне ў сферы тэхналогій.';
    expect(decodeCapture(iconv.encode(be, 'windows-1251'))).toMatchObject({ text: be, encoding: 'windows-1251' });
  });

  it('says when the two readings cannot be told apart', () => {
    // "Ñ" alone is as plausible a Latin-1 letter as "С" is a Cyrillic one.
    expect(decodeCapture(Uint8Array.from([0x41, 0x20, 0xd1, 0x20, 0x42])).uncertain).toMatch(
      /windows-125[12].*windows-125[12]/u,
    );
  });

  it('reads a page that declares Latin-1 by what its text looks like', () => {
    const html =
      '<html><head><meta charset="iso-8859-1"><title>x</title></head><body><h1>Crème brûlée night</h1><p>The café on the corner serves crème brûlée every Friday night, and the owners say the queue is longer every week.</p></body></html>';
    const reading = readCapture(iconv.encode(html, 'latin1'), 'html');
    expect(reading.decoded.encoding).toBe('windows-1252');
    expect(reading.title).toBe('Crème brûlée night');
  });
});

describe('Łacinka', () => {
  it('is Belarusian, not English', () => {
    expect(read('lacinka.txt').language.language).toBe('be');
    expect(
      detectLanguage('Biełaruś i Polšča damovilisia ab novym pierachodzie na miažy, jak paviedamili ŭ ministerstvie.')
        .language,
    ).toBe('be');
  });

  it('does not take English with a borrowed name for Łacinka', () => {
    expect(
      isLacinka('The minister met Łukasz Kowalski in Warsaw and said that the talks were useful for both sides.'),
    ).toBe(false);
    expect(read('latin1-english.txt').language.language).toBe('en');
  });
});
