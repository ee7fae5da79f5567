/**
 * Whether the reader is in the middle of a gesture (a zoom or pan of the timeline), for
 * background work that should wait rather than take time from the gesture's frames. One clock
 * for the page: the timeline says when a gesture moves, the background work asks.
 */

// A gesture is over once its view has rested this long (the timeline redraws its SVG then too).
const QUIET_AFTER_MS = 200;

// The first frames of a gesture cost the most (the canvas shown, code not yet compiled for it).
const GESTURE_START_MS = 150;

let lastMove = -Infinity;
let gestureStart = -Infinity;

/** Called on every frame of a gesture. */
export function noteGestureMove(now = performance.now()): void {
  if (now - lastMove > QUIET_AFTER_MS) gestureStart = now;
  lastMove = now;
}

/** How long to wait before background work on the page's thread may run: 0 when no gesture is under way. */
export function gestureWait(now = performance.now()): number {
  return Math.max(0, lastMove + QUIET_AFTER_MS - now);
}

/**
 * How long work on another thread (a worker) should wait: through the first frames of a gesture,
 * which on two cores need the other core too (the compositor and raster threads), not through
 * the rest of it. Pausing it for whole gestures would leave a search waiting for its index.
 */
export function gestureStartWait(now = performance.now()): number {
  return lastMove + QUIET_AFTER_MS > now ? Math.max(0, gestureStart + GESTURE_START_MS - now) : 0;
}
