import type { DayDomain } from './time-scale.ts';

/**
 * The bins that events which cannot be drawn are counted in: `size` pixels wide, fixed in time
 * (multiples of `size` pixels from day 0 at the current zoom), so that panning never regroups a
 * count. Bin k of the view is absolute bin `first + k`; positions are pixels from the view's start.
 */
export interface BinGrid {
  /** The absolute number of the view's bin 0. */
  first: number;
  /** Bins in the view, with one spare on each side. */
  count: number;
  size: number;
  /** Pixels from day 0 to the view's start. */
  origin: number;
}

export function binGrid(domain: DayDomain, width: number, size: number): BinGrid {
  const perDay = width / (domain.end - domain.start);
  const origin = domain.start * perDay;
  return { first: Math.floor(origin / size), count: Math.ceil(width / size) + 2, size, origin };
}

/** The view's bin that a point `u` pixels from the view's start falls in (a long period's centre may lie outside). */
export function binOf(grid: BinGrid, u: number): number {
  return Math.min(Math.max(Math.floor((u + grid.origin) / grid.size) - grid.first, 0), grid.count - 1);
}

/** The centre of a view's bin, in pixels from the view's start. */
export function binCentre(grid: BinGrid, bin: number): number {
  return (grid.first + bin + 0.5) * grid.size - grid.origin;
}

/** What each bin counts: how many events, and the days they cover (end exclusive). */
export interface BinCounts {
  count: Uint32Array;
  start: Float64Array;
  end: Float64Array;
}

/**
 * Counts, bin by bin, the events that found no row (`row[i]` is -1): only those, so that a count
 * stands beside the marks of its bin, never for them. `startDay` and `endDay` are each event's
 * first day and the day after its last.
 */
export function countOverflow(
  n: number,
  row: Int16Array,
  bin: Int32Array,
  startDay: Float64Array,
  endDay: Float64Array,
  bins: number,
): BinCounts {
  const counts: BinCounts = {
    count: new Uint32Array(bins),
    start: new Float64Array(bins).fill(Infinity),
    end: new Float64Array(bins).fill(-Infinity),
  };
  for (let i = 0; i < n; i++) {
    if (row[i] !== -1) continue;
    const k = bin[i]!;
    counts.count[k]!++;
    if (startDay[i]! < counts.start[k]!) counts.start[k] = startDay[i]!;
    if (endDay[i]! > counts.end[k]!) counts.end[k] = endDay[i]!;
  }
  return counts;
}
