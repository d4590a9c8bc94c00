/**
 * The editor's three answers to a candidate, each written as registry content so it shows in a diff:
 *  - accept: `content/<people|organizations|places>/<id>.yaml` from the candidate's stub;
 *  - alias: the candidate's name appended to an existing entity's `aliases`;
 *  - reject: an entry in `content/name-decisions.yaml`, so the name is not proposed again.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, YAMLSeq } from 'yaml';
import { candidateYaml, folderOf, type Candidate } from './candidates.ts';
import { NAME_DECISIONS_FILE } from './name-decisions.ts';
import { entityRef } from './schema.ts';

/** Writes the candidate's stub as a new registry file; returns its path. Refuses to overwrite. */
export function acceptCandidate(contentDir: string, candidate: Candidate): string {
  const file = path.join(contentDir, folderOf[candidate.type], `${candidate.id}.yaml`);
  if (existsSync(file))
    throw new Error(
      `${file} already exists. Choose --alias ${candidate.id} ${folderOf[candidate.type]}/${candidate.id} to add the name to it instead.`,
    );
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    `# Proposed by entities:suggest from ${candidate.articles.length} article(s); check the names, role and gender.\n${candidateYaml(candidate)}`,
  );
  return file;
}

/** Appends the candidate's name (and its other spellings) to `ref`'s aliases; returns the file. */
export function aliasCandidate(contentDir: string, candidate: Candidate, ref: string): string {
  if (!entityRef.safeParse(ref).success)
    throw new Error(`"${ref}" is not an entity ref. Write <kind>/<id>, e.g. organizations/government-of-russia.`);
  const file = path.join(contentDir, `${ref}.yaml`);
  if (!existsSync(file))
    throw new Error(`${file} does not exist. Check the ref with ls ${path.join(contentDir, ref.split('/')[0])}/.`);
  const document = parseDocument(readFileSync(file, 'utf8'));
  const current = (document.get('aliases') as YAMLSeq | undefined)?.toJSON() as string[] | undefined;
  const names = [...new Set([...Object.values(candidate.names), ...candidate.contexts.map((c) => c.text)])].filter(
    (n) => n.replace(/[^\p{L}\p{N}]/gu, '').length >= 2,
  );
  const added = names.filter((n) => !(current ?? []).includes(n));
  if (!current) document.set('aliases', added);
  else for (const name of added) (document.get('aliases') as YAMLSeq).add(name);
  writeFileSync(file, document.toString({ lineWidth: 0 }));
  return file;
}

/** Records the rejection in `content/name-decisions.yaml`; returns the file. */
export function rejectCandidate(contentDir: string, candidate: Candidate, reason?: string): string {
  const file = path.join(contentDir, NAME_DECISIONS_FILE);
  const document = parseDocument(
    existsSync(file)
      ? readFileSync(file, 'utf8')
      : '# Names entities:suggest is not to propose again (see src/lib/entities/name-decisions.ts).\nrejected: []\n',
  );
  const entry = { name: candidate.name, type: candidate.type, ...(reason ? { reason } : {}) };
  const list = document.get('rejected') as YAMLSeq | undefined;
  if (!list) document.set('rejected', [entry]);
  else {
    list.flow = false;
    list.add(document.createNode(entry));
  }
  writeFileSync(file, document.toString({ lineWidth: 0 }));
  return file;
}
