import { bisectLeft } from 'd3-array';
import { binCentre, binGrid, binOf, countOverflow, type BinCounts } from './count-bins.ts';
import type { CrowdedLayout, DenseLayout } from './crowded-lane.ts';
import { positionsInWindow, type EventIndex } from './event-index.ts';
import { LABEL_BEFORE, LABEL_INSIDE, LABEL_NONE, placeLabels, roomInside } from './label-room.ts';
import type { Lane } from './lane-groups.ts';
import { packRows } from './row-packing.ts';
import type { DayDomain, Viewport } from './time-scale.ts';

/** Sizes and limits of the layout, in pixels and rows. */
export interface LayoutOptions {
  /** Width of an event's shape. */
  markSize: number;
  /** Least free space between two marks in a row. */
  gap: number;
  /** Width of a count's bin. */
  binSize: number;
  /** Rows a lane may grow to, so that its events are drawn apart. */
  maxRows: number;
  /** Rows a lane may open only to give labels their room. */
  labelRows: number;
  /**
   * Most events the lanes may draw one by one. Past it, every lane with more than its share of
   * the budget is crowded (so is a lane with more events than `maxRows` full rows could hold): it
   * keeps `crowdedRows` rows of at most `crowdedPerBin` marks a bin, with counts beside them.
   * Thousands of marks are a texture, not a reading: the counts say more, every redraw stays
   * light, and the lanes stay short enough to be seen together.
   */
  markBudget: number;
  crowdedRows: number;
  crowdedPerBin: number;
  /** Room between a mark and its label. */
  labelPad: number;
  /** Least room a label is drawn in. */
  minLabel: number;
  /** Vertical sizes of a lane: its name, each row of marks, the row of counts, the space after. */
  nameHeight: number;
  rowHeight: number;
  countHeight: number;
  lanePadding: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
  markSize: 12,
  gap: 3,
  binSize: 40,
  maxRows: 12,
  labelRows: 8,
  markBudget: 1000,
  crowdedRows: 2,
  crowdedPerBin: 2,
  labelPad: 4,
  minLabel: 36,
  nameHeight: 16,
  rowHeight: 18,
  countHeight: 16,
  lanePadding: 4,
};

/**
 * How many times more events in view than `maxRows` full rows could hold make a lane laid out bin
 * by bin (crowded-lane.ts): between one and this, it is laid out event by event, as every lane
 * that is not far too dense is.
 */
const DENSE = 4;

/** Where a label is drawn: its box, and the point its text starts (or ends) at, next to its mark. */
export interface MarkLabel {
  x0: number;
  x1: number;
  anchor: number;
  /** 'start': the text runs away from the anchor in the script's direction; 'end': it ends there. */
  align: 'start' | 'end';
  /** Inside its mark's bar. */
  inside: boolean;
}

/** One event drawn in one lane. An event in several lanes has one mark in each. */
export interface EventMark {
  /** Stable across frames: lane key and event id. */
  key: string;
  position: number;
  /** Index into the layout's lanes. */
  lane: number;
  row: number;
  /** Centre of the shape, or of the part of the bar in view. */
  x: number;
  /** A period wider than a mark is drawn as a bar from its first day to its last, with no shape. */
  bar: { x0: number; x1: number } | null;
  label: MarkLabel | null;
}

/** Events of one bin of a lane that found no row, counted beside the marks drawn there. */
export interface CountMark {
  key: string;
  lane: number;
  x: number;
  width: number;
  count: number;
  /** The days the counted events cover (end exclusive): where "zoom to them" goes. */
  start: number;
  end: number;
  /** The absolute bin, to find the counted events again. */
  bin: number;
}

/** The marks of one event in its first and last drawn lanes, to be tied by a connector. */
export interface MarkLink {
  position: number;
  x: number;
  from: { lane: number; row: number };
  to: { lane: number; row: number };
}

/** A lane as laid out: its key, rows and place from the top of the lanes. */
export interface LaneBox {
  key: string;
  rows: number;
  top: number;
  height: number;
  /** The lane is crowded: counts stand for most of its events. */
  crowded: boolean;
}

export interface LaneLayout {
  lanes: LaneBox[];
  /** Height of all the lanes. */
  height: number;
  marks: EventMark[];
  counts: CountMark[];
  links: MarkLink[];
}

