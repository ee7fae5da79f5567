/**
 * Whether the reader is in the middle of a gesture (a zoom or pan of the timeline), or waits for
 * an answer, for background work that should wait rather than take time from the gesture's
 * frames or from the answer. One clock for the page: the timeline says when a gesture moves, the
 * search when an answer is awaited, and the background work asks.
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

// Background work on the page's thread runs in bursts this long: input and frames go first, and a
// gesture that starts meanwhile waits at most one burst.
const BURST_MS = 5;

interface Scheduler {
  postTask(task: () => void, options: { priority: 'background'; signal?: AbortSignal }): Promise<unknown>;
}

/**
 * Runs `work` in background bursts until it returns true, or until `signal` aborts; `enough()`
 * says when a burst has had its time. A zoom or pan under way holds the bursts off until it
 * rests: its frames have no time to spare.
 */
export function inBackground(work: (enough: () => boolean) => boolean, signal: AbortSignal): void {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  const run = () => {
    if (signal.aborted) return;
    const wait = gestureWait();
    if (wait > 0) {
      setTimeout(run, wait);
      return;
    }
    const start = performance.now();
    if (work(() => performance.now() - start > BURST_MS)) return;
    // Without the Scheduler API (tests, older browsers), a timer: it yields to frames as well.
    if (scheduler) void scheduler.postTask(run, { priority: 'background', signal }).catch(() => undefined);
    else setTimeout(run, 16);
  };
  setTimeout(run, 0);
}

// Answers the reader waits for now (a search's parts on their way), and the work held off until none is.
let awaited = 0;
const held: (() => void)[] = [];

/**
 * Says that the reader waits for an answer, until the function returned is called. Work that
 * only prepares for later (the gesture canvas's rehearsal) holds off meanwhile: its frames
 * would take the page's thread, and the machine's, from the answer.
 */
export function awaitAnswer(): () => void {
  awaited++;
  return () => {
    if (!--awaited) held.splice(0).forEach((run) => run());
  };
}

/** When the reader waits for an answer, keeps `then` until none is awaited, and says so. */
export function holdForAnswer(then: () => void): boolean {
  if (awaited) held.push(then);
  return awaited > 0;
}
