import { toDayNumber } from './calendar-date.ts';
import { positionsInWindow, type EventIndex } from './event-index.ts';
import type { TimeWindow } from './time-scale.ts';

/**
 * Positions (in time order) of the events that pass the filters (`shown[i]` is 1) and overlap
 * the window's days, or all of them without a window: what the list, the network and the
 * exports take as "what is shown", so that they agree.
 */
export function positionsShownInWindow(index: EventIndex, shown: Uint8Array, window: TimeWindow | undefined): number[] {
  if (!window) return Array.from(shownPositions(shown));
  const from = toDayNumber(window.from);
  const to = toDayNumber(window.to);
  const { first, last } = positionsInWindow(index, from, to);
  const positions: number[] = [];
  for (let i = first; i < last; i++) {
    if (shown[i] && index.start[i]! <= to && index.end[i]! >= from) positions.push(i);
  }
  return positions;
}

/**
 * The positions of the shown events, in time order, listed without a test per event that a
 * scattered answer (a search's) would send the wrong way half the time.
 */
export function shownPositions(shown: Uint8Array): Uint32Array {
  const n = shown.length;
  const list = new Uint32Array(n);
  let listed = 0;
  for (let i = 0; i < n; i++) {
    list[listed] = i;
    listed += +(shown[i] !== 0);
  }
  return list.subarray(0, listed);
}