export interface LayoutInput {
  index: EventIndex;
  lanes: readonly Lane[];
  domain: DayDomain;
  viewport: Viewport;
  /** Events always drawn as their own marks, whatever the crowding (the selected one). */
  forced?: readonly number[];
  /** The width of an event's label in pixels; 0 (or no function) for none. */
  labelWidth?: (position: number) => number;
  /** Rows each lane keeps, by key, while the view moves: lanes do not change height mid-gesture. */
  frozenRows?: ReadonlyMap<string, number>;
  options?: LayoutOptions;
  /** The layout of lanes far too crowded for rows (crowded-lane.ts), when the corpus is large enough to need it. */
  dense?: DenseLayout;
}

/** The y of the middle of a row of marks, from the top of its lane. */
export function rowY(row: number, options: LayoutOptions = DEFAULT_LAYOUT): number {
  return options.nameHeight + row * options.rowHeight + options.rowHeight / 2;
}

/** The y of the middle of a lane's row of counts, from the top of the lane. */
export function countRowY(rows: number, options: LayoutOptions = DEFAULT_LAYOUT): number {
  return options.nameHeight + rows * options.rowHeight + options.countHeight / 2;
}

export function laneHeight(rows: number, options: LayoutOptions = DEFAULT_LAYOUT): number {
  return options.nameHeight + rows * options.rowHeight + options.countHeight + options.lanePadding;
}

/** Per-event scratch arrays, kept between frames by whoever lays out often (a gesture lays out 60 times a second). */
export class LayoutBuffers {
  private size = 0;
  /** How many events of the last lane laid out the arrays hold. */
  n = 0;
  position = new Uint32Array(0);
  a = new Float64Array(0);
  b = new Float64Array(0);
  u0 = new Float64Array(0);
  u1 = new Float64Array(0);
  startDay = new Float64Array(0);
  endDay = new Float64Array(0);
  label = new Float64Array(0);
  wanted = new Float64Array(0);
  bin = new Int32Array(0);
  forced = new Uint8Array(0);
  bar = new Uint8Array(0);
  row = new Int16Array(0);
  prevInRow = new Int32Array(0);
  side = new Uint8Array(0);
  from = new Float64Array(0);
  to = new Float64Array(0);

  /** The crowded lanes of the last layout, by lane index: their counts' events (eventsOfCount). */
  readonly crowded = new Map<number, CrowdedLayout>();

  /** Makes room for `n` events. */
  ensure(n: number): this {
    if (n <= this.size) return this;
    const size = Math.max(n, this.size * 2, 64);
    this.size = size;
    this.position = new Uint32Array(size);
    for (const name of ['a', 'b', 'u0', 'u1', 'startDay', 'endDay', 'label', 'wanted', 'from', 'to'] as const) {
      this[name] = new Float64Array(size);
    }
    this.bin = new Int32Array(size);
    this.forced = new Uint8Array(size);
    this.bar = new Uint8Array(size);
    this.side = new Uint8Array(size);
    this.row = new Int16Array(size);
    this.prevInRow = new Int32Array(size);
    return this;
  }
}

/**
 * The marks of the shown events in view, lane by lane, in four steps: the lane's events in the
 * window become extents in pixels; rows are packed (row-packing.ts), growing the lane up to
 * `maxRows` so that every event has a mark where it can; the events that still find no row are
 * counted in their bin beside the marks (count-bins.ts); labels take the room left around their
 * marks (label-room.ts). The forced events (the selected one) always have a mark. A lane's height
 * follows the rows it uses, except while `frozenRows` holds it (a gesture). Positions are
 * computed along time, then mirrored when time runs right to left. Cost: the events in the
 * window of the lanes given.
 */
