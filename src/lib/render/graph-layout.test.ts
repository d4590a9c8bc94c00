import { describe, expect, it } from 'vitest';
import { drawGraph, layoutGraph, legibleWidth, shortenLabel, type GraphNode } from './graph-layout.ts';

const nodes = [
  { id: 'a', label: 'A', group: 'people', weight: 3 },
  { id: 'b', label: 'B', group: 'organizations', weight: 1 },
  { id: 'c', label: 'C', group: 'people', weight: 1 },
];

/** `n` nodes with labels `length` characters long, the first the centre when `center`. */
const many = (n: number, length: number): GraphNode[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    label: `${'Ш'.repeat(length - 1)}${i % 10}`,
    group: i % 2 ? 'people' : 'organizations',
    weight: 1 + (i % 5),
  }));

describe('layoutGraph', () => {
  it('is deterministic and keeps every node inside the picture', () => {
    const one = layoutGraph(nodes, [{ from: 'a', to: 'b', weight: 2 }]);
    expect(layoutGraph(nodes, [{ from: 'a', to: 'b', weight: 2 }])).toEqual(one);
    for (const n of one.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(one.width);
    }
    expect(one.edges).toHaveLength(1);
  });

  it('puts the centre node in the middle', () => {
    const layout = layoutGraph(nodes, [], { center: 'b' });
    expect(layout.nodes.find((n) => n.id === 'b')).toMatchObject({ x: layout.width / 2, y: layout.height / 2 });
  });

  it('drops edges to nodes it does not have', () => {
    expect(layoutGraph(nodes, [{ from: 'a', to: 'zzz', weight: 1 }]).edges).toEqual([]);
  });

  it('makes a small picture of a node with two neighbours, and a larger ring for many nodes', () => {
    const small = layoutGraph(nodes, [], { center: 'a' });
    expect(small.height).toBeLessThan(200);
    expect(layoutGraph(many(24, 8), []).width).toBeGreaterThan(small.width);
  });
});

describe('drawGraph', () => {
  it('holds every node and its label inside the view box', () => {
    for (const drawing of [drawGraph(many(24, 18), []), drawGraph(many(5, 18), [], { center: 'n0' })]) {
      const { x, y, width, height } = drawing.viewBox;
      for (const n of drawing.nodes) {
        expect(n.x - n.r).toBeGreaterThanOrEqual(x);
        expect(n.x + n.r).toBeLessThanOrEqual(x + width);
        expect(n.y - n.r).toBeGreaterThanOrEqual(y);
        expect(n.y + n.r).toBeLessThanOrEqual(y + height);
        // the label's far end (estimated at 0.6 em a character), along its ray or level
        const length = [...n.label].length * drawing.fontSize * 0.6;
        const turn = (n.at.rotate * Math.PI) / 180;
        const sign = n.at.anchor === 'end' ? -1 : n.at.anchor === 'middle' ? 0.5 : 1;
        const endX = n.at.x + sign * length * Math.cos(turn);
        const endY = n.at.y + sign * length * Math.sin(turn);
        expect(endX).toBeGreaterThanOrEqual(x);
        expect(endX).toBeLessThanOrEqual(x + width);
        expect(endY).toBeGreaterThanOrEqual(y);
        expect(endY).toBeLessThanOrEqual(y + height);
      }
    }
  });

  it('keeps labels 12 px high where each picture is shown: the full one from 36rem, the compact one from 288 px', () => {
    // the largest pictures the component draws: 24 nodes (16 around a centre) with 18 characters, 8 with 10
    expect(legibleWidth(drawGraph(many(24, 18), []))).toBeLessThanOrEqual(576);
    expect(legibleWidth(drawGraph(many(16, 18), [], { center: 'n0' }))).toBeLessThanOrEqual(576);
    expect(legibleWidth(drawGraph(many(8, 10), []))).toBeLessThanOrEqual(288);
    expect(legibleWidth(drawGraph(many(8, 10), [], { center: 'n0' }))).toBeLessThanOrEqual(288);
  });
});

describe('shortenLabel', () => {
  it('cuts a long name at a word, within the limit', () => {
    expect(shortenLabel('IV Форум регионов Беларуси и России', 18)).toBe('IV Форум регионов…');
    expect(shortenLabel('Лукашенко', 10)).toBe('Лукашенко');
    expect(shortenLabel('Министерство связи', 10)).toBe('Министерс…');
    expect([...shortenLabel('Министерство связи', 10)].length).toBeLessThanOrEqual(10);
  });
});
