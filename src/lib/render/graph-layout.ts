import { compareText } from '../collate.ts';

/** A node of the co-mention graph. */
export interface GraphNode {
  id: string;
  label: string;
  /** Grouping (people, organizations, events …): drawn as the node's colour class. */
  group: string;
  /** Articles that name it: sets the node's size. */
  weight: number;
}

/** Two nodes named in the same articles, `weight` times. */
export interface GraphEdge {
  from: string;
  to: string;
  weight: number;
}

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  r: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: Array<GraphEdge & { x1: number; y1: number; x2: number; y2: number }>;
}

/**
 * Places a graph deterministically (same input, same picture: builds stay reproducible): with a
 * `center`, that node in the middle and the others on a ring around it; otherwise all nodes on a
 * ring, grouped by kind so that edges between kinds cross the middle.
 */
export function layoutGraph(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  options: { size?: number; center?: string } = {},
): GraphLayout {
  const size = options.size ?? 480;
  const middle = size / 2;
  const maxWeight = Math.max(1, ...nodes.map((n) => n.weight));
  const radius = (n: GraphNode) => 5 + 9 * Math.sqrt(n.weight / maxWeight);
  const ring = [...nodes]
    .filter((n) => n.id !== options.center)
    .sort((a, b) => compareText('en')(a.group, b.group) || b.weight - a.weight || compareText('en')(a.label, b.label)); // a fixed locale: the build machine's LANG must not move the nodes
  const ringRadius = middle - 90;
  const placed = new Map<string, PlacedNode>();
  ring.forEach((node, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, ring.length);
    placed.set(node.id, {
      ...node,
      x: round(middle + ringRadius * Math.cos(angle)),
      y: round(middle + ringRadius * Math.sin(angle)),
      r: round(radius(node)),
    });
  });
  const center = nodes.find((n) => n.id === options.center);
  if (center) placed.set(center.id, { ...center, x: middle, y: middle, r: round(radius(center) + 4) });
  return {
    width: size,
    height: size,
    nodes: nodes.map((n) => placed.get(n.id)!),
    edges: edges
      .filter((e) => placed.has(e.from) && placed.has(e.to))
      .map((e) => {
        const a = placed.get(e.from)!;
        const b = placed.get(e.to)!;
        return { ...e, x1: a.x, y1: a.y, x2: b.x, y2: b.y };
      }),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