export function layoutLanes(input: LayoutInput, buffers = new LayoutBuffers()): LaneLayout {
  buffers.crowded.clear();
  const { index, lanes, domain, viewport, forced = [], labelWidth, dense } = input;
  const frozenRows_ = (key: string) => input.frozenRows?.get(key);
  const options = input.options ?? DEFAULT_LAYOUT;
  const { width, rtl } = viewport;
  const result: LaneLayout = { lanes: [], height: 0, marks: [], counts: [], links: [] };
  const valid = width > 0 && domain.end > domain.start;
  const { markSize, gap, binSize, labelPad, minLabel } = options;
  const perDay = valid ? width / (domain.end - domain.start) : 0;
  const half = markSize / 2;
  const grid = binGrid(valid ? domain : { start: 0, end: 1 }, Math.max(width, 1), binSize);
  const slack = valid ? (markSize + gap) / perDay : 0;
  const window = valid
    ? positionsInWindow(index, Math.floor(domain.start - slack), Math.ceil(domain.end + slack))
    : { first: 0, last: 0 };
  // The events of each lane in the window (a little wider than the view: a bisection, not a scan).
  const inWindow = lanes.map(
    (lane) => bisectLeft(lane.positions, window.last) - bisectLeft(lane.positions, window.first),
  );
  const total = inWindow.reduce((sum, n) => sum + n, 0);
  const share = total > options.markBudget ? options.markBudget / lanes.length : Infinity;
  const sparseLimit = Math.min(share, (options.maxRows * width) / (markSize + gap));
  const mirror = (u: number) => (rtl ? width - u : u);
  const { start: starts, end: ends, ids } = index;
  const labelOptions = { width, gap, pad: labelPad, min: minLabel };

  /** The lane's marks and counts as laid out, mirrored where time runs right to left. */
  const draw = (
    lane: Lane,
    laneIndex: number,
    marks: Iterable<{ position: number; row: number; u0: number; u1: number; bar: boolean; label: MarkLabel | null }>,
    counted: BinCounts,
  ) => {
    for (const { position: i, row, u0, u1, bar: isBar, label } of marks) {
      const shown0 = Math.max(u0, 0);
      const shown1 = Math.min(u1, width);
      result.marks.push({
        key: `${lane.key}|${ids.at(i)}`,
        position: i,
        lane: laneIndex,
        row,
        x: mirror(isBar ? (shown0 + shown1) / 2 : (u0 + u1) / 2),
        bar: isBar ? { x0: Math.min(mirror(u0), mirror(u1)), x1: Math.max(mirror(u0), mirror(u1)) } : null,
        label,
      });
    }
    for (let bin = 0; bin < grid.count; bin++) {
      const count = counted.count[bin]!;
      if (!count) continue;
      result.counts.push({
        key: `${lane.key}|+${grid.first + bin}`,
        lane: laneIndex,
        x: mirror(binCentre(grid, bin)),
        width: binSize - gap,
        count,
        start: counted.start[bin]!,
        end: counted.end[bin]!,
        bin: grid.first + bin,
      });
    }
  };

  let top = 0;
  lanes.forEach((lane, laneIndex) => {
    const from = bisectLeft(lane.positions, window.first);
    const to = bisectLeft(lane.positions, window.last);
    const frozenRows = frozenRows_(lane.key);
    // Far more events than rows could hold: laid out bin by bin (crowded-lane.ts), at a cost that
    // follows the bins, not the events, on every frame of a gesture.
    if (dense && valid && inWindow[laneIndex]! > DENSE * sparseLimit) {
      const rows = frozenRows ?? options.crowdedRows;
      const crowded = dense.layoutCrowdedLane({
        index,
        lane: lane.positions,
        start: domain.start,
        perDay,
        width,
        grid,
        markSize,
        gap,
        rows,
        perBin: options.crowdedPerBin,
        forced,
      });
      buffers.crowded.set(laneIndex, crowded);
      draw(
        lane,
        laneIndex,
        crowded.marks.map((mark) => ({ ...mark, label: null })),
        crowded,
      );
      const laneRows = frozenRows ?? Math.max(1, crowded.used);
      const height = laneHeight(laneRows, options);
      result.lanes.push({ key: lane.key, rows: laneRows, top, height, crowded: true });
      top += height;
      return;
    }
    const buf = buffers.ensure(to - from);
    // Step 1: the lane's events in view, as extents along time.
    let n = 0;
    for (let k = from; k < to; k++) {
      const i = lane.positions[k]!;
      const start = starts[i]!;
      const end = ends[i]! + 1;
      const u0 = (start - domain.start) * perDay;
      const u1 = (end - domain.start) * perDay;
      const centre = (u0 + u1) / 2;
      // A single day is a point at any zoom; a longer period, once wider than a mark, a bar.
      const isBar = end - start > 1 && u1 - u0 >= markSize;
      const a = isBar ? u0 : centre - half;
      const b = isBar ? u1 : centre + half;
      if (b < 0 || a > width) continue;
      buf.position[n] = i;
      buf.a[n] = a;
      buf.b[n] = b;
      buf.u0[n] = u0;
      buf.u1[n] = u1;
      buf.startDay[n] = start;
      buf.endDay[n] = end;
      buf.bar[n] = isBar ? 1 : 0;
      buf.bin[n] = binOf(grid, centre);
      buf.forced[n] = forced.includes(i) ? 1 : 0;
      n++;
    }
    buf.n = n;
    const crowded = inWindow[laneIndex]! > sparseLimit;
    const frozen = frozenRows;
    const rows = frozen ?? (crowded ? options.crowdedRows : options.maxRows);
    // Labels only where marks are few enough to be read one by one.
    const labelled = !crowded && labelWidth !== undefined;
    for (let k = 0; k < n; k++) {
      const want = labelled ? labelWidth(buf.position[k]!) : 0;
      buf.wanted[k] = want;
      // Room after the mark for a label that will not stand whole inside its bar.
      buf.label[k] =
        want > 0 && !(buf.bar[k] && roomInside(buf.a[k]!, buf.b[k]!, labelOptions) >= want) ? want + labelPad : 0;
    }
    // Step 2: rows.
    const used = packRows(
      { n, a: buf.a, b: buf.b, label: buf.label, bin: buf.bin, forced: buf.forced },
      {
        rows,
        labelRows: Math.min(rows, options.labelRows),
        gap,
        perBin: crowded ? options.crowdedPerBin : Infinity,
        bins: grid.count,
        width,
      },
      buf.row,
      buf.prevInRow,
    );
    // Step 3: labels in the room the rows leave.
    if (labelled) {
      placeLabels({ n, a: buf.a, b: buf.b, wanted: buf.wanted, row: buf.row, bar: buf.bar }, labelOptions, rows, buf);
    } else buf.side.fill(LABEL_NONE, 0, n);
    // Step 4: counts for what found no row.
    const counted = countOverflow(n, buf.row, buf.bin, buf.startDay, buf.endDay, grid.count);

    const laneRows = frozen ?? Math.max(1, used);
    const marks = function* () {
      for (let k = 0; k < n; k++) {
        const row = buf.row[k]!;
        if (row < 0) continue;
        const side = buf.side[k]!;
        const label =
          side === LABEL_NONE
            ? null
            : {
                x0: Math.min(mirror(buf.from[k]!), mirror(buf.to[k]!)),
                x1: Math.max(mirror(buf.from[k]!), mirror(buf.to[k]!)),
                anchor: mirror(side === LABEL_BEFORE ? buf.to[k]! : buf.from[k]!),
                align: side === LABEL_BEFORE ? ('end' as const) : ('start' as const),
                inside: side === LABEL_INSIDE,
              };
        yield { position: buf.position[k]!, row, u0: buf.u0[k]!, u1: buf.u1[k]!, bar: buf.bar[k] === 1, label };
      }
    };
    draw(lane, laneIndex, marks(), counted);
    const height = laneHeight(laneRows, options);
    result.lanes.push({ key: lane.key, rows: laneRows, top, height, crowded });
    top += height;
  });
  result.height = top;
  result.links = linksOf(result.marks, viewport);
  return result;
}

