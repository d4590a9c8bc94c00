import { buildArticles, fingerprint, type InputFile } from '../archive/build-articles.ts';
import { captureKindOf, DecodeError, readCapture, type CaptureReading, type HeadlineSource } from '../capture/index.ts';
import type { PermalinkLock } from '../permalinks/lock.ts';
import type { Problem } from '../problems.ts';
import type { IngestFlags } from './args.ts';
import { metadataFromPage, type Sourced } from './html-metadata.ts';
import { printDigest } from './digest-index.ts';
import { captureExtension, captureFileName, nextNumber } from './naming.ts';
import { renderSidecar, unknownFields, type Knowable, type SidecarFields } from './sidecar.ts';

/** The archive as ingest sees it: what the build would read, plus what ingest needs to compare against. */
export interface ArchiveState {
  /** The name of every capture in seeds/, sorted. */
  captureNames: string[];
  /** The id of every sidecar in content/articles/. */
  sidecarIds: ReadonlySet<string>;
  /**
   * The captures not yet in the lock (paths as the build names them: `seeds/000_….txt`) and their sidecars:
   * the only ones whose permanent path a new capture can change.
   */
  captures: InputFile[];
  sidecars: InputFile[];
  /** Ids of the other captures in seeds/: they exist, and their locked paths are taken. */
  present: ReadonlySet<string>;
  lock: PermalinkLock;
  lockPath: string;
  /** Locked ids retired on purpose (withdrawn, redirected). */
  retired?: ReadonlySet<string>;
  /** `seeds` and `content/articles`, as paths are shown. */
  seedsPath: string;
  metadataPath: string;
  /** Digest of the text fingerprint of each readable capture ({@link printDigest}) → its path. */
  fingerprints: Map<string, string>;
  /** id → the permanent path the build would give now. */
  permalinks: Map<string, string>;
}

/** Where an ingested article's title came from. */
export type TitleFrom = '--title' | 'lead' | HeadlineSource;

/** A file to ingest: its name as the editor gave it and its bytes. */
export interface IngestSource {
  name: string;
  bytes: Uint8Array;
}

export interface IngestPlan {
  ok: true;
  id: string;
  capture: InputFile;
  sidecar: InputFile;
  title: string;
  titleSupplied: boolean;
  /** Where the title came from: the editor's flag, the capture's headline (and how it was found), or the lead. */
  titleFrom: TitleFrom;
  /** The permanent path the build will give the article. */
  permalink: string;
  reading: CaptureReading;
  /** `saved HTML page, windows-1251`. */
  description: string;
  /** What the sidecar records (date, outlet …), each with where it came from. */
  fields: SidecarFields;
  /** Fields taken from the page's own tags, with the tag. */
  fromPage: Array<{ field: Knowable; source: string }>;
  unknown: Knowable[];
  warnings: string[];
  /** Not-yet-built articles whose path the build would change because of this one (a shared slug). */
  moved: Array<{ id: string; from: string; to: string }>;
  /** Every article's path once this one is added. */
  permalinks: Map<string, string>;
}

export interface IngestRefusal {
  ok: false;
  problems: Problem[];
  /** The capture that already has this text. */
  duplicateOf?: string;
}

const stem = (path: string) =>
  path
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/u, '');
const fromFlag = (value: string | undefined, flag: string): Sourced | undefined =>
  value === undefined ? undefined : { value, source: `--${flag}` };

/**
 * Works out everything ingesting one file would do, writing nothing: its name in seeds/, its sidecar, and
 * the permanent path, by running the build's own {@link buildArticles} over the archive with the file added.
 */
