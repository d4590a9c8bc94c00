/**
 * A lone unknown name after `at` is where something happens (`at Edgbaston`, `landed at Stansted`, `the
 * final at Wembley`) more often than anything else, except after a person or a job: then it is their
 * employer or club (`analyst Paula Buratti at Indosuez`, `his former coach at Torino`, `publishing at
 * Doubleday`), which this reading leaves to other cues.
 */
import type { DetectedName } from './types.ts';

/** Words for a job, a post or a spell of work right before `at` (`coach at`, `worked at`, `a stint at`). */
const jobBeforeAt =
  /(?<![\p{L}])(?:coach|trainer|manager|director|editor|reporter|correspondent|professor|lecturer|student|analyst|economist|strategist|dealer|trader|broker|banker|chief|head|president|chairman|executive|official|spokes(?:man|woman)|partner|publishing|work(?:s|ed|ing)?|job|jobs|career|spell|stint|employed|player|striker|goalkeeper|signed|rejoined)[ \u00A0]+at[ \u00A0]+$/iu;

/**
 * Is a one-word name, with `textBefore` and `textAfter` the paragraph around it, a venue after `at`?
 * `previous` is the last name found before it in the paragraph.
 */
export function atVenue(textBefore: string, textAfter: string, previous: DetectedName | undefined): boolean {
  if (!/(?<![\p{L}])at[ \u00A0]+$/u.test(textBefore)) return false;
  // `at Repsol's refinery`: an owner, not a venue; `at T$ 27.48`: a currency.
  if (/^(?:['’]s(?![\p{L}])|\$)/u.test(textAfter)) return false;
  if (jobBeforeAt.test(textBefore)) return false;
  // `Paula Buratti at Indosuez`: right after a person, the place they work.
  const gap = previous ? textBefore.slice(previous.end) : '';
  return !(previous?.type === 'person' && /^[ \u00A0]+at[ \u00A0]+$/u.test(gap));
}
