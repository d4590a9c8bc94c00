/**
 * Where an English run of capitalised words goes on: which gaps join two words of one name (a space, a
 * hyphen, `&`, `O'` before a surname, the dot after `St`, an initial or dotted initials), which small
 * words between capitalised ones join them (a name's particles always; `of`, `for`, `the` after a head
 * word; `and` inside a body's name or a known place), and a party's letter before a member's state
 * (`R-Buffalo`). `detectEnglish` (`en.ts`) extends its runs with them.
 */
import type { Token } from '../tokenize.ts';
import { isCapWord } from './common.ts';
import { dottedInitials, securities } from './en-cues.ts';
import {
  companyEnds,
  gazetteerPlaces,
  givenNames,
  honorifics,
  legalForms,
  orgWords,
  particles,
  placeNames,
  placeWords,
  thingWords,
} from './en-lexicon.ts';

/** The joining rules over one paragraph's `text` and its `tokens`. */
export function runJoins(text: string, tokens: readonly Token[]) {
  const lower = (j: number) => tokens[j].text.toLowerCase();
  const gapOk = (a: number, b: number) =>
    /^[ \u00A0-]$|^[ \u00A0]?&[ \u00A0]?$/u.test(text.slice(tokens[a].end, tokens[b].start)) ||
    // `O'Brien`, `D'Alema`: a capital and an apostrophe open a surname.
    (/^['’]$/u.test(text.slice(tokens[a].end, tokens[b].start)) &&
      /^[ODL]$/u.test(tokens[a].text) &&
      isCapWord(tokens[b])) ||
    (/^\.\s$/u.test(text.slice(tokens[a].end, tokens[b].start)) && /^(?:St|Mt|Ft)$/u.test(tokens[a].text)) ||
    (/^\.\s$/u.test(text.slice(tokens[a].end, tokens[b].start)) &&
      tokens[a].text.length === 1 &&
      isCapWord(tokens[a]) &&
      // `A.` is an initial only in a list of names (`(A. Dale 69, A. Smith 5-68)`), never the article.
      (tokens[a].text !== 'A' || /[(,;][ \u00A0]?$/u.test(text.slice(0, tokens[a].start))) &&
      tokens[a].text !== 'I') ||
    // Dotted initials before a surname (`P.W. Botha`, `F.W. de Klerk`), not a place's or body's acronym.
    (/^\.\s$/u.test(text.slice(tokens[a].end, tokens[b].start)) && dottedInitials(tokens[a].text));
  /**
   * May the small words between token `j` (the end of a run from `i`) and the capitalised token `k` join
   * them into one name? A name's particles always (`Aravinda de Silva`, `Joost van der Westhuizen`); `of`,
   * `for`, `the` only after a head word of a body or place (`Bank of England`, `Gulf of Mexico`; not
   * `Tono Eitel of Germany`, `President of Belarus`); `and` only inside a body's name or a place the
   * lists know (`Ministry of Trade and Industry`, `Bosnia and Herzegovina`; not `Bob Dole and Ross Perot`).
   */
  const joins = (i: number, j: number, k: number): boolean => {
    const small = tokens.slice(j + 1, k).map((w) => w.text.toLowerCase());
    // A legal form ends a company's name (`Dow Chemical Co of the United States`).
    if (legalForms.has(lower(j)) && !small.every((w) => particles.has(w))) return false;
    if (small.every((w) => particles.has(w))) return true;
    const sofar = tokens
      .slice(i, j + 1)
      .map((w) => w.text.toLowerCase())
      .join(' ');
    const heads =
      !gazetteerPlaces.has(sofar) &&
      !placeNames.has(sofar) &&
      tokens.slice(i, j + 1).some((w) => {
        const l = w.text.toLowerCase();
        return orgWords.has(l) || companyEnds.has(l) || placeWords.has(l);
      });
    if (small.includes('and'))
      return (
        // `American University and Robert Mergess`: a given name after `and` opens a person's name.
        (heads && small.length === 1 && j > i && !givenNames.has(lower(k))) ||
        gazetteerPlaces.has(`${lower(j)} ${small.join(' ')} ${lower(k)}`) ||
        placeNames.has(`${lower(j)} and ${lower(k)}`)
      );
    // `Shares of Comelf`: a security is no name's head.
    return heads || (thingWords.has(lower(j)) && !honorifics.has(lower(j)) && !securities.test(lower(j)));
  };
  /** Is token `k` a party's letter before a member's state or city (`Rep. Jack Quinn, R-Buffalo`, `(D-N.Y.)`)? */
  const partyLetter = (k: number) =>
    /^[RDI]$/u.test(tokens[k].text) &&
    k + 1 < tokens.length &&
    text.slice(tokens[k].end, tokens[k + 1].start) === '-' &&
    isCapWord(tokens[k + 1]) &&
    /(?:,[ \u00A0]|\()$/u.test(text.slice(0, tokens[k].start));
  return { gapOk, joins, partyLetter };
}
