import slugify from '@sindresorhus/slugify';
import iuliia from 'iuliia';

/** Slugs are cut at a word boundary to at most this many characters. */
export const MAX_SLUG_LENGTH = 80;

/**
 * Turns a title into a URL slug: lower-cased, transliterated with the iuliia WIKIPEDIA scheme,
 * then slugified to `[a-z0-9-]` and cut at a word boundary to {@link MAX_SLUG_LENGTH} characters.
 * Returns `fallback` when nothing of the title survives (e.g. a title of emoji only).
 */
export function slugFromTitle(title: string, fallback = 'untitled'): string {
  const latin = iuliia.translate(title.normalize('NFC').toLowerCase(), iuliia.WIKIPEDIA);
  const slug = slugify(latin, { lowercase: true, decamelize: false, separator: '-' });
  return truncateAtWord(slug, MAX_SLUG_LENGTH) || fallback;
}

/** Cuts a slug at the last `-` that keeps it within `max` characters. */
export function truncateAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/u, '');
}
