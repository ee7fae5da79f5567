import { bisectLeft } from 'd3-array';
import { binGrid, binOf } from './count-bins.ts';
import type { EventIndex } from './event-index.ts';
import type { Lane } from './lane-groups.ts';
import { DEFAULT_LAYOUT, type LaneLayout } from './lane-layout.ts';
import { MIN_SPAN_DAYS, type DayDomain, type Viewport } from './time-scale.ts';

/** What a key asks of the timeline: a move among the shown events, a zoom, or a fit. */
export type TimelineCommand =
  { kind: 'move'; to: 'earlier' | 'later' | 'first' | 'last' } | { kind: 'zoom'; factor: number } | { kind: 'fit' };

/**
 * The command a key gives the timeline, or null when the key is not the timeline's. The arrow
 * that points toward earlier dates goes to earlier events: left in English and Russian, right in
 * Arabic, where time runs right to left. Up and down follow the reading order of a list. Keys
 * held with Ctrl, Alt or Meta stay the browser's (Ctrl+0, Ctrl+− zoom the page).
 */
export function commandOfKey(
  key: string,
  rtl: boolean,
  modifiers: { ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean } = {},
): TimelineCommand | null {
  if (modifiers.ctrlKey || modifiers.altKey || modifiers.metaKey) return null;
  switch (key) {
    case 'ArrowLeft':
      return { kind: 'move', to: rtl ? 'later' : 'earlier' };
    case 'ArrowRight':
      return { kind: 'move', to: rtl ? 'earlier' : 'later' };
    case 'ArrowUp':
      return { kind: 'move', to: 'earlier' };
    case 'ArrowDown':
      return { kind: 'move', to: 'later' };
    case 'Home':
      return { kind: 'move', to: 'first' };
    case 'End':
      return { kind: 'move', to: 'last' };
    case '+':
    case '=':
      return { kind: 'zoom', factor: 2 };
    case '-':
    case '−':
      return { kind: 'zoom', factor: 0.5 };
    case '0':
      return { kind: 'fit' };
    default:
      return null;
  }
}

/**
 * The nearest shown position strictly after `from` (direction 1) or before it (-1), or undefined
 * at the end. `from` may be -1 or `shown.length`, to find the first or the last.
 */
export function stepShown(shown: Uint8Array, from: number, direction: 1 | -1): number | undefined {
  for (let i = from + direction; i >= 0 && i < shown.length; i += direction) if (shown[i]) return i;
  return undefined;
}

/** The middle of an event's days, as a continuous day. */
export function centreOfEvent(index: EventIndex, position: number): number {
  return (index.start[position]! + index.end[position]! + 1) / 2;
}

/** The domain of the same span centred on `day`: the view pans to it without zooming. */
export function centreDomainOn(domain: DayDomain, day: number): DayDomain {
  const half = (domain.end - domain.start) / 2;
  return { start: day - half, end: day + half };
}

/**
 * The domain zoomed by `factor` (2 shows half as many days) about `day`, which keeps its place
 * on screen, as under the pointer of a wheel zoom. Never narrower than the narrowest zoom.
 */
export function zoomDomainAbout(domain: DayDomain, day: number, factor: number): DayDomain {
  const span = domain.end - domain.start;
  const next = Math.max(MIN_SPAN_DAYS, span / factor);
  const share = span > 0 ? (day - domain.start) / span : 0.5;
  const start = day - share * next;
  return { start, end: start + next };
}

/** A place the arrow keys stop at: an event's mark, or a count of events that could not be drawn. */
export interface WalkItem {
  key: string;
  kind: 'mark' | 'count';
  /** The mark's event; for a count, -1. */
  position: number;
  /** The first day the item stands for, which orders the walk. */
  day: number;
}

/** A laid-out part of the timeline and the lanes it was laid out from. */
export interface WalkPart {
  layout: LaneLayout;
  lanes: readonly Lane[];
}

/**
 * The drawn items in the order the arrow keys visit them: by time, then from the top lane down.
 * An event drawn in several lanes is visited once, at its topmost mark; a count is visited where
 * its first event falls, so that every event in view is reached, as its mark or through its count.
 */
export function walkItems(index: EventIndex, parts: readonly WalkPart[]): WalkItem[] {
  const seen = new Set<number>();
  const items: (WalkItem & { order: number })[] = [];
  let lanesBefore = 0;
  for (const { layout } of parts) {
    const byLane = [...layout.marks].sort((a, b) => a.lane - b.lane || a.row - b.row);
    for (const mark of byLane) {
      if (seen.has(mark.position)) continue;
      seen.add(mark.position);
      items.push({
        key: mark.key,
        kind: 'mark',
        position: mark.position,
        day: index.start[mark.position]!,
        order: lanesBefore + mark.lane,
      });
    }
    for (const count of layout.counts) {
      items.push({ key: count.key, kind: 'count', position: -1, day: count.start, order: lanesBefore + count.lane });
    }
    lanesBefore += layout.lanes.length;
  }
  items.sort(
    (a, b) =>
      a.day - b.day ||
      (a.kind === b.kind ? 0 : a.kind === 'mark' ? -1 : 1) ||
      (a.position >= 0 && b.position >= 0 ? a.position - b.position : 0) ||
      a.order - b.order,
  );
  return items.map(({ key, kind, position, day }) => ({ key, kind, position, day }));
}

/**
 * The item that stands for an event in a drawing: its topmost mark, else the count of its bin in
 * its topmost lane; null when it is not in view.
 */
export function itemOfEvent(
  index: EventIndex,
  parts: readonly WalkPart[],
  items: readonly WalkItem[],
  position: number,
  domain: DayDomain,
  viewport: Viewport,
): WalkItem | null {
  const mark = items.find((item) => item.position === position);
  if (mark) return mark;
  const grid = binGrid(domain, viewport.width, DEFAULT_LAYOUT.binSize);
  const perDay = viewport.width / (domain.end - domain.start);
  const bin = grid.first + binOf(grid, (centreOfEvent(index, position) - domain.start) * perDay);
  for (const { layout, lanes } of parts) {
    for (const count of layout.counts) {
      if (count.bin !== bin) continue;
      const positions = lanes[count.lane]?.positions;
      if (!positions) continue;
      const at = bisectLeft(positions, position);
      if (positions[at] === position) return items.find((item) => item.key === count.key) ?? null;
    }
  }
  return null;
}

/**
 * The shown event a walk goes to when it leaves the view: the first one that starts after the
 * view (later), or the last one that ends before it (earlier). Undefined at the corpus's ends.
 */
export function eventBeyond(
  index: EventIndex,
  shown: Uint8Array,
  domain: DayDomain,
  to: 'earlier' | 'later',
): number | undefined {
  if (to === 'later') return stepShown(shown, bisectLeft(index.start, Math.ceil(domain.end)) - 1, 1);
  for (let i = stepShown(shown, bisectLeft(index.start, Math.floor(domain.start)), -1); i !== undefined;) {
    if (index.end[i]! + 1 <= domain.start) return i;
    i = stepShown(shown, i, -1);
  }
  return undefined;
}
