/**
 * The archive's identity: `content/archive.yaml`. Everything that makes this archive this one — its name, what it
 * is about, who answers for it, where it is published — lives there, not in `src/`, so a researcher can start an
 * archive on another subject without editing the code (README, "Start your own archive").
 * The longer texts are markdown beside it: `content/about.<lang>.md`, the About page's own words.
 */
import { z } from 'zod';

/** The interface languages the archive can show; the first listed is the default (served at `/`). */
export const interfaceLanguage = z.enum(['ru', 'en']);
export type InterfaceLanguage = z.infer<typeof interfaceLanguage>;

/** A text in each interface language: `{ ru: …, en: … }`. */
const localized = z.strictObject({
  ru: z.string().trim().min(1).optional(),
  en: z.string().trim().min(1).optional(),
});

export const archiveIdentity = z
  .strictObject({
    /** The archive's name as readers see and cite it, per language, e.g. `{ ru: Летопись, en: Letopis }`. */
    name: localized,
    /** One line under the name: what the archive collects. */
    tagline: localized,
    /** A sentence or two for search engines and link previews (the home page's description). */
    description: localized,
    /** The person who answers for the archive: the About page names them. */
    editor: z
      .strictObject({
        /** Their name, as the About page shows it. */
        name: z.string().trim().min(1),
        /** How to reach them: an e-mail address or an http(s) page. */
        contact: z
          .string()
          .trim()
          .regex(/^(?:[^\s@]+@[^\s@]+\.[^\s@]+|https?:\/\/\S+)$/u, 'must be an e-mail address or an http(s) address'),
      })
      .optional(),
    /**
     * The public address the archive is published at (origin, e.g. `https://archive.example.org`). Every citation,
     * canonical link and feed is built on it. Leave it out while the archive is only previewed: links then point
     * to the local preview, pages say so, and a build for publication (`npm run build -- --publish`) refuses.
     * `LETOPIS_SITE` overrides it.
     */
    site: z.httpUrl().optional(),
    /** The path the archive is served under at that address, `/` or e.g. `/letopis/`. `LETOPIS_BASE` overrides it. */
    base: z
      .string()
      .regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/u, 'must start and end with "/", e.g. / or /letopis/')
      .default('/'),
    /**
     * The interface languages, the default first: `[ru, en]` or `[ru]` (no `/en/` pages, no language switch).
     * Only `ru` and `en` have interface strings today, and the Russian interface is the one served at `/`.
     */
    languages: z.array(interfaceLanguage).min(1).default(['ru', 'en']),
    /**
     * The rights statement for the archived texts, shown on every article page unless its sidecar says otherwise
     * (e.g. "Тексты принадлежат изданиям и приводятся для исследования"). Leave it out if unknown: pages say so.
     */
    rights: localized.optional(),
    /** An example query for the search box, in the archive's own subject (e.g. "Лукашенко, ПВТ, ЕАЭС…"). */
    searchExample: localized.optional(),
  })
  .superRefine((identity, ctx) => {
    if (identity.languages[0] !== 'ru') {
      ctx.addIssue({
        code: 'custom',
        path: ['languages'],
        message:
          'must start with ru: the Russian interface is the one served at / (an English-only interface is not built yet)',
      });
    }
    for (const key of ['name', 'tagline', 'description'] as const) {
      for (const lang of identity.languages) {
        if (!identity[key][lang])
          ctx.addIssue({
            code: 'custom',
            path: [key, lang],
            message: `needed for the interface language "${lang}" listed in languages`,
          });
      }
    }
  });
export type ArchiveIdentity = z.infer<typeof archiveIdentity>;
