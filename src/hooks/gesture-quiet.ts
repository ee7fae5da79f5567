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

// Gesture frames come every 16.7 ms: none for this long and the view has stopped moving, though
// the page's own work after a gesture (the SVG drawn again) is still to come.
const MOVING_WITHIN_MS = 50;

/**
 * Whether the view is moving now: for work on another thread (a worker), which takes nothing
 * from the page's own redraw after a gesture, only the second core from the gesture's frames.
 */
export function gestureMoving(now = performance.now()): boolean {
  return now - lastMove < MOVING_WITHIN_MS;
}
