/**
 * One lane's events in view as the row packer sees them, in time order: the room each takes
 * along time, in pixels from the start of the view (later is larger, whatever the direction of
 * the script: the layout mirrors it afterwards).
 */
export interface PackItems {
  n: number;
  /** Where the room an event's shape (or bar) takes starts and ends. */
  a: Float64Array;
  b: Float64Array;
  /** Room wanted after the shape for its label; 0 for none. */
  label: Float64Array;
  /** The count bin the event falls in, from 0. */
  bin: Int32Array;
  /** 1 for an event that is always drawn as its own mark (the selected one). */
  forced: Uint8Array;
}

export interface PackOptions {
  /** Rows the lane may use. */
  rows: number;
  /** Rows that may be opened only to give a label its room; later rows open only for a mark. */
  labelRows: number;
  /** Least free space between two things in a row. */
  gap: number;
  /** Most marks drawn in one bin (Infinity: no limit). */
  perBin: number;
  /** How many bins there are. */
  bins: number;
  /** Where the view ends: a label that would run past it goes before its mark, in the room there. */
  width: number;
}

/**
 * Gives each event a row, or -1 when it cannot be drawn and is counted instead. In time order,
 * each event takes the first row where it and the label of the mark before it both have room;
 * failing that (every row that may open for a label is taken), the first row where the shape
 * alone has room, cutting the label before it short; failing that, it is counted. An event whose
 * label would run past the view's end first looks for a row with its label's room before it, where
 * `placeLabels` will put it, and leaves the room after it to the next mark. A forced event
 * is never counted: where no row has room it takes the first row, and the marks it would touch
 * there are counted instead. Returns the number of rows used. O(events × rows).
 */
export function packRows(items: PackItems, options: PackOptions, row: Int16Array, prevInRow: Int32Array): number {
  const { n, a, b, label, bin, forced } = items;
  const { rows, labelRows, gap, perBin, bins, width } = options;
  const end = new Float64Array(rows).fill(-Infinity);
  const softEnd = new Float64Array(rows).fill(-Infinity);
  const last = new Int32Array(rows).fill(-1);
  const binMarks = new Uint32Array(bins);
  let used = 0;
  const place = (i: number, r: number, labelBefore: boolean) => {
    row[i] = r;
    prevInRow[i] = last[r]!;
    last[r] = i;
    end[r] = b[i]!;
    softEnd[r] = labelBefore ? b[i]! : b[i]! + label[i]!;
    if (r >= used) used = r + 1;
    binMarks[bin[i]!]!++;
  };
  for (let i = 0; i < n; i++) {
    row[i] = -1;
    const start = a[i]! - gap;
    if (!forced[i] && binMarks[bin[i]!]! >= perBin) continue;
    const softLimit = Math.min(rows, Math.max(labelRows, used));
    const labelBefore = label[i]! > 0 && b[i]! + label[i]! > width;
    let r = 0;
    if (labelBefore) while (r < softLimit && softEnd[r]! > start - label[i]!) r++;
    if (!labelBefore || r === softLimit) {
      r = 0;
      while (r < softLimit && softEnd[r]! > start) r++;
    }
    if (r === softLimit) {
      r = 0;
      while (r < rows && end[r]! > start) r++;
    }
    if (r < rows) {
      place(i, r, labelBefore);
      continue;
    }
    if (!forced[i] || rows === 0) continue;
    // No room anywhere: the forced event takes the first row, and what it would touch there is counted.
    while (last[0]! >= 0 && end[0]! > start && !forced[last[0]!]) {
      const gone = last[0]!;
      row[gone] = -1;
      binMarks[bin[gone]!]!--;
      last[0] = prevInRow[gone]!;
      end[0] = last[0]! >= 0 ? b[last[0]!]! : -Infinity;
    }
    place(i, 0, labelBefore);
  }
  return used;
}
