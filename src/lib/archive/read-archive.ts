import {
  compileRegistry,
  enrichWith,
  type CompiledRegistry,
  loadRegistry,
  RegistryError,
  unmatchedNames,
  withLinkedTopics,
  type Registry,
  type UnmatchedName,
} from '../entities/index.ts';
import type { PermalinkLock } from '../permalinks/lock.ts';
import type { Problem } from '../problems.ts';
import type { ArchivedArticle } from './article.ts';
import type { DetectedName } from '../entities/detect/index.ts';
import { buildArticles } from './build-articles.ts';
import { openEnrichmentCache } from './enrichment-cache.ts';
import { articleReader } from './article-reading.ts';
import { sidecarReader } from './sidecar-reading.ts';
import { displayPath, type ArchivePaths } from '../inputs/paths.ts';
import { readDir, readSeeds } from './read-input.ts';
import { registryPaths } from './registry-paths.ts';
import { readPermanenceFiles, type PermanenceFiles } from '../permanence/files.ts';
import { checkPermanence, retiredArticleIds } from '../permanence/check.ts';
import { readLockFiles, registryFilesInGit } from '../permanence/lock-files.ts';
import { checkAnchors, type AnchorRecord } from '../permalinks/anchors.ts';
import { folderOf, groupCandidates, registryKeys } from '../entities/candidates.ts';
import { slugFromTitle } from '../permalinks/slug.ts';
import { detectNames } from '../entities/detect/index.ts';
import { loadNameDecisions, rejectedKeys } from '../entities/name-decisions.ts';
import { entityForms, keyMentionFinder, mergeMentions, provisionalEntities } from '../entities/provisional.ts';
import { nameKey } from '../entities/detect/name-key.ts';
import {
  decideProvisional,
  legacyProvisional,
  type ProvisionalEntry,
  type ProvisionalRecord,
  type RetiredProvisional,
} from '../permanence/provisional.ts';
import type { EntityRef } from '../entities/schema.ts';
import { captureId } from '../capture/capture-id.ts';
import { SIDECAR_FILE } from '../metadata/schema.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The whole archive: enriched articles, the registry and every page's permanent path. */
export interface Archive {
  articles: ArchivedArticle[];
  registry: Registry;
  /** `people/lukashenko`, `topics/hi-tech-park` … → permanent path. */
  registryPaths: Map<string, string>;
  /** Capitalised names and acronyms no entity matches, for the editors' report. */
  unmatched: Array<UnmatchedName & { article: string }>;
}

/** The permanence files as read and checked, and the captures `seeds/` holds: what the build's integrations and pages use. */
export interface Permanence extends PermanenceFiles {
  /** The capture files in `seeds/`, sorted (every one passed the seeds check). */
  captureFiles: string[];
  /**
   * Provisional pages this build no longer produces, each with the redirect or tombstone that stands at its
   * path (src/lib/permanence/provisional.ts).
   */
  retiredProvisional: RetiredProvisional[];
  /** The provisional pages' record as the last build wrote it (`content/provisional.json`). */
  provisionalBefore: ProvisionalRecord;
}

export type ArchiveReading =
  | {
      ok: true;
      archive: Archive;
      /** The lock and anchor record this build records once it succeeds (new paths included). */
      lock: PermalinkLock;
      anchors: AnchorRecord;
      /** The provisional pages' record this build writes once it succeeds. */
      provisional: ProvisionalRecord;
      added: Array<{ id: string; path: string }>;
      permanence: Permanence;
    }
  | { ok: false; problems: Problem[] };

async function readRegistry(paths: ArchivePaths, problems: Problem[]): Promise<Registry> {
  try {
    return await loadRegistry(paths.contentDir);
  } catch (error) {
    if (!(error instanceof RegistryError)) {
      throw new Error(
        `Could not read the registry in ${displayPath(paths.root, paths.contentDir)}: ${(error as Error).message}`,
        { cause: error },
      );
    }
    for (const p of error.problems)
      problems.push({ file: displayPath(paths.root, `${paths.contentDir}/${p.file}`), message: p.message, fix: '' });
    return { entities: [], topics: [] };
  }
}

/** Editorial links (`about:` in a sidecar) must name a registry entry and a paragraph the article has. */
function aboutProblems(
  paths: ArchivePaths,
  articles: ReturnType<typeof buildArticles>['articles'],
  known: Map<string, string>,
  present: (kind: string, id: string) => boolean,
): Problem[] {
  const problems: Problem[] = [];
  for (const article of articles) {
    const sidecar = displayPath(paths.root, `${paths.metadataDir}/${article.id}.yaml`);
    for (const { entity, paragraphs } of article.about ?? []) {
      const [kind = '', id = ''] = entity.split('/');
      // An entry whose file is there but could not be read is reported by the registry, not as missing here.
      if (!known.has(entity) && !present(kind, id))
        problems.push({
          file: sidecar,
          message: `about: no entity ${entity} in the registry`,
          fix: `add content/${entity}.yaml or correct the reference`,
        });
      for (const n of paragraphs) {
        if (n > article.paragraphs.length)
          problems.push({
            file: sidecar,
            message: `about: ${entity} names paragraph ${n}, but the article has ${article.paragraphs.length}`,
            fix: 'use a paragraph number shown on the article page (#p-N)',
          });
      }
    }
  }
  return problems;
}

