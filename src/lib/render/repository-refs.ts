/**
 * Editors' notes in the registry (an event's `dateNote`) point to the files they rest on
 * ("см. content/articles/001_….yaml"). A reader has no repository: a sidecar of a published article
 * becomes that article (the page links it by its title), and a pointer to any other repository file
 * ("См. content/articles/EVIDENCE.md.") is left out of the page, clause and all.
 */

/** A run of the note's text, or the place of an article (its capture id) the page shows as a link. */
export type NotePart = { text: string } | { article: string };

/** "см. content/…", "See content/…" or a bare repository path; a path ends on a letter or digit (not the sentence's full stop). */
const REFERENCE = /(?<lead>(?:[;,]\s*)?(?<see>(?:см\.|see)\s+))?content\/[\p{L}\p{N}_./-]*[\p{L}\p{N}_]/giu;
const SIDECAR = /^content\/articles\/(?<id>[^/]+)\.yaml$/u;

/** The note in parts: text, and the published articles it refers to by their sidecars (`isArticle` says which ids are published). */
export function editorNoteParts(note: string, isArticle: (id: string) => boolean): NotePart[] {
  const parts: NotePart[] = [];
  let text = '';
  let from = 0;
  for (const match of note.matchAll(REFERENCE)) {
    const before = note.slice(from, match.index);
    const path = match[0].slice(match.groups?.lead?.length ?? 0);
    const id = SIDECAR.exec(path)?.groups?.id;
    from = match.index + match[0].length;
    if (id && isArticle(id)) {
      parts.push({ text: text + before + (match.groups?.lead ?? '') }, { article: id });
      text = '';
      continue;
    }
    // a file the reader cannot open: drop the pointer, and its sentence when it was one ("См. X.")
    const sentence = /^\p{Lu}/u.test(match.groups?.see ?? '') && note[from] === '.';
    if (sentence) from += 1;
    text += sentence ? before.trimEnd() : before;
  }
  parts.push({ text: text + note.slice(from) });
  return parts.filter((part) => !('text' in part) || part.text !== '');
}
