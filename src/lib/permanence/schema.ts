import { z } from 'zod';
import { isoDay, language, publicationDate } from '../metadata/schema.ts';
import { displayText } from '../text/display.ts';

/** Text shown on the tombstone: bidi overrides and zero-width characters removed (src/lib/text/display.ts), then not empty. */
const shown = z.string().transform(displayText).pipe(z.string().trim().min(1));

/**
 * A path of the site as a reader types it after the origin and base: `/articles/2019/old-title/`.
 * A redirect source is a page (ends with `/`); a target may also be a file (`/captures/000_x.txt`)
 * and may carry a paragraph anchor (`/articles/2019/x/#p-3`).
 */
/** A path with a `.` or `..` segment (or one encoded with %2e) would leave its folder: `/../../etc/hostname`. */
const hasDotSegment = (path: string) =>
  path
    .replace(/#.*$/u, '')
    .split('/')
    .some((segment) => /^(?:\.|%2e){1,2}$/iu.test(segment));
const insideSite = [
  (path: string) => !hasDotSegment(path),
  'must stay inside the site: "." and ".." are not allowed as parts of a path',
] as const;

/** Folders the build itself writes: a redirect page there would clash with the build's own files. */
export const reservedFolders = ['/_astro/', '/captures/', '/citations/', '/pagefind/'] as const;

const pagePath = z
  .string()
  .regex(
    /^\/(?:[A-Za-z0-9._~%-]+\/)*$/u,
    'must be a page path of this site, starting and ending with "/", e.g. /articles/2019/old-title/',
  )
  .refine(...insideSite)
  .refine(
    (path) => !reservedFolders.some((folder) => path.startsWith(folder)),
    `must not be in a folder the build writes itself (${reservedFolders.join(', ')}) or its /en/ twin`,
  )
  .refine(
    (path) => !reservedFolders.some((folder) => path.startsWith(`/en${folder}`)),
    `must not be in a folder the build writes itself (${reservedFolders.join(', ')}) or its /en/ twin`,
  );
const targetPath = z
  .string()
  .regex(
    /^\/(?:[A-Za-z0-9._~%-]+\/)*(?:[A-Za-z0-9._~%-]+)?(?:#[A-Za-z0-9_-]+)?$/u,
    'must be a path of this site starting with "/", e.g. /articles/2019/new-title/ (optionally with #p-N)',
  )
  .refine(...insideSite);

/** One moved page: its old path keeps working as a page that sends the reader to the new one. */
export const redirect = z.strictObject({
  /** The old path, as it was published. It must not be a live page. */
  from: pagePath,
  /** Where the page is now: a path that exists in the built site. */
  to: targetPath,
  /** Why the page moved (shown on the redirect page). */
  reason: z.string().min(1).optional(),
  /** The day the redirect was made, `YYYY-MM-DD`. */
  since: isoDay.optional(),
});
export type Redirect = z.infer<typeof redirect>;

/** `content/redirects.yaml`: a list of redirects (may be empty). */
export const redirectList = z.array(redirect);

/** Why an article was withdrawn: in Russian, or in Russian and English. */
export const withdrawalReason = z.union([
  z.string().min(1),
  z.strictObject({ ru: z.string().min(1), en: z.string().min(1) }),
]);

/**
 * One withdrawn article. It carries everything its tombstone needs, so the tombstone (title, date,
 * reason, citation) survives even when the capture is later removed from `seeds/`.
 */
export const withdrawal = z.strictObject({
  /** The capture id, e.g. `001_87d8696d2663fbe1`: its permanent path is taken from the lock. */
  id: z.string().regex(/^[^/\\\s]+$/u, 'must be a capture id: the capture file name without its extension'),
  /** The title as it was published (without brackets, even when supplied). */
  title: shown,
  /** The title was supplied by the editor: shown in [square brackets]. */
  titleSupplied: z.boolean().optional(),
  /** The publication date, as in the sidecar; leave it out when unknown. */
  date: publicationDate.optional(),
  outlet: shown.optional(),
  author: shown.optional(),
  /** The original's address: http(s) only, as in the sidecar (a javascript: or data: address would become a live link on the tombstone). */
  url: z
    .httpUrl({ error: 'must be an http(s) address (https://…): javascript:, data: and other schemes are refused' })
    .optional(),
  language: language.optional(),
  /** SHA-256 of the capture, for the citation; taken from the capture while it is in seeds/. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/u, 'must be 64 lowercase hex digits')
    .optional(),
  /** Why it was withdrawn (shown on the tombstone). */
  reason: withdrawalReason,
  /** The day it was withdrawn, `YYYY-MM-DD`. */
  withdrawn: isoDay,
});
export type Withdrawal = z.infer<typeof withdrawal>;

/** `content/withdrawn.yaml`: a list of withdrawn articles (may be empty). */
export const withdrawalList = z.array(withdrawal);