export function planIngest(
  state: ArchiveState,
  source: IngestSource,
  flags: IngestFlags,
  today: string,
): IngestPlan | IngestRefusal {
  const refuse = (message: string, fix: string, extra: Partial<IngestRefusal> = {}): IngestRefusal => ({
    ok: false,
    problems: [{ file: source.name, message, fix }],
    ...extra,
  });
  const ext = captureExtension(source.name);
  if (!ext)
    return refuse(
      'is not a capture letopis reads',
      'give a .txt, .md or saved .html page (save the article text as UTF-8 .txt if it is in another format)',
    );
  const kind = captureKindOf(`x.${ext}`);

  let reading: CaptureReading;
  try {
    reading = readCapture(source.bytes, kind, flags.url ? { url: flags.url } : {});
  } catch (error) {
    if (error instanceof DecodeError) return refuse(error.message, error.fix);
    throw error;
  }
  const twin = state.fingerprints.get(printDigest(fingerprint(reading)));
  if (twin) {
    return refuse(
      `has the same text as ${twin}, already in the archive (id ${stem(twin)})`,
      'nothing to do: it is archived already. If this copy is better, replace the old capture by hand (its URL is kept)',
      { duplicateOf: stem(twin) },
    );
  }

  const warnings: string[] = [];
  if (reading.decoded.uncertain) {
    warnings.push(
      `${source.name}: the encoding is uncertain: ${reading.decoded.uncertain}; check the title and text, and if they are garbled save the file as UTF-8 and ingest it again before the first build (its URL is locked then)`,
    );
  }
  if (reading.paragraphs.length === 0)
    return refuse(
      'has no article text left once boilerplate is removed',
      'check that the file holds the article itself',
    );
  // --title is the editor's override; without it the capture's headline, and without one a title drawn from the lead.
  const title = flags.title ?? reading.title ?? reading.suppliedTitle;
  if (title === undefined)
    return refuse(
      'has no headline and no lead to draw a title from',
      'ingest it again with --title "…" (an editor\'s title, shown in [square brackets])',
    );
  if (reading.title !== undefined && flags.title !== undefined && flags.title !== reading.title) {
    warnings.push(
      `--title overrides the capture's own headline «${reading.title}» (the title is shown in [square brackets], as an editor's)`,
    );
  }
  const titleFrom: TitleFrom =
    flags.title !== undefined
      ? '--title'
      : reading.title !== undefined
        ? (reading.titleSource ?? 'first-line')
        : 'lead';

  const page = reading.html ? metadataFromPage(reading.html.meta, reading.html.byline) : {};
  const fields: SidecarFields = {
    ...withValue('outlet', fromFlag(flags.outlet, 'outlet') ?? page.outlet),
    ...withValue('url', fromFlag(flags.url, 'url') ?? page.url),
    ...withValue('author', fromFlag(flags.author, 'author') ?? page.author),
    ...withValue('date', fromFlag(flags.date, 'date') ?? page.date ?? foundDate(reading)),
    ...(title !== reading.title && { title }),
    ...(flags.lang && { language: flags.lang }),
  };
  const encoding = `${reading.decoded.encoding}${reading.decoded.bom ? ' + BOM' : ''}`;
  const description = `${kind === 'html' ? 'saved HTML page' : ext === 'md' ? 'markdown text' : 'plain text'}, ${encoding}`;
  const number = nextNumber(state.captureNames);
  const captureName = captureFileName(number, reading.sha256, ext);
  const id = stem(captureName);
  const capture = { path: `${state.seedsPath}/${captureName}`, bytes: source.bytes };
  if (state.sidecarIds.has(id)) {
    return refuse(
      `would be stored as ${captureName}, but ${state.metadataPath}/${id}.yaml already exists`,
      `move that stray sidecar away (it has no capture), then ingest again`,
    );
  }
  const sidecarText = renderSidecar(fields, {
    captureName,
    originalName: source.name.split(/[\\/]/u).pop()!,
    description,
    title,
    titleFromLead: titleFrom === 'lead',
    today,
  });
  const sidecar = { path: `${state.metadataPath}/${id}.yaml`, bytes: new TextEncoder().encode(sidecarText) };

  const built = buildArticles({
    captures: [...state.captures, capture],
    sidecars: [...state.sidecars, sidecar],
    lock: state.lock,
    lockPath: state.lockPath,
    refused: state.present,
    ...(state.retired && { retired: state.retired }),
  });
  const own = built.problems.filter((p) => p.file === capture.path || p.file === sidecar.path);
  if (own.length > 0) return { ok: false, problems: own.map((p) => ({ ...p, file: source.name })) };
  const article = built.articles.find((a) => a.id === id);
  if (!article)
    return refuse(
      'could not be given a permanent URL',
      'run npm run ingest -- --check and fix what it lists, then ingest again',
    );
  if (reading.language.language !== article.language && flags.lang)
    warnings.push(`the text reads as "${reading.language.language}" but --lang ${flags.lang} overrides it`);

  const permalinks = new Map(built.articles.map((a) => [a.id, a.permalink]));
  const moved = [...state.permalinks]
    .filter(([other, path]) => other !== id && permalinks.get(other) !== undefined && permalinks.get(other) !== path)
    .map(([other, from]) => ({ id: other, from, to: permalinks.get(other)! }));
  return {
    ok: true,
    id,
    capture,
    sidecar,
    title,
    titleSupplied: title !== reading.title,
    titleFrom,
    permalink: article.permalink,
    reading,
    description,
    fromPage: (['outlet', 'url', 'author', 'date'] as const).flatMap((field) => {
      const value = fields[field];
      return value && !value.source.startsWith('--') ? [{ field, source: value.source }] : [];
    }),
    fields,
    unknown: unknownFields(fields),
    warnings,
    moved,
    permalinks,
  };
}

/** The archive's state with a planned capture in it (written or, in a dry run, only imagined). */
export function addPlan(state: ArchiveState, plan: IngestPlan): ArchiveState {
  const fingerprints = new Map(state.fingerprints).set(printDigest(fingerprint(plan.reading)), plan.capture.path);
  return {
    ...state,
    captureNames: [...state.captureNames, plan.capture.path.split('/').pop()!].sort(),
    sidecarIds: new Set(state.sidecarIds).add(plan.id),
    captures: [...state.captures, plan.capture],
    sidecars: [...state.sidecars, plan.sidecar],
    fingerprints,
    permalinks: plan.permalinks,
  };
}

/** The date the capture reader found (the page's markup, the text's header, the address), for the sidecar. */
const foundDate = (reading: CaptureReading): SidecarFields['date'] =>
  reading.date && {
    value: reading.date.value,
    source:
      reading.date.evidence === 'inferred'
        ? "the article's address"
        : reading.html
          ? "the saved page's markup"
          : "the capture's header",
    evidence: reading.date.evidence,
    note: reading.date.note,
  };

const withValue = <K extends string>(key: K, value: Sourced | undefined) =>
  value === undefined ? {} : ({ [key]: value } as Record<K, Sourced>);
