/**
 * Whether the reader is in the middle of a gesture (a zoom or pan of the timeline), for
 * background work that should wait rather than take time from the gesture's frames. One clock
 * for the page: the timeline says when a gesture moves, the background work asks.
 */

// A gesture is over once its view has rested this long (the timeline redraws its SVG then too).
const QUIET_AFTER_MS = 200;

let lastMove = -Infinity;

/** Called on every frame of a gesture. */
export function noteGestureMove(now = performance.now()): void {
  lastMove = now;
}

/** How long to wait before background work may run: 0 when no gesture is under way. */
export function gestureWait(now = performance.now()): number {
  return Math.max(0, lastMove + QUIET_AFTER_MS - now);
}
