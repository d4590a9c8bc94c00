import type { Article } from '../archive/article.ts';
import type { PublicationDate } from '../metadata/schema.ts';
import type { Withdrawal } from '../permanence/schema.ts';
import type { CitationRecord } from './index.ts';

export interface CitationContext {
  /** Absolute URL of the article's page in this archive. */
  permalink: string;
  /** The access date to print, `YYYY-MM-DD`. */
  accessed: string;
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
    accessed: context.accessed,
  };
}

/**
 * How a withdrawn article is cited from its tombstone: as its article was, from the withdrawal record (completed
 * from the capture while it was still in seeds/), at its permanent URL.
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
    accessed: context.accessed,
  };
}

/** `2019-10-23` → `2019/10/23`, the date form Highwire `citation_publication_date` expects. */
export function highwireDate(value: string): string {
  return value.replaceAll('-', '/');
}
