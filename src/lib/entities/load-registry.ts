/**
 * Reads the entity registry from a content directory and validates it. On any problem it throws one
 * {@link RegistryError} listing every problem, each naming the file and what to do about it, so an
 * editor fixes everything in one pass instead of meeting errors one at a time.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
  entityId,
  entityKinds,
  entitySchemas,
  topicFrontmatter,
  type Entity,
  type EntityKind,
  type Registry,
  type Topic,
} from './schema.ts';
import { findControlCharacter, findControlInValue } from '../text/control.ts';
import { editorialProblems } from '../render/editorial.ts';

/** One thing wrong with one registry file. */
export interface RegistryProblem {
  /** Path of the file, relative to the content directory. */
  file: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** Thrown by {@link loadRegistry} with every problem found. */
export class RegistryError extends Error {
  readonly problems: readonly RegistryProblem[];
  constructor(problems: readonly RegistryProblem[], options?: ErrorOptions) {
    super(
      `The entity registry has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${p.file}: ${p.message}`).join('\n'),
      options,
    );
    this.name = 'RegistryError';
    this.problems = problems;
  }
}

/** Reads `content/{people,organizations,events,places}/*.yaml` and `content/topics/*.mdx` under `contentDir`. */
export async function loadRegistry(contentDir: string): Promise<Registry> {
  const problems: RegistryProblem[] = [];
  const entities: Entity[] = [];
  const topics: Topic[] = [];

  for (const kind of entityKinds) {
    const files = await listFiles(contentDir, kind, problems);
    for (const name of files) {
      const file = `${kind}/${name}`;
      if (!/\.ya?ml$/.test(name)) {
        problems.push({
          file,
          message: 'is not a .yaml file; registry entities are YAML. Rename it or move it out of the folder.',
        });
        continue;
      }
      // putin.yaml and putin.yml are the same id: one would silently replace the other.
      const twin = files.find(
        (other) =>
          other !== name && /\.ya?ml$/.test(other) && other.replace(/\.ya?ml$/, '') === name.replace(/\.ya?ml$/, ''),
      );
      if (twin) {
        if (name.endsWith('.yaml')) {
          problems.push({
            file,
            message: `has the same id as ${kind}/${twin} ("${name.replace(/\.ya?ml$/, '')}"): one would silently replace the other. Merge them into ${kind}/${name} and delete ${kind}/${twin}.`,
          });
        }
        continue;
      }
      const source = await read(contentDir, file, problems);
      if (source === undefined) continue;
      const id = name.replace(/\.ya?ml$/, '');
      const data = parseYamlDocument(source, file, problems);
      if (data === undefined) continue;
      const value = validate(entitySchemas[kind], data, file, problems);
      if (!checkId(id, file, problems) || value === undefined) continue;
      entities.push({ ...(value as object), collection: kind, id, ref: `${kind}/${id}`, file } as Entity);
    }
  }

  for (const name of await listFiles(contentDir, 'topics', problems)) {
    const file = `topics/${name}`;
    if (!name.endsWith('.mdx')) {
      problems.push({ file, message: 'is not an .mdx file; topics are MDX with YAML frontmatter. Rename it.' });
      continue;
    }
    const source = await read(contentDir, file, problems);
    if (source === undefined) continue;
    const split = splitFrontmatter(source);
    if (!split) {
      problems.push({
        file,
        message: 'has no frontmatter. Start the file with a line "---", the YAML fields, and another line "---".',
      });
      continue;
    }
    const data = parseYamlDocument(split.frontmatter, file, problems);
    if (data === undefined) continue;
    const value = validate(topicFrontmatter, data, file, problems);
    const id = name.replace(/\.mdx$/, '');
    if (!checkId(id, file, problems) || value === undefined) continue;
    if (split.body.trim() === '') {
      problems.push({
        file,
        message: 'has no description. Write one to three short paragraphs in Russian after the frontmatter.',
      });
    }
    // The description is editorial Markdown: raw HTML, unsafe links and foreign images are refused with their line.
    const bodyLine = source.slice(0, source.length - split.body.length).split('\n').length - 1;
    for (const problem of editorialProblems(split.body)) {
      problems.push({
        file,
        message: `line ${bodyLine + problem.line}: ${problem.message}. ${problem.fix[0]!.toUpperCase()}${problem.fix.slice(1)}.`,
      });
    }
    topics.push({ ...value, id, body: split.body.trim(), file });
  }

  problems.push(...crossReferenceProblems(entities, topics));
  if (problems.length > 0) throw new RegistryError(problems);
  return { entities, topics };
}