/** Where a connector meets a mark: a shape at its centre, a bar just inside its start in view. */
function linkX(mark: EventMark, { width, rtl }: Viewport): number {
  if (!mark.bar) return mark.x;
  return rtl ? Math.min(mark.bar.x1, width) - 6 : Math.max(mark.bar.x0, 0) + 6;
}

/** A connector for each event drawn in two lanes or more, from its topmost to its bottommost mark. */
function linksOf(marks: readonly EventMark[], viewport: Viewport): MarkLink[] {
  const byEvent = new Map<number, MarkLink>();
  const links: MarkLink[] = [];
  for (const mark of marks) {
    const link = byEvent.get(mark.position);
    const at = { lane: mark.lane, row: mark.row };
    if (!link) byEvent.set(mark.position, { position: mark.position, x: linkX(mark, viewport), from: at, to: at });
    else if (mark.lane < link.from.lane) link.from = at;
    else if (mark.lane > link.to.lane) link.to = at;
  }
  for (const link of byEvent.values()) if (link.from !== link.to) links.push(link);
  return links;
}

/**
 * The events a count stands for, in time order: its lane laid out again as it is drawn, keeping
 * the events of the count's bin that found no row. For the list a count opens, not every frame.
 */
export function eventsOfCount(input: LayoutInput, count: Pick<CountMark, 'lane' | 'bin'>): number[] {
  const lane = input.lanes[count.lane];
  if (!lane) return [];
  const buffers = new LayoutBuffers();
  layoutLanes({ ...input, lanes: [lane] }, buffers);
  const grid = binGrid(input.domain, input.viewport.width, (input.options ?? DEFAULT_LAYOUT).binSize);
  const crowded = buffers.crowded.get(0);
  if (crowded) return crowded.counted(count.bin - grid.first);
  const result: number[] = [];
  for (let k = 0; k < buffers.n; k++) {
    if (buffers.row[k] === -1 && grid.first + buffers.bin[k]! === count.bin) result.push(buffers.position[k]!);
  }
  return result;
}
