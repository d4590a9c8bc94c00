import { describe, expect, it } from 'vitest';
import { layoutGraph } from './graph-layout.ts';

const nodes = [
  { id: 'a', label: 'A', group: 'people', weight: 3 },
  { id: 'b', label: 'B', group: 'organizations', weight: 1 },
  { id: 'c', label: 'C', group: 'people', weight: 1 },
];

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
    const layout = layoutGraph(nodes, [], { center: 'b', size: 200 });
    expect(layout.nodes.find((n) => n.id === 'b')).toMatchObject({ x: 100, y: 100 });
  });

  it('drops edges to nodes it does not have', () => {
    expect(layoutGraph(nodes, [{ from: 'a', to: 'zzz', weight: 1 }]).edges).toEqual([]);
  });
});
