import type { QuoteRef } from '../lib/views/quote-views.ts';
import { formatPublicationDate, type UiLanguage } from '../lib/i18n/dates.ts';
import { t } from '../lib/i18n/strings.ts';
import { titleParts, type TitleParts } from './articles.ts';
import { nameOf, type ArchiveIndex } from './registry.ts';
import { archiveUrl, pageHref } from './site.ts';

/** One quote as every list of quotes shows it: the words, who said them, when, where, and its paragraph. */
export interface QuoteItem {
  text: string;
  /** The article's language (the quote's words are never translated). */
  lang: string;
  /** The speaker's name and page; absent when the speaker is not known. */
  speaker?: { name: string; href: string };
  /** The article's title, and the links to the quote's paragraph (`…/#p-N`): in this interface, and absolute. */
  title: TitleParts;
  href: string;
  cite: string;
  paragraph: number;
  /** The publication date as shown (`23 октября 2019`) and as `datetime`; absent for an undated article. */
  date?: { label: string; value: string };
  outlet?: string;
}

/** The quotes `refs` ready for `QuoteList`, in the interface language `ui`. */
export function quoteItems(
  index: ArchiveIndex,
  refs: readonly QuoteRef[],
  ui: UiLanguage,
  site: URL | undefined,
): QuoteItem[] {
  return refs.map(({ article, quote }) => {
    const a = index.articleById.get(article)!.data;
    const speaker = quote.speaker ? index.entities.get(quote.speaker) : undefined;
    return {
      text: quote.text,
      lang: a.language,
      ...(speaker ? { speaker: { name: nameOf(speaker, ui), href: pageHref(speaker.permalink, ui) } } : {}),
      title: titleParts(a, ui),
      href: `${pageHref(a.permalink, ui)}#p-${quote.paragraph}`,
      cite: `${archiveUrl(a.permalink, site)}#p-${quote.paragraph}`,
      paragraph: quote.paragraph,
      ...(a.date ? { date: { label: formatPublicationDate(a.date, ui), value: a.date.value } } : {}),
      ...(a.outlet ? { outlet: a.outlet } : {}),
    };
  });
}

/** One list of quotes on a page, as `QuoteList` takes it. */
export interface QuoteSection {
  id: string;
  heading: string;
  note?: string;
  quotes: QuoteItem[];
  /** Whether each quote names its speaker (not under a person's own quotes). */
  speakers: boolean;
}

/**
 * The quote lists of an entity's page: a person's own quotes, then what was said about the entity
 * (quote-views.ts), each kept to the articles `keep` lets through (the page's articles). Empty lists
 * are left out.
 */
export function entityQuoteSections(
  index: ArchiveIndex,
  ref: string,
  ui: UiLanguage,
  site: URL | undefined,
  keep: (article: string) => boolean,
): QuoteSection[] {
  const s = t(ui);
  const own = (index.links.quotesBySpeaker.get(ref) ?? []).filter((q) => keep(q.article));
  const about = (index.quotes.byEntity.get(ref) ?? []).filter((q) => keep(q.article));
  const person = ref.startsWith('people/');
  const sections: QuoteSection[] = [
    { id: 'quotes', heading: s.quotesHeading, quotes: quoteItems(index, own, ui, site), speakers: false },
    {
      id: 'quotes-about',
      heading: person ? s.find.quotesByOthers : s.find.quotesAbout,
      note: ref.startsWith('events/') ? s.find.quotesAtEventNote : s.find.quotesAboutNote,
      quotes: quoteItems(index, about, ui, site),
      speakers: true,
    },
  ];
  return sections.filter((section) => section.quotes.length > 0);
}

/** The quotes of a topic's page, kept to the articles `keep` lets through. */
export function topicQuoteSection(
  index: ArchiveIndex,
  topic: string,
  ui: UiLanguage,
  site: URL | undefined,
  keep: (article: string) => boolean,
): QuoteSection {
  const s = t(ui);
  const refs = (index.quotes.byTopic.get(topic) ?? []).filter((q) => keep(q.article));
  return {
    id: 'quotes',
    heading: s.find.quotesAbout,
    note: s.find.quotesInTopicNote,
    quotes: quoteItems(index, refs, ui, site),
    speakers: true,
  };
}
