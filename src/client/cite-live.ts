/**
 * Where JavaScript runs, the references an entity, topic or "how to cite" page shows get the reader's today as their
 * access date, as the article's cite panel does (`cite.ts`); without it they keep what they were built with: no access
 * date on an entity or topic page (it changes with the archive), the example article's capture day on /cite/.
 * Each is an element `data-cite-live="short|gost|apa"` with its record as JSON in `data-cite-record`.
 */
import { renderApa, renderGost, renderShort, type CitationRecord, type CitedPage } from '../lib/cite/index.ts';
import { today } from '../lib/cite/today.ts';

const renderers = {
  short: (record: CitedPage) => renderShort(record),
  gost: (record: CitedPage) => renderGost(record as CitationRecord),
  apa: (record: CitedPage) => renderApa(record as CitationRecord),
};

for (const element of document.querySelectorAll<HTMLElement>('[data-cite-live]')) {
  const render = renderers[element.dataset.citeLive as keyof typeof renderers];
  const json = element.dataset.citeRecord;
  if (!render || !json) continue;
  element.textContent = render({ ...(JSON.parse(json) as CitedPage), accessed: today() });
}
