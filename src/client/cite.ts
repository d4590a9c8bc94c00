/**
 * Enhances the cite panel where JavaScript runs: the access date becomes today everywhere on the page (the
 * formats, the paragraph example, the files), every format is shown with a copy button (the file formats are only
 * links in the built page), and each paragraph offers "cite this paragraph" in every format (the ❝ button beside its
 * ¶ link, reached from the link with →). Without JavaScript the panel shows ГОСТ and APA and links the files, as
 * built (access date = the day the copy was taken, or none when that is not known: src/lib/cite/citation-record.ts),
 * and says nothing of the ❝ buttons.
 */
import { formats, renderParagraph, renderParagraphCitation, type CitationRecord } from '../lib/cite/index.ts';
import { today } from '../lib/cite/today.ts';
import { formatDay } from '../lib/i18n/dates.ts';

const ui = (document.querySelector('[data-cite-panel]')?.getAttribute('lang') ?? 'ru') as 'ru' | 'en';
const text = {
  ru: {
    copy: 'Копировать',
    copied: 'Скопировано',
    cite: 'Цитировать абзац',
    close: 'Закрыть',
    paragraph: (n: number) => `Абзац ${n}`,
  },
  en: {
    copy: 'Copy',
    copied: 'Copied',
    cite: 'Cite this paragraph',
    close: 'Close',
    paragraph: (n: number) => `Paragraph ${n}`,
  },
}[ui];

function readRecord(): CitationRecord | undefined {
  const json = document.getElementById('citation-record')?.textContent;
  return json ? (JSON.parse(json) as CitationRecord) : undefined;
}

const live = document.createElement('div');
live.className = 'visually-hidden';
live.setAttribute('aria-live', 'polite');
document.body.append(live);

function copyButton(getText: () => string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = text.copy;
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(getText());
    button.textContent = text.copied;
    live.textContent = text.copied;
    setTimeout(() => (button.textContent = text.copy), 2000);
  });
  return button;
}

function enhancePanel(record: CitationRecord & { accessed: string }) {
  // The built slot is the capture day's <time>, or words saying no day is known (CitePanel.astro).
  const slot = document.querySelector('[data-cite-accessed]');
  if (slot) {
    const accessed = document.createElement('time');
    accessed.dataset.citeAccessed = '';
    accessed.dateTime = record.accessed;
    accessed.textContent = formatDay(record.accessed, ui); // as the built panel writes it
    slot.replaceWith(accessed);
  }
  for (const block of document.querySelectorAll<HTMLElement>('[data-citation-format]')) {
    const format = formats.find((f) => f.id === block.dataset.citationFormat);
    if (!format) continue;
    const rendered = format.render(record);
    const download = block.querySelector<HTMLAnchorElement>('a.cite-download');
    const pre = block.querySelector('pre') ?? document.createElement('pre');
    if (!pre.isConnected) download?.before(pre);
    pre.textContent = rendered;
    pre.before(copyButton(() => pre.textContent ?? ''));
    if (download && format.mime) download.href = URL.createObjectURL(new Blob([rendered], { type: format.mime }));
  }
  // The panel now speaks of the ❝ buttons, instead of what works without them.
  for (const element of document.querySelectorAll<HTMLElement>('[data-cite-with-script]')) element.hidden = false;
  for (const element of document.querySelectorAll<HTMLElement>('[data-cite-without-script]')) element.hidden = true;
  const example = document.querySelector('[data-paragraph-example]');
  if (example) example.textContent = renderParagraphCitation(record, { n: 1, text: '…' });
}

function paragraphText(paragraph: Element): string {
  const copy = paragraph.cloneNode(true) as Element;
  copy.querySelectorAll('.paragraph-tools').forEach((e) => e.remove());
  return (copy.textContent ?? '').trim();
}

function enhanceParagraphs(record: CitationRecord) {
  const dialog = document.createElement('dialog');
  dialog.className = 'cite-dialog';
  dialog.setAttribute('aria-labelledby', 'cite-dialog-title');
  dialog.innerHTML =
    '<h2 id="cite-dialog-title"></h2><div class="cite-dialog-formats"></div><div class="cite-dialog-actions"></div>';
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = text.close;
  close.addEventListener('click', () => dialog.close());
  dialog.querySelector('.cite-dialog-actions')!.append(close);
  // One block per format, each with its copy button: ГОСТ and APA to read, BibTeX, RIS and CSL-JSON for a reference manager.
  const blocks = formats.map((format) => {
    const block = document.createElement('div');
    block.className = 'cite-format';
    block.dataset.paragraphFormat = format.id;
    const heading = document.createElement('h3');
    heading.textContent = format.label[ui];
    const pre = document.createElement('pre');
    if (format.id === 'gost') pre.lang = 'ru';
    block.append(
      heading,
      copyButton(() => pre.textContent ?? ''),
      pre,
    );
    return { format, pre, block };
  });
  dialog.querySelector('.cite-dialog-formats')!.append(...blocks.map((b) => b.block));
  document.body.append(dialog);

  for (const anchor of document.querySelectorAll<HTMLAnchorElement>('.article-body .paragraph-anchor')) {
    const paragraph = anchor.closest('[data-paragraph]');
    const n = Number(paragraph?.getAttribute('data-paragraph'));
    if (!paragraph || !n) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cite-paragraph';
    button.setAttribute('aria-label', `${text.cite}: ${text.paragraph(n)}`);
    button.textContent = '❝';
    button.addEventListener('click', () => {
      dialog.querySelector('h2')!.textContent = `${text.cite} — ${text.paragraph(n)}`;
      for (const { format, pre } of blocks)
        pre.textContent = renderParagraph(format, record, { n, text: paragraphText(paragraph) });
      dialog.showModal();
    });
    anchor.after(button);
    pairWithArrowKeys(anchor, button);
  }
}

/**
 * One tab stop per paragraph: the ¶ link is in the tab order, its ❝ button is not; → on the link reaches the
 * button and ← goes back (the link's description says so, from the panel's `[data-paragraph-keys]`). Pointer
 * users and screen readers' reading cursors reach the button as any other.
 */
function pairWithArrowKeys(anchor: HTMLAnchorElement, button: HTMLButtonElement) {
  const keys = document.querySelector('[data-paragraph-keys]');
  button.tabIndex = -1;
  if (keys) anchor.setAttribute('aria-describedby', keys.id);
  moveFocusOn(anchor, 'ArrowRight', button);
  moveFocusOn(button, 'ArrowLeft', anchor);
}

/** Moves the focus from `from` to `to` on `key` pressed alone. */
function moveFocusOn(from: HTMLElement, key: string, to: HTMLElement) {
  from.addEventListener('keydown', (event) => {
    if (event.key !== key || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    to.focus();
  });
}

const built = readRecord();
if (built) {
  const record = { ...built, accessed: today() };
  enhancePanel(record);
  enhanceParagraphs(record);
}
