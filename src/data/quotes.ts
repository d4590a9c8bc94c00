import type { QuoteRef } from '../lib/views/quote-views.ts';
import { formatPublicationDate, type UiLanguage } from '../lib/i18n/dates.ts';
import { t } from '../lib/i18n/strings.ts';
import { titleParts, type TitleParts } from '../lib/views/display-title.ts';
import { displayName } from '../lib/views/display-name.ts';
import { entityLink, summaryOf, type ArticleSummary, type EntityLink } from './page-parts.ts';
import type { ArchiveIndex } from './registry.ts';
import { archiveUrl, pageHref } from './site.ts';

/**
 * One quote as a page's props hold it, the same in both interface languages: the words, their paragraph,
 * the article they are from and the speaker when known.
 */
export interface QuoteData {
  text: string;
  paragraph: number;
  article: ArticleSummary;
  speaker?: EntityLink;
}

/** The quotes an entity's page (or one year of it) shows: a person's own, and what was said about the entity. */
export interface EntityQuotes {
  own: QuoteData[];
  about: QuoteData[];
}

/** The quotes `refs` as props. */
export function quoteData(index: ArchiveIndex, refs: readonly QuoteRef[]): QuoteData[] {
  return refs.map(({ article, quote }) => {
    const speaker = quote.speaker ? index.entities.get(quote.speaker) : undefined;
    return {
      text: quote.text,
      paragraph: quote.paragraph,
      article: summaryOf(index.articleById.get(article)!),
      ...(speaker && { speaker: entityLink(speaker) }),
    };
  });
}

/**
 * The quotes of an entity's page (quote-views.ts), kept to the articles `keep` lets through (the
 * page's articles).
 */
export function entityQuotes(index: ArchiveIndex, ref: string, keep: (article: string) => boolean): EntityQuotes {
  const kept = (refs: readonly QuoteRef[] | undefined) =>
    quoteData(
      index,
      (refs ?? []).filter((q) => keep(q.article)),
    );
  return { own: kept(index.links.quotesBySpeaker.get(ref)), about: kept(index.quotes.byEntity.get(ref)) };
}

/** The quotes of a topic's page, kept to the articles `keep` lets through. */
export function topicQuotes(index: ArchiveIndex, topic: string, keep: (article: string) => boolean): QuoteData[] {
  return quoteData(
    index,
    (index.quotes.byTopic.get(topic) ?? []).filter((q) => keep(q.article)),
  );
}

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

/** The quotes ready for `QuoteList`, in the interface language `ui`. */
export function quoteItems(quotes: readonly QuoteData[], ui: UiLanguage, site: URL | undefined): QuoteItem[] {
  return quotes.map(({ text, paragraph, article: a, speaker }) => ({
    text,
    lang: a.language,
    ...(speaker ? { speaker: { name: displayName(speaker.names, ui), href: pageHref(speaker.permalink, ui) } } : {}),
    title: titleParts(a, ui),
    href: `${pageHref(a.permalink, ui)}#p-${paragraph}`,
    cite: `${archiveUrl(a.permalink, site)}#p-${paragraph}`,
    paragraph,
    ...(a.date ? { date: { label: formatPublicationDate(a.date, ui), value: a.date.value } } : {}),
    ...(a.outlet ? { outlet: a.outlet } : {}),
  }));
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

/** The quote lists of the page of the entity `ref`: a person's own quotes, then what was said about it. Empty lists are left out. */
export function entityQuoteSections(
  ref: string,
  quotes: EntityQuotes,
  ui: UiLanguage,
  site: URL | undefined,
): QuoteSection[] {
  const s = t(ui);
  const person = ref.startsWith('people/');
  const sections: QuoteSection[] = [
    { id: 'quotes', heading: s.quotesHeading, quotes: quoteItems(quotes.own, ui, site), speakers: false },
    {
      id: 'quotes-about',
      heading: person ? s.find.quotesByOthers : s.find.quotesAbout,
      note: ref.startsWith('events/') ? s.find.quotesAtEventNote : s.find.quotesAboutNote,
      quotes: quoteItems(quotes.about, ui, site),
      speakers: true,
    },
  ];
  return sections.filter((section) => section.quotes.length > 0);
}

/** The list of quotes of a topic's page. */
export function topicQuoteSection(quotes: readonly QuoteData[], ui: UiLanguage, site: URL | undefined): QuoteSection {
  const s = t(ui);
  return {
    id: 'quotes',
    heading: s.find.quotesAbout,
    note: s.find.quotesInTopicNote,
    quotes: quoteItems(quotes, ui, site),
    speakers: true,
  };
}
