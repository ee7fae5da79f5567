import { toDayNumber } from './calendar-date.ts';
import { positionsInWindow, type EventIndex } from './event-index.ts';
import type { TimeWindow } from './time-scale.ts';

/**
 * Positions (in time order) of the events that pass the filters (`shown[i]` is 1) and overlap
 * the window's days, or all of them without a window: what the list, the network and the
 * exports take as "what is shown", so that they agree.
 */
export function positionsShownInWindow(index: EventIndex, shown: Uint8Array, window: TimeWindow | undefined): number[] {
  if (!window) {
    const positions: number[] = [];
    for (let i = 0; i < shown.length; i++) if (shown[i]) positions.push(i);
    return positions;
  }
  const from = toDayNumber(window.from);
  const to = toDayNumber(window.to);
  const { first, last } = positionsInWindow(index, from, to);
  const positions: number[] = [];
  for (let i = first; i < last; i++) {
    if (shown[i] && index.start[i]! <= to && index.end[i]! >= from) positions.push(i);
  }
  return positions;
}
