import { bisectLeft } from 'd3-array';
import { EVENT_TYPES } from './corpus-vocabulary.ts';
import { positionsInWindow, type EventIndex } from './event-index.ts';
import type { DayDomain, Viewport } from './time-scale.ts';

/** How events are grouped into horizontal lanes. */
export type LaneMode = 'country' | 'person' | 'none';

/**
 * The shown events grouped by country or person, each group's events in time order (CSR form, as
 * in the index), so that a frame touches only the lanes in view. O(events), once per filter result.
 */
export interface LaneGroups {
  mode: LaneMode;
  /** Group g holds the events of keys[g]; the last group (key '') those naming nobody, or, with no lanes, all. */
  keys: readonly string[];
  /** Group g's events are positions[groupStart[g] .. groupStart[g + 1]), in time order. */
  groupStart: Uint32Array;
  positions: Uint32Array;
  /** The shown milestones, in time order: they have a strip of their own above the lanes. */
  milestones: Uint32Array;
}

export interface Lane {
  /** A country code, a person id, or '' for the single lane (or, by person, events naming nobody). */
  key: string;
  /** Shown events in the lane over the whole corpus, milestones aside. */
  count: number;
  /** Its group in LaneGroups. */
  group: number;
}

/** The lanes in display order: the groups that have shown events, sorted. */
export interface LaneSet {
  mode: LaneMode;
  lanes: readonly Lane[];
  groups: LaneGroups;
}

const MILESTONE = EVENT_TYPES.indexOf('milestone');

/** Groups the shown events by lane; an event naming one country twice is once in its group. */
export function groupEvents(index: EventIndex, shown: Uint8Array, mode: LaneMode): LaneGroups {
  const n = index.events.length;
  const refKeys = mode === 'country' ? index.countryCodes : mode === 'person' ? index.personIds : [];
  const refStart = mode === 'country' ? index.countryStart : index.personStart;
  const refs = mode === 'country' ? index.countryRefs : index.personRefs;
  const type = index.type;
  const nobody = refKeys.length;
  const keys = [...refKeys, ''];
  const byRef = mode !== 'none';
  // The last event seen in each group, so that a repeated ref does not count twice. Two passes
  // (count, then fill) over typed arrays, with no call per event: this runs on every filter change.
  const seen = new Int32Array(keys.length).fill(-1);
  const groupStart = new Uint32Array(keys.length + 1);
  let milestoneCount = 0;
  for (let i = 0; i < n; i++) {
    if (!shown[i]) continue;
    if (type[i] === MILESTONE) {
      milestoneCount++;
      continue;
    }
    const from = refStart[i]!;
    const to = refStart[i + 1]!;
    if (!byRef || from === to) {
      groupStart[nobody + 1]!++;
      continue;
    }
    for (let k = from; k < to; k++) {
      const group = refs[k]!;
      if (seen[group] === i) continue;
      seen[group] = i;
      groupStart[group + 1]!++;
    }
  }
  for (let g = 0; g < keys.length; g++) groupStart[g + 1]! += groupStart[g]!;
  const positions = new Uint32Array(groupStart[keys.length]!);
  const milestones = new Uint32Array(milestoneCount);
  const fill = groupStart.slice(0, keys.length);
  let milestone = 0;
  seen.fill(-1);
  for (let i = 0; i < n; i++) {
    if (!shown[i]) continue;
    if (type[i] === MILESTONE) {
      milestones[milestone++] = i;
      continue;
    }
    const from = refStart[i]!;
    const to = refStart[i + 1]!;
    if (!byRef || from === to) {
      positions[fill[nobody]!++] = i;
      continue;
    }
    for (let k = from; k < to; k++) {
      const group = refs[k]!;
      if (seen[group] === i) continue;
      seen[group] = i;
      positions[fill[group]!++] = i;
    }
  }
  return { mode, keys, groupStart, positions, milestones };
}

/**
 * The lanes that have shown events, busiest first, then by name in the UI language. Busiest first
 * puts the main actors at the top, where they are seen without scrolling, and keeps the lanes
 * still while the reader zooms (counts are over the whole corpus, not the window). By person,
 * events that name nobody get a last lane of their own rather than vanish. Cheap: it sorts the
 * groups, it does not touch the events, so a change of language costs nothing per event.
 */
