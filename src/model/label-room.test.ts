import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LABEL_AFTER, LABEL_BEFORE, LABEL_INSIDE, LABEL_NONE, placeLabels, type LabelPlaces } from './label-room.ts';

const OPTIONS = { width: 400, gap: 3, pad: 4, min: 30 };

interface Mark {
  a: number;
  b: number;
  want: number;
  row?: number;
  bar?: boolean;
}

function place(marks: Mark[], options = OPTIONS) {
  const n = marks.length;
  const out: LabelPlaces = { side: new Uint8Array(n), from: new Float64Array(n), to: new Float64Array(n) };
  placeLabels(
    {
      n,
      a: Float64Array.from(marks, (m) => m.a),
      b: Float64Array.from(marks, (m) => m.b),
      wanted: Float64Array.from(marks, (m) => m.want),
      row: Int16Array.from(marks, (m) => m.row ?? 0),
      bar: Uint8Array.from(marks, (m) => (m.bar ? 1 : 0)),
    },
    options,
    4,
    out,
  );
  return marks.map((_, i) => ({ side: out.side[i], from: out.from[i]!, to: out.to[i]! }));
}

describe('placeLabels', () => {
  test('puts a label after its mark when there is room before the next one', () => {
    expect(place([{ a: 0, b: 12, want: 60 }])).toEqual([{ side: LABEL_AFTER, from: 16, to: 76 }]);
  });

  test('cuts it to the room before the next mark of its row', () => {
    const [first] = place([
      { a: 0, b: 12, want: 200 },
      { a: 100, b: 112, want: 0 },
    ]);
    expect(first).toEqual({ side: LABEL_AFTER, from: 16, to: 97 });
  });

  test('puts it before its mark when the room there is larger, as at the end of the view', () => {
    const [, last] = place([
      { a: 0, b: 12, want: 0 },
      { a: 380, b: 392, want: 100 },
    ]);
    expect(last).toEqual({ side: LABEL_BEFORE, from: 276, to: 376 });
  });

  test('draws no label in less room than the least, and none that is not wanted', () => {
    expect(
      place([
        { a: 0, b: 12, want: 80 },
        { a: 30, b: 42, want: 0 },
        { a: 60, b: 72, want: 0 },
      ])[0]!.side,
    ).toBe(LABEL_NONE);
    expect(place([{ a: 0, b: 12, want: 0 }])[0]!.side).toBe(LABEL_NONE);
  });

  test('puts a bar’s label inside it, over the part in view', () => {
    expect(place([{ a: -100, b: 200, want: 80, bar: true }])).toEqual([{ side: LABEL_INSIDE, from: 4, to: 196 }]);
  });

  test('puts a bar’s label outside when it would be cut inside and stands whole outside', () => {
    expect(place([{ a: 100, b: 160, want: 120, bar: true }])).toEqual([{ side: LABEL_AFTER, from: 164, to: 284 }]);
    // At the end of the view: before the bar.
    expect(place([{ a: 320, b: 380, want: 120, bar: true }])).toEqual([{ side: LABEL_BEFORE, from: 196, to: 316 }]);
  });

  test('keeps a bar’s label inside, cut, where the room outside is smaller still', () => {
    const [, bar] = place([
      { a: 40, b: 52, want: 0 },
      { a: 100, b: 160, want: 120, bar: true },
      { a: 190, b: 202, want: 0 },
    ]);
    expect(bar).toEqual({ side: LABEL_INSIDE, from: 104, to: 156 });
  });

  test('never lets a label cover a mark or another label of its row, nor leave the view', () => {
    const mark = fc.record({
      a: fc.integer({ min: -50, max: 420 }),
      width: fc.integer({ min: 4, max: 90 }),
      want: fc.integer({ min: 0, max: 150 }),
      row: fc.integer({ min: 0, max: 3 }),
      bar: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 40 }), (raw) => {
        // Marks of a row never overlap (the packer sees to it): keep the first of any that would.
        const sorted = [...raw].sort((p, q) => p.a - q.a);
        const ends = [-Infinity, -Infinity, -Infinity, -Infinity];
        const marks = sorted
          // Only marks that reach into the view are laid out.
          .filter((m) => m.a + m.width >= 0 && m.a <= OPTIONS.width)
          .filter((m) => {
            if (m.a < ends[m.row]! + OPTIONS.gap) return false;
            ends[m.row] = m.a + m.width;
            return true;
          })
          .map((m) => ({ a: m.a, b: m.a + m.width, want: m.want, row: m.row, bar: m.bar }));
        const placed = place(marks);
        for (let row = 0; row < 4; row++) {
          const boxes: [number, number][] = [];
          marks.forEach((m, i) => {
            if (m.row !== row) return;
            const label = placed[i]!;
            if (label.side === LABEL_INSIDE) {
              expect(label.from).toBeGreaterThanOrEqual(Math.max(m.a, 0));
              expect(label.to).toBeLessThanOrEqual(Math.min(m.b, OPTIONS.width));
              boxes.push([m.a, m.b]);
              return;
            }
            boxes.push([m.a, m.b]);
            if (label.side === LABEL_NONE) return;
            expect(label.to - label.from).toBeGreaterThanOrEqual(OPTIONS.min);
            expect(label.to - label.from).toBeLessThanOrEqual(m.want);
            expect(label.from).toBeGreaterThanOrEqual(0);
            expect(label.to).toBeLessThanOrEqual(OPTIONS.width);
            boxes.push([label.from, label.to]);
          });
          boxes.sort((p, q) => p[0] - q[0]);
          for (let k = 1; k < boxes.length; k++) expect(boxes[k]![0]).toBeGreaterThanOrEqual(boxes[k - 1]![1] - 1e-9);
        }
      }),
    );
  });
});
