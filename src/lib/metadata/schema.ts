import { z } from 'zod';
import { entityKindPattern } from '../entities/kinds.ts';

/** File names read as sidecars (`content/metadata/<capture id>.yaml`). */
export const SIDECAR_FILE = /\.ya?ml$/iu;

/** How exactly a date is known: to the day, the month or only the year. */
export const datePrecision = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof datePrecision>;

/** The precision an ISO date (`2019`, `2019-10`, `2019-10-23`) is written to. */
export const precisionOf = (value: string): DatePrecision =>
  (['year', 'month', 'day'] as const)[value.split('-').length - 1]!;

const partialIsoDate = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The earliest year an archived news text can carry: older years are typos (`0000`, `0219`). */
export const MIN_YEAR = 1800;
/**
 * The latest: next year by the build's clock (an article may be dated early in a year that has just
 * begun where it was published). `9999` is a typo, and would stretch the timeline over eight thousand empty years.
 */
export const maxYear = (now = Date.now()): number => new Date(now).getUTCFullYear() + 1;

/** True when `value` is a real calendar date in `YYYY`, `YYYY-MM` or `YYYY-MM-DD` form, in a year from {@link MIN_YEAR} to {@link maxYear}. */
export function isValidPartialDate(value: string): boolean {
  const match = partialIsoDate.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  if (Number(y) < MIN_YEAR || Number(y) > maxYear()) return false;
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** A calendar date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDate = z.string().refine(isValidPartialDate, {
  message: `must be a real date written YYYY, YYYY-MM or YYYY-MM-DD, in a year from ${MIN_YEAR} to next year`,
});

/** A full calendar day, `YYYY-MM-DD`. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be written YYYY-MM-DD')
  .refine(isValidPartialDate, { message: `is not a real calendar day from ${MIN_YEAR} to next year` });

/**
 * When an article was published, and how we know it.
 * An inferred date is never shown as if it were stated: the page prints it as "≈ октябрь 2019".
 */
export const publicationDate = z
  .strictObject({
    /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; must agree with `precision`. */
    value: partialDate,
    /** How much of the date is known. */
    precision: datePrecision,
    /** `stated`: the outlet prints this date. `inferred`: worked out from clues (say which in `note`). */
    evidence: z.enum(['stated', 'inferred']),
    /** Why we believe the date: the clue in the text, the source that confirms it. */
    note: z.string().min(1).optional(),
  })
  .superRefine((date, ctx) => {
    const parts = date.value.split('-').length;
    const expected = { year: 1, month: 2, day: 3 }[date.precision];
    if (parts !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `precision "${date.precision}" needs a date written ${['YYYY', 'YYYY-MM', 'YYYY-MM-DD'][expected - 1]}`,
      });
    }
    if (date.evidence === 'inferred' && !date.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'an inferred date needs a note saying why' });
    }
  });
export type PublicationDate = z.infer<typeof publicationDate>;

/** Languages the archive knows how to index and present. */
export const language = z.enum(['ru', 'en', 'be']);
export type Language = z.infer<typeof language>;

/** An entity an article is about without naming it so that the matcher finds it (sidecar `about`). */
export const aboutEntity = z.strictObject({
  /** `people/<id>`, `organizations/<id>`, `events/<id>` or `places/<id>`. */
  entity: z
    .string()
    .regex(
      new RegExp(`^(?:${entityKindPattern})/[a-z0-9-]+$`, 'u'),
      'must be a registry ref such as events/forum-of-regions-2017',
    ),
  /** 1-based paragraph numbers (`#p-N`) that speak of it. */
  paragraphs: z.array(z.number().int().positive()).default([]),
});

/**
 * Editorial metadata for one capture: `content/articles/<capture id>.yaml`.
 * It says what the capture's text does not. Unknown keys are rejected so a typo never passes silently.
 */
export const articleMetadata = z.strictObject({
  /** The outlet that published the article, as it names itself (e.g. "Российская газета"). */
  outlet: z.string().min(1).optional(),
  /** The outlet's home page. */
  outletUrl: z.httpUrl().optional(), // http(s) only: a javascript: or data: address would become a live link
  /** The article's address at its source. A URL found in the capture itself wins over this. */
  url: z.httpUrl().optional(),
  /** Author(s) as credited by the outlet. */
  author: z.string().min(1).optional(),
  /**
   * A title supplied by the editor for a capture that has none.
   * Shown in square brackets, as cataloguers do, and flagged as supplied.
   */
  title: z.string().min(1).optional(),
  /**
   * The editor's English translation of the title (of the captured headline, or of `title`), for a
   * Russian or Belarusian article. English pages show it in square brackets after the title and its
   * romanization, as library catalogues give a translated title; Russian pages do not.
   */
  titleEn: z.string().min(1).optional(),
  /** Publication date with its precision and evidence. Leave it out when unknown. */
  date: publicationDate.optional(),
  /** The day the capture was taken, when known: the article page shows it apart from the publication date. */
  captured: isoDay.optional(),
  /**
   * The rights in this article's text, e.g. "© Российская газета; приводится для исследования". Overrides the
   * archive's `rights` (content/archive.yaml); when neither is given the page says the rights are not stated.
   */
  rights: z.string().min(1).optional(),
  /** Overrides the detected language; use only when detection is wrong. */
  language: language.optional(),
  /**
   * Entities the article is about without naming them in a way the matcher finds (an unnamed meeting),
   * each with the paragraphs that speak of it: `{ entity: events/<id>, paragraphs: [1] }`.
   */
  about: z.array(aboutEntity).optional(),
  /** Free editorial notes on the capture (where it came from, what is doubtful). */
  notes: z.string().min(1).optional(),
});
export type ArticleMetadata = z.infer<typeof articleMetadata>;
