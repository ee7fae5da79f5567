import { bisectLeft, bisectRight, bisector } from 'd3-array';
import type { BinGrid } from './count-bins.ts';
import type { EventIndex } from './event-index.ts';

/**
 * A crowded lane laid out bin by bin, at a cost that follows the bins in view rather than the
 * events: a lane of a million events, zoomed out, holds tens of thousands in each bin, and the
 * layout runs on every frame of a gesture. Each event is counted in the bin of its first day's
 * middle, where a single day's mark stands: the lane is already in order of first days, so a
 * bin's events are a run found by binary search, with nothing to sort after a filter. In each
 * bin, from left to right, its first events take the lane's rows where they have room, up to
 * `perBin`, and the rest of the bin is counted; the forced (selected) event takes a row first,
 * and what it would touch is counted instead.
 */

/**
 * This module as the layout takes it: a chunk of its own, loaded with a corpus large enough to
 * have lanes this crowded (lane-layout.ts lays every lane out event by event without it).
 */
export interface DenseLayout {
  layoutCrowdedLane: typeof layoutCrowdedLane;
}

/** What the layout of one crowded lane needs. */
export interface CrowdedInput {
  index: EventIndex;
  /** The lane's events, in time order. */
  lane: Uint32Array;
  /** The first day of the view, its pixels per day and its width. */
  start: number;
  perDay: number;
  width: number;
  grid: BinGrid;
  markSize: number;
  gap: number;
  rows: number;
  perBin: number;
  /** Events of the lane that must be drawn (the selected one). */
  forced: readonly number[];
}

/** A crowded lane laid out: its marks (extents along time, before mirroring), and its counts by bin. */
export interface CrowdedLayout {
  marks: { position: number; row: number; u0: number; u1: number; bar: boolean }[];
  /** Per bin of the grid: events counted, and the days of the bin's events (end exclusive). */
  count: Uint32Array;
  start: Float64Array;
  end: Float64Array;
  /** The events counted in bin `k`, in time order (for the list a count opens). */
  counted(k: number): number[];
  /** Rows used. */
  used: number;
}

// Events of a bin tried for a row before the rest of it is counted: a bin of a crowded lane is
// far denser than its rows, and trying every event would cost what the bins were meant to save.
const TRIES = 16;
// Events read from each end of a bin for the days its count covers: its first event begins
// first, and the last end is looked for among its last events, past which a month-long event
// ending later than all of them is missed.
const EDGE = 64;