export function orderLanes(groups: LaneGroups, nameOf: (key: string) => string, locale: string): LaneSet {
  const { keys, groupStart } = groups;
  const nobody = keys.length - 1;
  const count = (g: number) => groupStart[g + 1]! - groupStart[g]!;
  const collator = new Intl.Collator(locale);
  const names = keys.map((key, g) => (g === nobody ? '' : nameOf(key)));
  const order = keys
    .map((_, g) => g)
    .filter((g) => g !== nobody && count(g) > 0)
    .sort((a, b) => count(b) - count(a) || collator.compare(names[a]!, names[b]!) || (keys[a]! < keys[b]! ? -1 : 1));
  if (count(nobody) > 0) order.push(nobody);
  return { mode: groups.mode, lanes: order.map((g) => ({ key: keys[g]!, count: count(g), group: g })), groups };
}

/** `orderLanes(groupEvents(…))`, for when both change together. */
export function buildLanes(
  index: EventIndex,
  shown: Uint8Array,
  mode: LaneMode,
  nameOf: (key: string) => string,
  locale: string,
): LaneSet {
  return orderLanes(groupEvents(index, shown, mode), nameOf, locale);
}

/** Sizes of the layout, in pixels. */
export interface LayoutOptions {
  /** Width of an event's shape. */
  markSize: number;
  /** Least free space between two marks in a row. */
  gap: number;
  /** Rows of marks per lane; events that find no free row are counted instead. */
  rows: number;
  /** Width of a count's bin: overflowing events are counted per bin of this many pixels. */
  binSize: number;
  /**
   * Most marks a bin shows; a bin with more events (or with one that finds no row) shows one
   * count for all of them. This keeps a dense view readable, and the DOM (which is what a zoom
   * frame costs) bounded by the width, not by the corpus.
   */
  perBin: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { markSize: 12, gap: 3, rows: 3, binSize: 40, perBin: 3 };

/** One event drawn in one lane. An event in several lanes has one mark in each. */
export interface EventMark {
  /** Stable across frames: lane key and event id. */
  key: string;
  position: number;
  lane: number;
  row: number;
  /** Centre of the shape. */
  x: number;
  /** The period a month, year or range date covers, left edge first; null for a single day. */
  bar: { x0: number; x1: number } | null;
}

/** Events that did not fit, counted in their bin; always in the row below the mark rows. */
export interface CountMark {
  key: string;
  lane: number;
  row: number;
  x: number;
  width: number;
  count: number;
  /** The days the counted events cover (end exclusive): where activating the count zooms to. */
  start: number;
  end: number;
}

/** The marks of one event in its first and last drawn lanes, to be tied by a connector. */
export interface MarkLink {
  position: number;
  x: number;
  from: { lane: number; row: number };
  to: { lane: number; row: number };
}

export interface LaneLayout {
  marks: EventMark[];
  counts: CountMark[];
  links: MarkLink[];
}

/** The lanes to lay out: rows first..last (exclusive), the ones in view. */
export interface LaneRange {
  first: number;
  last: number;
}

interface LaneList {
  lane: number;
  key: string;
  positions: Uint32Array;
}

/**
 * The marks of the shown events in view, per lane: each event in time order takes the first row
 * where it does not touch the previous mark; when every row is taken, or its bin already shows
 * `perBin` marks, it is counted, and so is the rest of its bin. A bin whose only overflow is one
 * event draws that event in the count row instead, when it has room there: a "+1" would hide an
 * event behind a count at every zoom (three same-day events beside a two-day period, say).
 * Bins are fixed in time (multiples of binSize pixels from day 0 at the current zoom), so panning
 * never regroups a count. Positions are computed left to right in time, then mirrored for RTL.
 * Cost: the events of the lanes in `range` that fall in the window, nothing else.
 */
export function layoutLanes(
  index: EventIndex,
  laneSet: LaneSet,
  domain: DayDomain,
  viewport: Viewport,
  range: LaneRange,
  options: LayoutOptions = DEFAULT_LAYOUT,
): LaneLayout {
  const lists: LaneList[] = [];
  const { groupStart, positions } = laneSet.groups;
  for (let lane = Math.max(0, range.first); lane < Math.min(laneSet.lanes.length, range.last); lane++) {
    const { key, group } = laneSet.lanes[lane]!;
    lists.push({ lane, key, positions: positions.subarray(groupStart[group], groupStart[group + 1]) });
  }
  const result = layout(index, domain, viewport, options, lists);
  result.links = linksOf(result.marks);
  return result;
}

/** The milestone strip: one lane of milestones, laid out as `layoutLanes` lays out a lane. */
export function layoutMilestones(
  index: EventIndex,
  laneSet: LaneSet,
  domain: DayDomain,
  viewport: Viewport,
  options: LayoutOptions = { ...DEFAULT_LAYOUT, rows: 1 },
): LaneLayout {
  return layout(index, domain, viewport, options, [
    { lane: 0, key: 'milestones', positions: laneSet.groups.milestones },
  ]);
}

function layout(
  index: EventIndex,
  domain: DayDomain,
  { width, rtl }: Viewport,
  { markSize, gap, rows, binSize, perBin }: LayoutOptions,
  lists: readonly LaneList[],
): LaneLayout {
  const result: LaneLayout = { marks: [], counts: [], links: [] };
  if (width <= 0 || !(domain.end > domain.start)) return result;
  const perDay = width / (domain.end - domain.start);
  const half = markSize / 2;
  // Events whose marks may reach into view: a shape is half a mark wide on each side of its centre.
  const slack = (markSize + gap) / perDay;
  const window = positionsInWindow(index, Math.floor(domain.start - slack), Math.ceil(domain.end + slack));
  const origin = domain.start * perDay;
  const firstBin = Math.floor(origin / binSize);
  const binCount = Math.ceil(width / binSize) + 2;
  const rowEnd = new Float64Array(rows);
  const binMarks = new Uint32Array(binCount);
  const binCounts = new Uint32Array(binCount);
  const binStart = new Float64Array(binCount);
  const binEnd = new Float64Array(binCount);
  // The first event counted in each bin: the one drawn in the count row if it is the only one.
  const binFirst = new Int32Array(binCount);
  const mirror = (u: number) => (rtl ? width - u : u);
  const { start: starts, end: ends, events } = index;

  // The marks placed so far in the lane, kept as numbers until their bin is known to show them.
  const placed: number[] = [];
  for (const { lane, key, positions } of lists) {
    rowEnd.fill(-Infinity);
    binMarks.fill(0);
    binCounts.fill(0);
    binStart.fill(Infinity);
    binEnd.fill(-Infinity);
    placed.length = 0;
    const count = (i: number, bin: number, start: number, end: number) => {
      if (!binCounts[bin]) binFirst[bin] = i;
      binCounts[bin]!++;
      if (start < binStart[bin]!) binStart[bin] = start;
      if (end > binEnd[bin]!) binEnd[bin] = end;
    };
    const to = bisectLeft(positions, window.last);
    for (let k = bisectLeft(positions, window.first); k < to; k++) {
      const i = positions[k]!;
      const start = starts[i]!;
      const end = ends[i]! + 1;
      const u0 = start * perDay - origin;
      const u1 = end * perDay - origin;
      const centre = (u0 + u1) / 2;
      const isBar = end - start > 1;
      const a = shapeStart(u0, u1, half, isBar);
      const b = shapeEnd(u0, u1, half, isBar);
      if (b < 0 || a > width) continue;
      // A long period's centre may lie outside the view: it belongs to the nearest edge bin.
      const bin = Math.min(Math.max(Math.floor((centre + origin) / binSize) - firstBin, 0), binCount - 1);
      let row = 0;
      while (row < rows && rowEnd[row]! + gap > a) row++;
      if (row < rows && binMarks[bin]! < perBin) {
        rowEnd[row] = b;
        binMarks[bin]!++;
        placed.push(i, row, bin);
      } else count(i, bin, start, end);
    }
    // The count row, start to end of time: counts, and the single overflows that fit between them.
    let rowEndCount = -Infinity;
    let promoted = false;
    const boxStart = (bin: number) => (firstBin + bin) * binSize - origin + gap / 2;
    for (let bin = 0; bin < binCount; bin++) {
      if (!binCounts[bin]) continue;
      if (binCounts[bin] === 1 && binMarks[bin]! < perBin) {
        const i = binFirst[bin]!;
        const [u0, u1] = [starts[i]! * perDay - origin, (ends[i]! + 1) * perDay - origin];
        const isBar = ends[i]! + 1 - starts[i]! > 1;
        const [a, b] = [shapeStart(u0, u1, half, isBar), shapeEnd(u0, u1, half, isBar)];
        let next = bin + 1;
        while (next < binCount && !binCounts[next]) next++;
        if (a >= rowEndCount + gap && b + gap <= (next < binCount ? boxStart(next) : Infinity)) {
          binCounts[bin] = 0;
          binMarks[bin]!++;
          placed.push(i, rows, bin);
          rowEndCount = b;
          promoted = true;
          continue;
        }
      }
      rowEndCount = boxStart(bin) + binSize - gap;
    }
    if (promoted) inTimeOrder(placed);
    for (let p = 0; p < placed.length; p += 3) {
      const [i, row, bin] = [placed[p]!, placed[p + 1]!, placed[p + 2]!];
      const start = starts[i]!;
      const end = ends[i]! + 1;
      // A bin that overflows is counted whole: a few marks beside a count would read as all there is.
      if (binCounts[bin]! > 0) {
        count(i, bin, start, end);
        continue;
      }
      const [u0, u1] = [start * perDay - origin, end * perDay - origin];
      const isBar = end - start > 1;
      // A bar's shape sits at the centre of the bar's part in view, so the reader (and the focus
      // ring) always finds it; it stays inside the room the bar took in its row.
      const [a, b] = [shapeStart(u0, u1, half, isBar), shapeEnd(u0, u1, half, isBar)];
      const u = isBar
        ? Math.min(Math.max((Math.max(u0, 0) + Math.min(u1, width)) / 2, a + half), b - half)
        : (u0 + u1) / 2;
      const bar = isBar ? { x0: Math.min(mirror(u0), mirror(u1)), x1: Math.max(mirror(u0), mirror(u1)) } : null;
      result.marks.push({ key: `${key}|${events[i]!.id}`, position: i, lane, row, x: mirror(u), bar });
    }
    for (let bin = 0; bin < binCount; bin++) {
      if (!binCounts[bin]) continue;
      result.counts.push({
        key: `${key}|+${firstBin + bin}`,
        lane,
        row: rows,
        x: mirror((firstBin + bin + 0.5) * binSize - origin),
        width: binSize - gap,
        count: binCounts[bin]!,
        start: binStart[bin]!,
        end: binEnd[bin]!,
      });
    }
  }
  return result;
}

/**
 * The room an event takes in a row, from its period's pixels [u0, u1): a day takes its shape at
 * the day's centre; a longer period its whole bar, or the shape where the bar is narrower. Two
 * functions returning numbers, not a pair, as they run for every event in view on every frame.
 */
function shapeStart(u0: number, u1: number, half: number, isBar: boolean): number {
  const centre = (u0 + u1) / 2;
  return isBar && u0 < centre - half ? u0 : centre - half;
}

function shapeEnd(u0: number, u1: number, half: number, isBar: boolean): number {
  const centre = (u0 + u1) / 2;
  return isBar && u1 > centre + half ? u1 : centre + half;
}

/** Sorts (position, row, bin) triples by position, in place: marks stay in time order. */
function inTimeOrder(placed: number[]): void {
  const triples: number[][] = [];
  for (let p = 0; p < placed.length; p += 3) triples.push(placed.slice(p, p + 3));
  triples.sort((x, y) => x[0]! - y[0]!);
  placed.splice(0, placed.length, ...triples.flat());
}

/** A connector for each event drawn in two lanes or more, from its topmost to its bottommost mark. */
function linksOf(marks: readonly EventMark[]): MarkLink[] {
  const byEvent = new Map<number, MarkLink>();
  const links: MarkLink[] = [];
  for (const mark of marks) {
    const link = byEvent.get(mark.position);
    const at = { lane: mark.lane, row: mark.row };
    if (!link) byEvent.set(mark.position, { position: mark.position, x: mark.x, from: at, to: at });
    else if (mark.lane < link.from.lane) link.from = at;
    else if (mark.lane > link.to.lane) link.to = at;
  }
  for (const link of byEvent.values()) if (link.from !== link.to) links.push(link);
  return links;
}
