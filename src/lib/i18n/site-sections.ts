import type { UiStrings } from './strings.ts';

/** The archive's sections, as the site's nav shows them (paths before the base and the `/en/` prefix). */
export const siteSections = (s: UiStrings) =>
  [
    ['/', s.nav.archive],
    ['/topics/', s.nav.topics],
    ['/people/', s.nav.people],
    ['/organizations/', s.nav.organizations],
    ['/events/', s.nav.events],
    ['/timeline/', s.nav.timeline],
  ] as const;
