import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageLanguages } from './page-languages.ts';

const DUTCH =
  'Een ambulance is vrijdagochtend met spoed naar de Hoge Zand in Den Haag gereden. Ook de politie en een traumahelikopter werden opgeroepen voor de melding in de woonwijk. Wat er precies is gebeurd, is nog niet bekend.';

const documentOf = (html: string) => parseHTML(html).document as unknown as Document;

describe("a saved page's languages", () => {
  it('gives the declared language first, then the one its text is in', () => {
    const document = documentOf('<!DOCTYPE html><html lang="en-GB"><head></head><body></body></html>');
    expect(pageLanguages(document, DUTCH)).toEqual(['en', 'nl']);
  });

  it('reads og:locale when <html> says nothing, and names each language once', () => {
    const document = documentOf(
      '<!DOCTYPE html><html><head><meta property="og:locale" content="nl_NL"></head><body></body></html>',
    );
    expect(pageLanguages(document, DUTCH)).toEqual(['nl']);
  });
});
