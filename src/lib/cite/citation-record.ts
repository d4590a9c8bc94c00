import type { CitationRecord } from './index.ts';
import type { Article } from '../archive/article.ts';

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
    published: article.date && {
      value: article.date.value,
      precision: article.date.precision,
      evidence: article.date.evidence,
    },
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

/** `2019-10-23` → `2019/10/23`, the date form Highwire `citation_publication_date` expects. */
export function highwireDate(value: string): string {
  return value.replaceAll('-', '/');
}
