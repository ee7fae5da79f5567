import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { edgeWidth, layoutNetwork, nodeRadius, type LayoutLink, type LayoutNode } from './network-layout.ts';

const nodes: LayoutNode[] = ['a', 'b', 'c', 'd', 'e'].map((key, i) => ({ key, radius: 8 + i }));
const links: LayoutLink[] = [
  { from: 'a', to: 'b', weight: 3 },
  { from: 'b', to: 'c', weight: 1 },
  { from: 'c', to: 'a', weight: 1 },
  { from: 'd', to: 'e', weight: 2 },
];
const box = { width: 640, height: 420 };

describe('layoutNetwork', () => {
  test('gives the same places for the same nodes and links, run after run', () => {
    const first = layoutNetwork(nodes, links, box);
    const second = layoutNetwork(structuredClone(nodes), structuredClone(links), box);
    expect([...second]).toEqual([...first]);
  });

  test('places every node inside the box, apart from the others', () => {
    const places = layoutNetwork(nodes, links, { ...box, padding: 40, labelRoom: 100 });
    expect([...places.keys()]).toEqual(['a', 'b', 'c', 'd', 'e']);
    for (const { x, y } of places.values()) {
      expect(x).toBeGreaterThanOrEqual(40);
      expect(x).toBeLessThanOrEqual(500);
      expect(y).toBeGreaterThanOrEqual(40);
      expect(y).toBeLessThanOrEqual(380);
    }
    const points = [...places.values()];
    points.forEach((p, i) =>
      points.slice(i + 1).forEach((q) => expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(5)),
    );
  });

  test('puts a lone node in the middle of the room left of its label, and ignores links to unknown nodes', () => {
    const places = layoutNetwork([{ key: 'x', radius: 10 }], [{ from: 'x', to: 'nobody', weight: 1 }], {
      ...box,
      labelRoom: 100,
    });
    expect(places.get('x')).toEqual({ x: 270, y: 210 });
  });

  test('fits a network to the box, spreading a small one out but only so far', () => {
    const spread = (size: number) => {
      const xs = [...layoutNetwork(nodes, links, { width: size, height: size }).values()].map((p) => p.x);
      return Math.max(...xs) - Math.min(...xs);
    };
    // Narrow: as wide as the box less the padding and the labels' strip.
    expect(spread(400)).toBeCloseTo(400 - 2 * 40 - 100, 0);
    // Wide: spread to its cap, and no further however much room there is.
    expect(spread(20_000)).toBeGreaterThan(spread(400));
    expect(spread(40_000)).toBeCloseTo(spread(20_000), 5);
  });

  test('is deterministic for any small graph', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom('p', 'q', 'r', 's', 't', 'u'), { minLength: 1 }),
        fc.array(fc.tuple(fc.nat(5), fc.nat(5), fc.integer({ min: 1, max: 9 })), { maxLength: 8 }),
        (keys, pairs) => {
          const ns = keys.map((key) => ({ key, radius: 9 }));
          const ls = pairs.map(([i, j, weight]) => ({
            from: keys[i % keys.length]!,
            to: keys[j % keys.length]!,
            weight,
          }));
          const run = () => [...layoutNetwork(ns, ls, { ...box, ticks: 60 })];
          expect(run()).toEqual(run());
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('sizes', () => {
  test.each([
    [0, 7],
    [1, 7 + 13 / 2],
    [4, 20],
  ])('nodeRadius(%i of 4) is %d', (count, radius) => expect(nodeRadius(count, 4)).toBeCloseTo(radius, 1));

  test('edgeWidth grows with the count, from 1.5 to 6', () => {
    expect(edgeWidth(0, 9)).toBe(1.5);
    expect(edgeWidth(9, 9)).toBe(6);
    expect(edgeWidth(4, 9)).toBeGreaterThan(edgeWidth(1, 9));
  });
});
