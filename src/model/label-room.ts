/** Where a mark's label goes: none, after the mark in time, before it, or inside its bar. */
export const LABEL_NONE = 0;
export const LABEL_AFTER = 1;
export const LABEL_BEFORE = 2;
export const LABEL_INSIDE = 3;

export interface LabelItems {
  n: number;
  /** The room each mark takes along time (pixels from the view's start), in time order. */
  a: Float64Array;
  b: Float64Array;
  /** The width each label wants; 0 for a mark without one. */
  wanted: Float64Array;
  /** Each mark's row, -1 for an event that is counted. */
  row: Int16Array;
  /** 1 for a period drawn as a bar (its label goes inside when the bar is wide enough). */
  bar: Uint8Array;
}

export interface LabelOptions {
  /** Width of the view. */
  width: number;
  /** Least room between a label and the next thing in its row. */
  gap: number;
  /** Room between a mark and its label, and inside a bar's ends. */
  pad: number;
  /** A label is not drawn in less room than this (an ellipsis and a letter or two). */
  min: number;
}

/** Each label's place: its side and its box along time (pixels from the view's start). */
export interface LabelPlaces {
  side: Uint8Array;
  from: Float64Array;
  to: Float64Array;
}

/** The room a bar's part in view leaves for a label inside it; 0 when less than `min` pixels. */
export function roomInside(a: number, b: number, { width, pad, min }: LabelOptions): number {
  const room = Math.min(b, width) - Math.max(a, 0) - 2 * pad;
  return room >= min ? room : 0;
}

/**
 * Places the labels of the marks of one lane, row by row, without overlaps: a bar's inside its
 * bar when it fits there whole, or when the room outside is no larger; any other label (and a
 * bar's that is cut inside but has more room outside) after its mark (in the direction time runs)
 * when there is room before the next mark of the row, else before its mark when the room there is
 * larger, each cut to its room. Marks are never moved for a label: the packer has left what room
 * it could.
 */
export function placeLabels(items: LabelItems, options: LabelOptions, rows: number, out: LabelPlaces): void {
  const { n, a, b, wanted, row, bar } = items;
  const { width, gap, pad, min } = options;
  // The next mark in each mark's row, and the end of what the row holds before each mark.
  const next = new Int32Array(n).fill(-1);
  const lastInRow = new Int32Array(rows).fill(-1);
  for (let i = 0; i < n; i++) {
    const r = row[i]!;
    if (r < 0) continue;
    if (lastInRow[r]! >= 0) next[lastInRow[r]!] = i;
    lastInRow[r] = i;
  }
  const taken = new Float64Array(rows).fill(0);
  for (let i = 0; i < n; i++) {
    out.side[i] = LABEL_NONE;
    const r = row[i]!;
    if (r < 0) continue;
    const want = wanted[i]!;
    const [start, end] = [a[i]!, b[i]!];
    if (want > 0) {
      const inside = bar[i] ? roomInside(start, end, options) : 0;
      const limit = next[i]! >= 0 ? a[next[i]!]! - gap : width;
      const after = Math.min(want, limit - (end + pad));
      const before = Math.min(want, start - pad - Math.max(taken[r]! + gap, 0));
      if (inside > 0 && (inside >= want || inside >= Math.max(after, before))) {
        out.side[i] = LABEL_INSIDE;
        out.from[i] = Math.max(start, 0) + pad;
        out.to[i] = Math.min(end, width) - pad;
      } else if (after >= min && (after >= want || after >= before)) {
        out.side[i] = LABEL_AFTER;
        out.from[i] = end + pad;
        out.to[i] = end + pad + after;
      } else if (before >= min) {
        out.side[i] = LABEL_BEFORE;
        out.from[i] = start - pad - before;
        out.to[i] = start - pad;
      }
    }
    taken[r] = out.side[i] === LABEL_AFTER ? out.to[i]! : end;
  }
}