/** Problems with references between files: topic rules and event participants naming missing entities. */
export function crossReferenceProblems(entities: readonly Entity[], topics: readonly Topic[]): RegistryProblem[] {
  const known = new Set(entities.map((e) => e.ref));
  const problems: RegistryProblem[] = [];
  const missing = (file: string, ref: string, where: string) =>
    problems.push({
      file,
      message: `${where} names "${ref}", which does not exist. Create content/${ref}.yaml or correct the reference.`,
    });
  for (const topic of topics) {
    if (topic.entity && !known.has(topic.entity)) missing(topic.file, topic.entity, 'entity');
    for (const ref of topic.rule.entities) if (!known.has(ref)) missing(topic.file, ref, 'rule.entities');
    for (const keyword of topic.rule.keywords) {
      for (const term of keyword.split('&').map((t) => t.trim())) {
        if (term.includes('/') && !known.has(term)) missing(topic.file, term, `rule.keywords ("${keyword}")`);
      }
    }
  }
  for (const entity of entities) {
    if (entity.collection !== 'events') continue;
    for (const ref of entity.participants) if (!known.has(ref)) missing(entity.file, ref, 'participants');
  }
  return problems;
}

/** Splits `---\n<yaml>\n---\n<body>`; undefined when the text does not start with frontmatter. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } | undefined {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(source);
  return match ? { frontmatter: match[1], body: match[2] } : undefined;
}

async function listFiles(
  contentDir: string,
  folder: EntityKind | 'topics',
  problems: RegistryProblem[],
): Promise<string[]> {
  try {
    const entries = await readdir(path.join(contentDir, folder), { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    problems.push({
      file: `${folder}/`,
      message: `cannot be read (${(error as Error).message}). Check the folder's permissions.`,
    });
    return [];
  }
}

async function read(contentDir: string, file: string, problems: RegistryProblem[]): Promise<string | undefined> {
  try {
    const text = await readFile(path.join(contentDir, file), 'utf8');
    const control = findControlCharacter(text);
    if (control) {
      problems.push({
        file,
        message: `line ${control.line} holds the control character ${control.code}, which is not text. Delete it.`,
      });
      return undefined;
    }
    return text;
  } catch (error) {
    problems.push({ file, message: `cannot be read (${(error as Error).message}). Check the file's permissions.` });
    return undefined;
  }
}

function parseYamlDocument(source: string, file: string, problems: RegistryProblem[]): unknown {
  try {
    const data: unknown = parseYaml(source, { prettyErrors: true });
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      problems.push({ file, message: 'must be a YAML mapping (key: value lines), not a list or a bare value.' });
      return undefined;
    }
    const escaped = findControlInValue(data);
    if (escaped) {
      problems.push({
        file,
        message: `${escaped.path} holds the control character ${escaped.code} (written as a YAML escape), which is not text. Delete it.`,
      });
      return undefined;
    }
    return data;
  } catch (error) {
    problems.push({
      file,
      message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}. Fix the syntax at that line.`,
    });
    return undefined;
  }
}

function validate<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
  problems: RegistryProblem[],
): z.output<T> | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    const fix =
      issue.code === 'unrecognized_keys'
        ? ' Remove or rename the key: the schema in src/lib/entities/schema.ts lists the allowed fields.'
        : issue.code === 'invalid_type' && /undefined|received undefined/.test(issue.message)
          ? ' Add the field.'
          : ' Correct the value.';
    problems.push({ file, message: `${where}: ${issue.message}.${fix}` });
  }
  return undefined;
}

function checkId(id: string, file: string, problems: RegistryProblem[]): boolean {
  if (entityId.safeParse(id).success) return true;
  problems.push({
    file,
    message: `the file name "${id}" is the id and must be kebab-case Latin (e.g. "hi-tech-park"). Rename the file.`,
  });
  return false;
}
