/**
 * The editors' decisions on proposed names, `content/name-decisions.yaml`: names rejected (never to be
 * proposed again, and never given a provisional page). Accepted names become registry files and
 * aliases go into the entity's own `aliases`, so both are ordinary registry content; only rejections
 * need a file of their own. Every decision is a line in a reviewable diff.
 *
 * ```yaml
 * rejected:
 *   - name: Посмотреть          # the name as proposed (its normal form)
 *     type: person              # person, organization or place
 *     reason: not a name        # optional
 * ```
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { nameKey } from './detect/name-key.ts';
import type { NameType } from './detect/types.ts';

/** The file, relative to the content directory. */
export const NAME_DECISIONS_FILE = 'name-decisions.yaml';

/** One rejected name. */
export const rejection = z.strictObject({
  /** The name's normal form, as `entities:suggest` showed it. */
  name: z.string().trim().min(1),
  /** Its sort. */
  type: z.enum(['person', 'organization', 'place']),
  /** Why, for the next editor. */
  reason: z.string().trim().min(1).optional(),
});

/** Schema of `content/name-decisions.yaml`. */
export const nameDecisions = z.strictObject({
  /** Names that are not to be proposed again. */
  rejected: z.array(rejection).default([]),
});
export type NameDecisions = z.infer<typeof nameDecisions>;

/** The rejected names' keys, `<type>:<nameKey>`, for quick look-up. */
export function rejectedKeys(decisions: NameDecisions): Set<string> {
  return new Set(decisions.rejected.map((r) => decisionKey(r.type, r.name)));
}

/** The look-up key of a decision on a name of a type. */
export function decisionKey(type: NameType, name: string): string {
  return `${type}:${nameKey(name)}`;
}

/** Reads the decisions; a missing file is no decisions. Throws with the file and the fix on a bad file. */
export async function loadNameDecisions(contentDir: string): Promise<NameDecisions> {
  const file = path.join(contentDir, NAME_DECISIONS_FILE);
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { rejected: [] };
    throw new Error(`Could not read ${file}: ${(error as Error).message}. Check the file's permissions.`, {
      cause: error,
    });
  }
  let data: unknown;
  try {
    data = parseYaml(source) ?? {};
  } catch (error) {
    throw new Error(
      `${file} is not valid YAML: ${(error as Error).message.split('\n')[0]}. Fix the syntax at that line.`,
      { cause: error },
    );
  }
  const result = nameDecisions.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new Error(
      `${file} has problems:\n${lines.join('\n')}\nEach rejection needs "name" and "type" (person, organization or place).`,
    );
  }
  return result.data;
}
