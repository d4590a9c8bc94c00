import type { Article } from '../archive/article.ts';
import type { PublicationDate } from '../metadata/schema.ts';
import type { Withdrawal } from '../permanence/schema.ts';
import type { CitationRecord } from './index.ts';

export interface CitationContext {
  /** Absolute URL of the article's page in this archive. */
  permalink: string;
  /** The archive's name as cited ("Летопись"). */
  archiveName: string;
}

/** A sidecar's `author` ("Иванов И.; Петров П.") as the list of credited authors. */
export function splitAuthors(author: string | undefined): string[] {
  return author ? author.split(/\s*;\s*/u) : [];
}

/** A publication date as the formats read it (only the fields they cite). */
function citedDate(date: PublicationDate | undefined): CitationRecord['published'] {
  return date && { value: date.value, precision: date.precision, evidence: date.evidence };
}

/**
 * The access date an article's citation carries as built: the day its capture was taken (sidecar `captured`), or
 * none. Where JavaScript runs, the page puts the reader's today instead (src/client/cite.ts, cite-live.ts).
 *
 * Not the build day: every page and citation file would change with every build (src/data/cache-keys.ts), and the
 * day a build ran says nothing of the copy. The capture day is the article's own datum and an honest one: the copy
 * never changes (its SHA-256 is cited with it), so what its permanent address shows is what the source showed that
 * day. Zotero does the same for an archived copy (its Wayback Machine translator sets "Accessed" to the snapshot's
 * day), and Wikipedia's citation templates date an archived copy by its `archive-date`, the day it was copied.
 * Without a capture day, no date rather than an invented one: BibTeX `urldate`, RIS `Y2` and CSL `accessed` are
 * optional, ГОСТ, the short form and the paragraph form print "(дата обращения: …)" only with a date, and APA 7 gives
 * no retrieval date for a source that does not change.
 */
function builtAccessDate(article: Pick<Article, 'captured'>): string | undefined {
  return article.captured;
}

/** What the citation formats need to know about an article. */
export function citationRecord(article: Article, context: CitationContext): CitationRecord {
  return {
    id: article.id,
    title: article.title,
    titleSupplied: article.titleSupplied,
    ...(article.titleEn && article.language !== 'en' && { titleTranslated: article.titleEn }),
    authors: splitAuthors(article.author),
    outlet: article.outlet,
    sourceUrl: article.sourceUrl,
    published: citedDate(article.date),
    language: article.language,
    archive: {
      name: context.archiveName,
      permalink: context.permalink,
      captured: article.captured,
      captureSha256: article.sha256,
    },
    accessed: builtAccessDate(article),
  };
}

/**
 * How a withdrawn article is cited from its tombstone: as its article was, from the withdrawal record (completed
 * from the capture while it was still in seeds/), at its permanent URL; with no access date as built (the record
 * has no capture day: see {@link builtAccessDate}).
 */
export function withdrawalCitationRecord(withdrawal: Withdrawal, context: CitationContext): CitationRecord {
  return {
    id: withdrawal.id,
    title: withdrawal.title,
    titleSupplied: withdrawal.titleSupplied ?? false,
    authors: splitAuthors(withdrawal.author),
    outlet: withdrawal.outlet,
    sourceUrl: withdrawal.url,
    published: citedDate(withdrawal.date),
    language: withdrawal.language ?? 'ru',
    archive: { name: context.archiveName, permalink: context.permalink, captureSha256: withdrawal.sha256 ?? '' },
  };
}

/** `2019-10-23` → `2019/10/23`, the date form Highwire `citation_publication_date` expects. */
export function highwireDate(value: string): string {
  return value.replaceAll('-', '/');
}
