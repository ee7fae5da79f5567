import { describe, expect, test } from 'vitest';
import { syntheticFilesInput } from '../bench/synthetic-corpus.ts';
import { centreOrder } from './crowded-lane.ts';

describe('centreOrder', () => {
  // Days and months mixed, many events on one day: what a crowded lane holds.
  const { index } = syntheticFilesInput(5000);
  const twice = (i: number) => index.start[i]! + index.end[i]! + 1;

  test.each([1, 2, 3, 7])('orders every %ith event by centre, ties in time order', (step) => {
    const lane = Uint32Array.from({ length: Math.ceil(index.count / step) }, (_, k) => k * step);
    const expected = [...lane].sort((a, b) => twice(a) - twice(b) || a - b);
    const order = centreOrder(index, lane);
    expect([...order.positions]).toEqual(expected);
    expect([...order.centres]).toEqual(expected.map((i) => twice(i) / 2));
  });

  test('keeps the lane’s month events between the days they are centred on', () => {
    const lane = Uint32Array.from({ length: index.count }, (_, i) => i);
    const months = [...lane].filter((i) => index.start[i] !== index.end[i]);
    expect(months.length).toBeGreaterThan(500);
    const { centres } = centreOrder(index, lane);
    expect([...centres]).toEqual([...centres].sort((a, b) => a - b));
  });

  test('orders an empty lane', () => {
    expect(centreOrder(index, new Uint32Array(0)).positions).toHaveLength(0);
  });
});