/**
 * Reads and checks everything the archive is made of, and enriches every article: the one function
 * the build (through the content loaders) and the command-line tools share. Does not write anything:
 * the next `lock` and `anchors` are recorded by letopis:lock once the whole build has succeeded.
 *
 * performance: with `enrichmentCache` (a file in Astro's cache folder), an article whose paragraphs,
 * registry and enrichment code are unchanged since the last build reuses its enrichment
 * (enrichment-cache.ts); the registry is compiled (morphology, alias index) only if some article needs it.
 * With `readingCache`, a capture whose bytes and reading code are unchanged is not read again (article-reading.ts);
 * with `sidecarCache`, neither is a sidecar (sidecar-reading.ts).
 */
export async function readArchive(
  paths: ArchivePaths,
  options: { enrichmentCache?: string; readingCache?: string; sidecarCache?: string; git?: boolean } = {},
): Promise<ArchiveReading> {
  const problems: Problem[] = [];
  const lockPath = displayPath(paths.root, paths.lockFile);
  // Every input is read and checked before anything stops, so one build lists every problem.
  const lockFiles = readLockFiles(paths, { git: options.git ?? true });
  problems.push(...lockFiles.problems);
  const { problems: permanenceProblems, ...permanence } = readPermanenceFiles(paths);
  problems.push(...permanenceProblems);
  const registry = await readRegistry(paths, problems);
  // a withdrawn or redirected article may leave seeds/; a capture refused by the seeds check is reported there, not as gone
  const retired = retiredArticleIds(lockFiles.lock, permanence.redirects, permanence.withdrawals);
  const seeds = readSeeds(
    paths,
    new Map(Object.entries(lockFiles.anchors).map(([id, entry]) => [id, entry.sha256])),
    retired,
  );
  problems.push(...seeds.problems);
  // The checks between the permanence files, the lock and seeds/ run on every valid entry: every problem in one build.
  problems.push(
    ...checkPermanence({
      ...permanence,
      lock: lockFiles.lock,
      captureIds: new Set(seeds.captureFiles.map(captureId)),
    }),
  );
  const reader = articleReader(options.readingCache);
  const sidecars = sidecarReader(options.sidecarCache);
  const built = buildArticles({
    read: reader.read,
    readSidecar: sidecars.read,
    captures: seeds.captures,
    sidecars: readDir(paths.metadataDir, SIDECAR_FILE, paths.root),
    lock: lockFiles.lock,
    lockPath,
    retired,
    refused: new Set(seeds.refused),
  });
  reader.save();
  sidecars.save();
  problems.push(...built.problems);
  const decisions = await readDecisions(paths, problems);
  // An entry whose file is there but could not be read is reported by the registry, not as gone.
  const present = (kind: string, id: string) =>
    ['.yaml', '.yml', '.mdx', '.md'].some((ext) => existsSync(join(paths.contentDir, kind, `${id}${ext}`)));
  // The registry's own paths, for checking editorial links; the final paths (provisional entities
  // included) are resolved after enrichment, and a locked path gone from both is a problem then.
  const registryOnly = registryPaths(registry, built.lock, lockPath, present);
  problems.push(...aboutProblems(paths, built.articles, registryOnly.paths, present));
  const anchors = checkAnchors(built.articles, lockFiles.anchors, permanence.renumberings, {
    record: displayPath(paths.root, join(paths.contentDir, 'anchors.json')),
    decisions: permanence.renumberedFile,
  });
  problems.push(...anchors.problems);
  if (problems.length > 0) return { ok: false, problems };

  const cache = options.enrichmentCache ? openEnrichmentCache(options.enrichmentCache, registry) : undefined;
  let compiled: CompiledRegistry | undefined;
  const unmatched: Archive['unmatched'] = [];
  const articles: ArchivedArticle[] = [];
  const detected: Array<{ article: string; paragraphs: string[]; names: DetectedName[] }> = [];
  for (const article of built.articles) {
    const texts = article.paragraphs.map((p) => p.text);
    // The paragraphs' kinds are part of the key: names are never taken from captions.
    const year = /^\d{4}$/u.test(article.year) ? Number(article.year) : undefined;
    const key = cache?.key([article.year, ...article.paragraphs.map((p) => `${p.kind}\u0000${p.text}`)]);
    let found = key ? cache!.get(key) : undefined;
    if (!found) {
      compiled ??= await compileRegistry(registry);
      const enrichment = enrichWith(texts, compiled.index, compiled.topics, compiled.morphology, year);
      found = {
        enrichment,
        unmatched: unmatchedNames(texts, enrichment.mentions),
        names: detectNames(article.paragraphs, compiled.morphology),
      };
      if (key) found = cache!.set(key, found); // as a warm build will read it back
    }
    unmatched.push(...found.unmatched.map((name) => ({ ...name, article: article.id })));
    // A topic about an entity the editor links to the article (`about`) holds it too (topics.ts).
    const topics = withLinkedTopics(found.enrichment.topics, article.about, registry.topics);
    articles.push({ ...article, ...found.enrichment, topics });
    detected.push({ article: article.id, paragraphs: texts, names: found.names });
  }
  cache?.save();

  // Provisional entities: confident names no registry entity covers get pages, marked unreviewed.
  const candidates = groupCandidates(
    detected.map((d, i) => ({ ...d, mentions: articles[i].mentions })),
    registryKeys(registry.entities),
    rejectedKeys(decisions),
  );
  const provisional = provisionalEntities(candidates, registry.entities);
  const keyMentions = keyMentionFinder(registry.entities);
  articles.forEach((article, i) => {
    // Registry entities written in a form the alias trie does not know (Belarusian inflection), then provisional ones.
    const extra = [...keyMentions(detected[i].names), ...(provisional.mentions.get(article.id) ?? [])];
    if (extra.length > 0) article.mentions = mergeMentions(article.mentions, extra);
  });
  const withProvisional: Registry = {
    entities: [...registry.entities, ...provisional.entities],
    topics: registry.topics,
  };
  const editorRedirects = new Map(permanence.redirects.map((r) => [r.from, r.to]));
  // A provisional page no longer proposed is kept alive by the build itself (a redirect to the same entity's
  // page, or a tombstone); the other paths of the lock keep the strict rule.
  const lockedEntities = new Map<string, string>(
    (['people', 'organizations', 'places'] as const).flatMap((kind) =>
      Object.entries(built.lock[kind]).map(([id, path]) => [`${kind}/${id}`, path] as const),
    ),
  );
  const pages = new Set(withProvisional.entities.map((e) => e.ref as string));
  /** A lock older than content/provisional.json: its provisional paths are told from git's history (legacyProvisional). */
  const legacyRecord = () => {
    if (lockFiles.provisionalFound || options.git === false) return {};
    const orphans = [...lockedEntities].filter(
      ([ref, path]) =>
        !pages.has(ref) && !present(...(ref.split('/') as [string, string])) && !editorRedirects.has(path),
    );
    const committed = orphans.length > 0 ? registryFilesInGit(paths) : undefined;
    if (!committed) return {};
    const named = new Map<string, Omit<ProvisionalEntry, 'status'>>();
    for (const r of decisions.rejected)
      named.set(`${folderOf[r.type]}/${slugFromTitle(r.name, 'name')}`, {
        type: r.type,
        key: nameKey(r.name),
        names: { ru: r.name },
      });
    for (const c of candidates) named.set(`${folderOf[c.type]}/${c.id}`, { type: c.type, key: c.key, names: c.names });
    return legacyProvisional(
      orphans.map(([ref]) => ref),
      committed,
      named,
    );
  };
  const record = { ...lockFiles.provisional, ...legacyRecord() };
  const vanished = Object.keys(record).filter(
    (ref) => !provisional.recorded.has(ref as EntityRef) && !present(...(ref.split('/') as [string, string])),
  );
  const kept = new Set([
    ...editorRedirects.keys(),
    ...vanished.flatMap((ref) => (lockedEntities.has(ref) ? [lockedEntities.get(ref)!] : [])),
  ]);
  const resolution = registryPaths(withProvisional, built.lock, lockPath, present, kept);
  if (resolution.problems.length > 0) return { ok: false, problems: resolution.problems };
  const decision = decideProvisional({
    record,
    lock: lockedEntities,
    lockPages: Object.keys(built.lock.pages),
    provisional: provisional.recorded as ReadonlyMap<string, Omit<ProvisionalEntry, 'status'>>,
    registry: new Set(registry.entities.map((e) => e.ref)),
    editorRedirected: editorRedirects,
    // performance: the names of every entity are keyed only when some provisional page is to be retired.
    live:
      vanished.length === 0
        ? []
        : withProvisional.entities.map((e) => ({ ref: e.ref, path: resolution.paths.get(e.ref)!, ...entityForms(e) })),
    nameKey,
  });
  return {
    ok: true,
    archive: { articles, registry: withProvisional, registryPaths: resolution.paths, unmatched },
    lock: resolution.lock,
    anchors: anchors.record,
    provisional: decision.record,
    added: [...built.added, ...resolution.added],
    permanence: {
      ...permanence,
      captureFiles: seeds.captureFiles,
      retiredProvisional: decision.retired,
      provisionalBefore: lockFiles.provisional,
    },
  };
}

async function readDecisions(paths: ArchivePaths, problems: Problem[]) {
  try {
    return await loadNameDecisions(paths.contentDir);
  } catch (error) {
    problems.push({
      file: displayPath(paths.root, `${paths.contentDir}/name-decisions.yaml`),
      message: (error as Error).message,
      fix: 'correct the file as the message says',
    });
    return { rejected: [] };
  }
}
