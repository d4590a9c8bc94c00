import { compareText } from '../lib/collate.ts';
import { entityLink, type EntityLink } from './page-parts.ts';
import type { ArchiveIndex, EntityData } from './registry.ts';

/** A node of the co-mention graph: an entity, its link, what its short label is made of, and how many articles name it. */
export interface GraphNodeData extends EntityLink {
  ref: string;
  /** A person's surname in each language, or an organization's acronyms: the short labels (CoMentionGraph). */
  surname?: Extract<EntityData, { collection: 'people' }>['surname'];
  acronyms?: string[] | undefined;
  count: number;
}

/** The data of a co-mention graph: its nodes, the most named first (the centre first), and how many articles name each pair. */
export interface CoMentionGraphData {
  center?: string;
  nodes: GraphNodeData[];
  edges: Array<{ from: string; to: string; weight: number }>;
}

/**
 * The `limit` entities the graph draws (people, organizations and events; the most named, or the centre and
 * its most named neighbours) and the pairs of them named together, as a page's props (CoMentionGraph.astro).
 */
export function coMentionGraph(index: ArchiveIndex, options: { center?: string; limit: number }): CoMentionGraphData {
  const { center, limit } = options;
  const count = (ref: string) => index.links.byEntity.get(ref)?.length ?? 0;
  const candidates = center
    ? [center, ...(index.links.together.get(center)?.keys() ?? [])]
    : [...index.links.byEntity.keys()];
  const refs = candidates
    .filter((ref) => index.entities.has(ref) && !ref.startsWith('places/'))
    .sort((a, b) => (a === center ? -1 : b === center ? 1 : count(b) - count(a) || compareText()(a, b)))
    .slice(0, limit);
  const inGraph = new Set(refs);
  const nodes = refs.map((ref): GraphNodeData => {
    const entity = index.entities.get(ref)!;
    return {
      ref,
      ...entityLink(entity),
      ...(entity.collection === 'people' && { surname: entity.surname }),
      ...('acronyms' in entity && entity.acronyms && { acronyms: entity.acronyms }),
      count: count(ref),
    };
  });
  const edges = refs.flatMap((a) =>
    [...(index.links.together.get(a) ?? [])]
      .filter(([b]) => inGraph.has(b) && a < b)
      .map(([b, weight]) => ({ from: a, to: b, weight })),
  );
  return { ...(center !== undefined && { center }), nodes, edges };
}
