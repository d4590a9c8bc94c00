/**
 * Reads and checks the archive's identity (`<content>/archive.yaml`) and its About texts (`<content>/about.<lang>.md`).
 * A missing or wrong file stops the build with every problem listed, each naming the file, the line and the fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { ProblemsError, type Problem } from '../problems.ts';
import { archiveIdentity, type ArchiveIdentity, type InterfaceLanguage } from './schema.ts';
import { yamlValue } from '../text/yaml-value.ts';

/** The identity file's name inside the content folder. */
export const IDENTITY_FILE = 'archive.yaml';

/** The problems with an identity file's text, or the identity. `file` is the path to name in messages. */
export function parseIdentity(text: string, file: string): { identity?: ArchiveIdentity; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file,
        line: e.linePos?.[0].line,
        message: `is not valid YAML: ${e.message.split('\n')[0]}`,
        fix: 'fix the YAML syntax at that line',
      })),
    };
  }
  const value = yamlValue(doc, text, file, {});
  if ('problem' in value) return { problems: [value.problem] };
  const result = archiveIdentity.safeParse(value.data);
  if (result.success) return { identity: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => {
      const node = doc.getIn(issue.path as (string | number)[], true) as
        { range?: [number, number, number] } | undefined;
      const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
      const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      return {
        file,
        ...(line ? { line } : {}),
        message: `${where}${issue.message}`,
        fix: 'see the field’s comment in src/lib/identity/schema.ts, or the README section "Start your own archive"',
      };
    }),
  };
}

/**
 * The identity of an archive whose content folder has no archive.yaml yet (a new archive, a test's fixture):
 * a plain "Архив"/"Archive" with no subject, no editor and no public address, so it builds and says what to fill in.
 */
export const UNNAMED_IDENTITY: ArchiveIdentity = archiveIdentity.parse({
  name: { ru: 'Архив', en: 'Archive' },
  tagline: { ru: 'Архив публикаций', en: 'An archive of publications' },
  description: {
    ru: 'Архив публикаций с постоянными адресами, ссылками на абзацы и поиском без сервера. Название и предмет архива задаются в content/archive.yaml.',
    en: 'An archive of publications with permanent addresses, paragraph citations and search without a server. Its name and subject are set in content/archive.yaml.',
  },
});

/** The identity of the archive whose content folder is `contentDir` (UNNAMED_IDENTITY without the file); throws a ProblemsError naming the file. */
export function readIdentity(contentDir: string, root = process.cwd()): ArchiveIdentity {
  const path = join(contentDir, IDENTITY_FILE);
  const file = relative(root, path) || path;
  if (!existsSync(path)) return UNNAMED_IDENTITY;
  const { identity, problems } = parseIdentity(readFileSync(path, 'utf8'), file);
  if (!identity) throw new ProblemsError(problems);
  return identity;
}

/** The About text in markdown for a language (`<content>/about.<lang>.md`), or undefined when there is none. */
export function readAboutMarkdown(contentDir: string, lang: InterfaceLanguage): string | undefined {
  const path = join(contentDir, `about.${lang}.md`);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
