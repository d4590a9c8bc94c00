/**
 * Enhances the cite panel where JavaScript runs: the access date becomes today, every format is shown
 * with a copy button (the file formats are only links in the built page), downloads carry today's date,
 * and each paragraph offers "cite this paragraph". Without JavaScript the panel shows ГОСТ and APA and
 * links the files, as built (access date = build date).
 */
import { formats, renderParagraphCitation, type CitationRecord } from '../lib/cite/index.ts';

const ui = (document.querySelector('[data-cite-panel]')?.getAttribute('lang') ?? 'ru') as 'ru' | 'en';
const text = {
  ru: { copy: 'Копировать', copied: 'Скопировано', cite: 'Цитировать абзац', close: 'Закрыть', paragraph: (n: number) => `Абзац ${n}` },
  en: { copy: 'Copy', copied: 'Copied', cite: 'Cite this paragraph', close: 'Close', paragraph: (n: number) => `Paragraph ${n}` },
}[ui];

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

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

function enhancePanel(record: CitationRecord) {
  const accessed = document.querySelector<HTMLTimeElement>('[data-cite-accessed]');
  if (accessed) {
    accessed.dateTime = record.accessed;
    accessed.textContent = new Intl.DateTimeFormat(ui, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${record.accessed}T12:00:00`)).replace(/\s*г\.$/u, '');
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
}

function paragraphText(paragraph: Element): string {
  const copy = paragraph.cloneNode(true) as Element;
  copy.querySelectorAll('.paragraph-anchor, .cite-paragraph').forEach((e) => e.remove());
  return (copy.textContent ?? '').trim();
}

function enhanceParagraphs(record: CitationRecord) {
  const dialog = document.createElement('dialog');
  dialog.className = 'cite-dialog';
  dialog.setAttribute('aria-labelledby', 'cite-dialog-title');
  dialog.innerHTML = '<h2 id="cite-dialog-title"></h2><pre></pre><div class="cite-dialog-actions"></div>';
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = text.close;
  close.addEventListener('click', () => dialog.close());
  const pre = dialog.querySelector('pre')!;
  dialog.querySelector('.cite-dialog-actions')!.append(copyButton(() => pre.textContent ?? ''), close);
  document.body.append(dialog);

  for (const anchor of document.querySelectorAll<HTMLAnchorElement>('.article-body .paragraph-anchor')) {
    const paragraph = anchor.parentElement;
    const n = Number(paragraph?.getAttribute('data-paragraph'));
    if (!paragraph || !n) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cite-paragraph';
    button.setAttribute('aria-label', `${text.cite}: ${text.paragraph(n)}`);
    button.textContent = '❝';
    button.addEventListener('click', () => {
      dialog.querySelector('h2')!.textContent = `${text.cite} — ${text.paragraph(n)}`;
      pre.textContent = renderParagraphCitation(record, { n, text: paragraphText(paragraph) });
      dialog.showModal();
    });
    anchor.after(button);
  }
}

const built = readRecord();
if (built) {
  const record = { ...built, accessed: today() };
  enhancePanel(record);
  enhanceParagraphs(record);
}
