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
  for (let from = 0; from < n; from += STRETCH) listed = listShown(shown, from, list, listed);
  return list.subarray(0, listed);
}

// Events listed by one call of listShown. A pass over a million events in one loop, called once a
// filter, ran in code that V8 had not optimized in most page loads once the page had rested: a
// loop compiled only while it runs waits for that compilation. Called again for each stretch, the
// function is optimized as a whole within the first few.
const STRETCH = 1 << 14;

/** Lists the shown events of a stretch from `from` after the `listed` already in `list`; returns how many are now. */
function listShown(shown: Uint8Array, from: number, list: Uint32Array, listed: number): number {
  for (let i = from, to = Math.min(shown.length, from + STRETCH); i < to; i++) {
    list[listed] = i;
    listed += +(shown[i] !== 0);
  }
  return listed;
}
