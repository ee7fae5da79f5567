import type { EventIndex } from './event-index.ts';
import type { LaneSet } from './lane-layout.ts';
import { MIN_SPAN_DAYS, type DayDomain } from './time-scale.ts';

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

/**
 * Where a move goes from `current` (a position, or undefined when nothing is active yet: then
 * every move starts at the first or last event). Undefined when there is nowhere to go.
 */
export function targetOfMove(
  shown: Uint8Array,
  current: number | undefined,
  to: 'earlier' | 'later' | 'first' | 'last',
): number | undefined {
  if (to === 'first' || (current === undefined && to === 'later')) return stepShown(shown, -1, 1);
  if (to === 'last' || current === undefined) return stepShown(shown, shown.length, -1);
  return stepShown(shown, current, to === 'later' ? 1 : -1);
}

/**
 * The shown event a count stands in for when a move starts from it: moving later enters it (its
 * first event), moving earlier leaves it (the last event before it).
 */
export function positionAroundDay(
  index: EventIndex,
  shown: Uint8Array,
  day: number,
  to: 'earlier' | 'later',
): number | undefined {
  // Events are in time order by start day: the first at or after `day` is found by bisection.
  let lo = 0;
  let hi = index.events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.start[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return to === 'later' ? stepShown(shown, lo - 1, 1) : stepShown(shown, lo, -1);
}

/** The lanes (indices into `laneSet.lanes`) an event is drawn in; none for a milestone or a hidden event. */
export function lanesOfEvent(laneSet: LaneSet, position: number): number[] {
  const { groupStart, positions } = laneSet.groups;
  const lanes: number[] = [];
  laneSet.lanes.forEach((lane, i) => {
    // Each group holds its positions in time order: a bisection finds the event or its absence.
    let lo = groupStart[lane.group]!;
    let hi = groupStart[lane.group + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (positions[mid]! < position) lo = mid + 1;
      else hi = mid;
    }
    if (lo < groupStart[lane.group + 1]! && positions[lo] === position) lanes.push(i);
  });
  return lanes;
}

/** The middle of an event's days, as a continuous day. */
export function centreOfEvent(index: EventIndex, position: number): number {
  return (index.start[position]! + index.end[position]! + 1) / 2;
}

/**
 * True when the event's mark can be seen in the domain: a period's shape sits on the part of it
 * in view, so any overlap will do; a single day's shape sits on its middle, which must be in view.
 */
export function eventInView(index: EventIndex, position: number, domain: DayDomain): boolean {
  const start = index.start[position]!;
  const end = index.end[position]! + 1;
  if (end - start > 1) return start < domain.end && end > domain.start;
  const middle = (start + end) / 2;
  return middle >= domain.start && middle <= domain.end;
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