export function layoutCrowdedLane(input: CrowdedInput): CrowdedLayout {
  const { index, lane, start: day0, perDay, width, grid, markSize, gap, rows, perBin, forced } = input;
  const half = markSize / 2;
  const bins = grid.count;
  const extent = (i: number) => {
    const s = index.start[i]!;
    const e = index.end[i]! + 1;
    const u0 = (s - day0) * perDay;
    const u1 = (e - day0) * perDay;
    const bar = e - s > 1 && u1 - u0 >= markSize;
    const centre = (u0 + u1) / 2;
    return { u0, u1, bar, a: bar ? u0 : centre - half, b: bar ? u1 : centre + half };
  };
  const dayAt = (u: number) => day0 + u / perDay;
  // Where each bin's events lie in the lane. An event whose first day lies off the view may still
  // show (a bar, or a mark at the edge): such events are read one by one, in the edge bins.
  const firstDay = bisector((i: number) => index.start[i]! + 0.5);
  const lo = firstDay.left(lane, dayAt(-(index.maxSpan + 1) * perDay - half - 1));
  // An event begins at most half a mark before its shape shows; its first day's middle comes
  // half a day after it begins.
  const hi = firstDay.right(lane, dayAt(width + half + 1) + 0.5);
  const binEdge = (k: number) => (grid.first + k) * grid.size - grid.origin;
  const first = new Uint32Array(bins + 1);
  first[0] = lo;
  for (let k = 1; k < bins; k++) first[k] = Math.min(hi, Math.max(lo, firstDay.left(lane, dayAt(binEdge(k)), lo, hi)));
  first[bins] = hi;
  const inView = (i: number) => {
    const { a, b } = extent(i);
    return b >= 0 && a <= width;
  };
  // Only the bins that reach past the view may hold events that do not show.
  const edge = (k: number) => k === 0 || k === bins - 1 || binEdge(k) < 0 || binEdge(k + 1) > width;
  const inBin = (k: number): number[] | null => {
    if (!edge(k)) return null;
    const shown: number[] = [];
    for (let j = first[k]!; j < first[k + 1]!; j++) if (inView(lane[j]!)) shown.push(lane[j]!);
    return shown;
  };

  const marks: CrowdedLayout['marks'] = [];
  const bits = { placed: new Set<number>() };
  const end = new Float64Array(rows).fill(-Infinity);
  const rowMarks: number[][] = Array.from({ length: rows }, () => []);
  const placedIn = new Uint32Array(bins);
  const binOfMark: number[] = [];
  let used = 0;
  const place = (i: number, r: number, k: number) => {
    const { u0, u1, bar, b } = extent(i);
    rowMarks[r]!.push(marks.length);
    binOfMark.push(k);
    marks.push({ position: i, row: r, u0, u1, bar });
    bits.placed.add(i);
    end[r] = b;
    placedIn[k]!++;
    if (r >= used) used = r + 1;
  };
  const forcedHere = forced.filter((i) => lane[bisectLeft(lane, i)] === i && inView(i));
  // The bin whose run holds the event (what it is counted in, were it not drawn).
  const binOfEvent = (i: number) => Math.min(Math.max(bisectRight(first, bisectLeft(lane, i)) - 1, 0), bins - 1);

  const count = new Uint32Array(bins);
  const startDays = new Float64Array(bins).fill(Infinity);
  const endDays = new Float64Array(bins).fill(-Infinity);
  const shownIn: (number[] | null)[] = [];
  for (let k = 0; k < bins; k++) {
    const shown = inBin(k);
    shownIn.push(shown);
    const size = shown ? shown.length : first[k + 1]! - first[k]!;
    const at = (j: number) => (shown ? shown[j]! : lane[first[k]! + j]!);
    // The forced event first, taking row 0 where nothing else has room: what it touches goes.
    for (const i of forcedHere) {
      if (binOfEvent(i) !== k || rows === 0) continue;
      const { a } = extent(i);
      let r = 0;
      while (r < rows && end[r]! > a - gap) r++;
      if (r === rows) {
        r = 0;
        const row = rowMarks[0]!;
        while (row.length > 0) {
          const last = marks[row[row.length - 1]!]!;
          if (extent(last.position).b <= a - gap || forced.includes(last.position)) break;
          row.pop();
          bits.placed.delete(last.position);
          placedIn[binOfMark[marks.indexOf(last)]!]!--;
          last.row = -1;
        }
        end[0] = row.length ? extent(marks[row[row.length - 1]!]!.position).b : -Infinity;
      }
      place(i, r, k);
    }
    for (let j = 0, tried = 0; j < size && tried < TRIES && placedIn[k]! < perBin; j++) {
      const i = at(j);
      if (bits.placed.has(i)) continue;
      tried++;
      const { a } = extent(i);
      let r = 0;
      while (r < rows && end[r]! > a - gap) r++;
      if (r < rows) place(i, r, k);
    }
    for (let j = 0; j < size; j++) {
      if (j >= EDGE && j < size - EDGE) {
        j = size - EDGE - 1;
        continue;
      }
      const i = at(j);
      startDays[k] = Math.min(startDays[k]!, index.start[i]!);
      endDays[k] = Math.max(endDays[k]!, index.end[i]! + 1);
    }
    count[k] = size;
  }
  const kept = marks.filter((mark) => mark.row >= 0);
  for (let k = 0; k < bins; k++) count[k] = count[k]! - placedIn[k]!;
  return {
    marks: kept,
    count,
    start: startDays,
    end: endDays,
    used,
    counted(k) {
      const shown = shownIn[k];
      const list = shown ?? Array.from(lane.subarray(first[k], first[k + 1]));
      return list.filter((i) => !bits.placed.has(i));
    },
  };
}

/** The layout of crowded lanes, as LayoutInput.dense takes it. */
export const denseLayout: DenseLayout = { layoutCrowdedLane };
