import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { packRows, type PackItems, type PackOptions } from './row-packing.ts';

interface Item {
  a: number;
  width: number;
  label?: number;
  bin?: number;
  forced?: boolean;
}

/** Items in time order (sorted by start), packed with `options`. */
function pack(list: Item[], options: Partial<PackOptions> = {}) {
  const items = [...list].sort((p, q) => p.a - q.a);
  const n = items.length;
  const input: PackItems = {
    n,
    a: Float64Array.from(items, (i) => i.a),
    b: Float64Array.from(items, (i) => i.a + i.width),
    label: Float64Array.from(items, (i) => i.label ?? 0),
    bin: Int32Array.from(items, (i) => i.bin ?? 0),
    forced: Uint8Array.from(items, (i) => (i.forced ? 1 : 0)),
  };
  const row = new Int16Array(n);
  const used = packRows(
    input,
    { rows: 3, labelRows: 3, gap: 2, perBin: Infinity, bins: 64, width: Infinity, ...options },
    row,
    new Int32Array(n),
  );
  return { items, input, row: [...row], used };
}

const GAP = 2;

describe('packRows', () => {
  test('puts events that do not touch in one row, and stacks those that do', () => {
    expect(
      pack([
        { a: 0, width: 10 },
        { a: 20, width: 10 },
        { a: 40, width: 10 },
      ]).row,
    ).toEqual([0, 0, 0]);
    expect(
      pack([
        { a: 0, width: 10 },
        { a: 5, width: 10 },
        { a: 9, width: 10 },
      ]).row,
    ).toEqual([0, 1, 2]);
  });

  test('counts an event only when every row it may use is taken: the others are still drawn', () => {
    const { row, used } = pack(
      Array.from({ length: 6 }, () => ({ a: 0, width: 10 })),
      { rows: 4 },
    );
    expect(row).toEqual([0, 1, 2, 3, -1, -1]);
    expect(used).toBe(4);
  });

  test('opens a row for a label’s room, but only within the label rows', () => {
    // The first mark's label runs over the second mark: with a label row free, the second moves down.
    const items = [
      { a: 0, width: 10, label: 50 },
      { a: 20, width: 10, label: 50 },
    ];
    expect(pack(items, { rows: 3, labelRows: 2 }).row).toEqual([0, 1]);
    // With no row to open for labels, the second mark keeps to the first row and cuts the label short.
    expect(pack(items, { rows: 3, labelRows: 1 }).row).toEqual([0, 0]);
  });

  test('finds a mark whose label would run past the view a row with its label’s room before it', () => {
    // The second mark is near the view's end (100): its label fits only before it, where the
    // first mark's label runs in the first row.
    const items = [
      { a: 0, width: 10, label: 50 },
      { a: 70, width: 10, label: 40 },
    ];
    expect(pack(items, { rows: 3, labelRows: 2, width: 100 }).row).toEqual([0, 1]);
    // Room before it in the first row: it stays there.
    expect(pack([{ a: 0, width: 10, label: 10 }, items[1]!], { rows: 3, labelRows: 2, width: 100 }).row).toEqual([
      0, 0,
    ]);
    // In a view wide enough for the label after it, the first row holds both, as before.
    expect(pack(items, { rows: 3, labelRows: 2, width: 200 }).row).toEqual([0, 0]);
  });

  test('never gives a bin more marks than it may show', () => {
    const { row } = pack(
      Array.from({ length: 5 }, (_, i) => ({ a: i * 20, width: 10, bin: 0 })),
      { perBin: 3 },
    );
    expect(row.filter((r) => r >= 0)).toHaveLength(3);
  });

  test('always draws a forced event, counting what it would touch in the first row instead', () => {
    const items = [
      { a: 0, width: 10 },
      { a: 1, width: 10 },
      { a: 2, width: 10 },
      { a: 3, width: 10, forced: true },
    ];
    const { row } = pack(items, { rows: 3 });
    expect(row[3]).toBe(0);
    expect(row[0]).toBe(-1);
    expect(row.slice(1, 3)).toEqual([1, 2]);
  });

  test('never overlaps two marks in a row, and draws every forced event', () => {
    const item = fc.record({
      a: fc.integer({ min: 0, max: 300 }),
      width: fc.integer({ min: 1, max: 80 }),
      label: fc.integer({ min: 0, max: 60 }),
      bin: fc.integer({ min: 0, max: 7 }),
      forced: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 60 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 8 }),
        (list, rows, perBin) => {
          const forcedAtMostOne = list.map((i, k) => ({ ...i, forced: k === 0 && i.forced }));
          const { items, row, used } = pack(forcedAtMostOne, { rows, labelRows: rows, perBin });
          expect(used).toBeLessThanOrEqual(rows);
          for (let r = 0; r < rows; r++) {
            const inRow = items.filter((_, k) => row[k] === r).sort((p, q) => p.a - q.a);
            for (let k = 1; k < inRow.length; k++) {
              expect(inRow[k]!.a).toBeGreaterThanOrEqual(inRow[k - 1]!.a + inRow[k - 1]!.width + GAP);
            }
          }
          items.forEach((it, k) => {
            if (it.forced) expect(row[k]).toBeGreaterThanOrEqual(0);
          });
        },
      ),
    );
  });
});
