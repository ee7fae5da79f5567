import { toDayNumber } from './calendar-date.ts';
import { positionsInWindow, type EventIndex } from './event-index.ts';
import type { TimeWindow } from './time-scale.ts';

/**
 * Positions (in time order) of the events that pass the filters (`shown[i]` is 1) and overlap
 * the window's days: what the network and the exports take as "what is shown".
 */
export function positionsShownInWindow(index: EventIndex, shown: Uint8Array, window: TimeWindow): number[] {
  const from = toDayNumber(window.from);
  const to = toDayNumber(window.to);
  const { first, last } = positionsInWindow(index, from, to);
  const positions: number[] = [];
  for (let i = first; i < last; i++) {
    if (shown[i] && index.start[i]! <= to && index.end[i]! >= from) positions.push(i);
  }
  return positions;
}
