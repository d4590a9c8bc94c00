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

/** Where a node's label is drawn: its anchor point, the turn along the node's ray, and which end is anchored. */
export interface LabelPlace {
  x: number;
  y: number;
  rotate: number;
  anchor: 'start' | 'middle' | 'end';
}

/** A graph ready to draw: the view box holds every node and its label, and no more. */
export interface GraphDrawing extends GraphLayout {
  viewBox: { x: number; y: number; width: number; height: number };
  fontSize: number;
  nodes: Array<PlacedNode & { center: boolean; at: LabelPlace }>;
}

/** Up to this many nodes on the ring have level labels beside them; more get labels along their rays. */
const LEVEL_LABELS = 10;
/**
 * design: a label's width is estimated from its length (no font metrics: builds stay byte-reproducible),
 * generously, at 0.6 em a character: a label is never wider than its room, so none is cut at the edge.
 */
const CHARACTER = 0.6;

/**
 * Places a graph deterministically (same input, same picture: builds stay reproducible): with a
 * `center`, that node in the middle and the others on a ring around it; otherwise all nodes on a
 * ring, grouped by kind so that edges between kinds cross the middle. The ring is as large as its
 * nodes need (labels `fontSize` high must not touch), so a node with two neighbours makes a small picture.
 */
export function layoutGraph(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  options: { center?: string; fontSize?: number } = {},
): GraphLayout {
  const font = options.fontSize ?? 14;
  const maxWeight = Math.max(1, ...nodes.map((n) => n.weight));
  const radius = (n: GraphNode) => 5 + 9 * Math.sqrt(n.weight / maxWeight);
  const ring = [...nodes]
    .filter((n) => n.id !== options.center)
    .sort((a, b) => compareText('en')(a.group, b.group) || b.weight - a.weight || compareText('en')(a.label, b.label)); // a fixed locale: the build machine's LANG must not move the nodes
  // Level labels need about two lines of height between neighbours on the ring; labels along rays need room for the edges between them too.
  const spacing = ring.length <= LEVEL_LABELS ? 2.4 * font : 2.6 * font;
  const ringRadius = Math.max(4 * font, (ring.length * spacing) / (2 * Math.PI));
  const middle = ringRadius + 20;
  const placed = new Map<string, PlacedNode>();
  // from the top, clockwise; two neighbours sit left and right, clear of the centre's label below it
  const first = ring.length === 2 ? Math.PI : -Math.PI / 2;
  ring.forEach((node, i) => {
    const angle = first + (2 * Math.PI * i) / Math.max(1, ring.length);
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
    width: 2 * middle,
    height: 2 * middle,
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

/**
 * The graph with its labels placed: level beside each node when the ring is small, outward along each
 * node's ray when it is crowded (neighbours on the ring never overlap), the centre's below it. The view
 * box grows by the farthest label, so the picture's width in `fontSize`s tells how small it may be drawn
 * with legible labels (see {@link legibleWidth}).
 */
export function drawGraph(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  options: { center?: string; fontSize?: number } = {},
): GraphDrawing {
  const font = options.fontSize ?? 14;
  const layout = layoutGraph(nodes, edges, options);
  const mid = layout.width / 2;
  const estimate = (label: string) => [...label].length * font * CHARACTER;
  const level = layout.nodes.length - (options.center ? 1 : 0) <= LEVEL_LABELS;
  const placed = layout.nodes.map((n) => {
    const dx = n.x - mid;
    const dy = n.y - mid;
    const distance = Math.hypot(dx, dy);
    if (distance < 1)
      return {
        ...n,
        center: true,
        reachX: estimate(n.label) / 2,
        reachY: n.r + font * 1.9,
        at: { x: n.x, y: round(n.y + n.r + font + 4), rotate: 0, anchor: 'middle' as const },
      };
    const ux = dx / distance;
    const uy = dy / distance;
    const gap = n.r + 5;
    if (level) {
      // few nodes: level labels beside the node (above or below it at the top and bottom of the ring)
      const side: LabelPlace['anchor'] = ux > 0.3 ? 'start' : ux < -0.3 ? 'end' : 'middle';
      const at =
        side === 'middle' ? { x: n.x, y: round(n.y + uy * (n.r + font * 0.9)) } : { x: round(n.x + ux * gap), y: n.y };
      const reachX = Math.abs(dx) + (side === 'middle' ? estimate(n.label) / 2 : gap + estimate(n.label));
      const reachY = Math.abs(dy) + n.r + (side === 'middle' ? font * 1.6 : font * 0.6);
      return { ...n, center: false, reachX, reachY, at: { ...at, rotate: 0, anchor: side } };
    }
    const left = ux < -0.001;
    const degrees = (Math.atan2(dy, dx) * 180) / Math.PI + (left ? 180 : 0);
    const far = distance + gap + estimate(n.label);
    return {
      ...n,
      center: false,
      reachX: Math.abs(ux * far) + font * 0.6,
      reachY: Math.abs(uy * far) + font * 0.6,
      at: {
        x: round(n.x + ux * gap),
        y: round(n.y + uy * gap),
        rotate: round(degrees),
        anchor: left ? ('end' as const) : ('start' as const),
      },
    };
  });
  const reachX = Math.ceil(Math.max(...placed.map((n) => n.reachX)) + 8);
  const reachY = Math.ceil(Math.max(...placed.map((n) => n.reachY)) + 8);
  return {
    ...layout,
    fontSize: font,
    viewBox: { x: mid - reachX, y: mid - reachY, width: 2 * reachX, height: 2 * reachY },
    nodes: placed.map(({ reachX: _x, reachY: _y, ...n }) => n),
  };
}

/** The narrowest width (in CSS px) at which the drawing's labels are still `px` pixels high. */
export function legibleWidth(drawing: GraphDrawing, px = 12): number {
  return Math.ceil((drawing.viewBox.width * px) / drawing.fontSize);
}

/** A name cut to at most `max` characters at a word ("IV Форум регионов…"); the node's title gives it whole. */
export function shortenLabel(name: string, max: number): string {
  if ([...name].length <= max) return name;
  const words = name.split(' ');
  let short = words[0]!;
  for (const word of words.slice(1))
    if ([...`${short} ${word}`].length <= max - 1) short += ` ${word}`;
    else break;
  return [...short].length <= max - 1 ? `${short}…` : `${[...short].slice(0, max - 1).join('')}…`;
}

const round = (n: number) => Math.round(n * 10) / 10;
