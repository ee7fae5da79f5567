/** What the page does to hand a worker its texts. */
export interface WorkerFeed {
  /** How many events there are. */
  count: number;
  /**
   * The texts of events [from, to), each event's in an array of its own, made when they are sent
   * (the page's work is spread along with them).
   */
  texts(from: number, to: number): string[][];
  /** Sends a slice; `last` with the final one. */
  post(texts: string[][], last: boolean): void;
  /** Asks the worker for what it made of them: once, after the last slice, with the view at rest. */
  collect(): void;
  /** Whether a zoom or pan is under way. */
  moving(): boolean;
  /** The clock, in milliseconds (tests give their own). */
  now?: () => number;
}

export interface WorkerFeeder {
  /** The worker has finished a slice: the next may go. */
  done(): void;
  /** Sends nothing more. */
  stop(): void;
}

// Events a slice: about a millisecond of the worker's time at 100,000 events.
export const SLICE = 250;
// Slices the worker may hold when the reader is not moving the view: one it works on and one
// waiting, so that it never waits for the page.
const AHEAD = 2;
// While the view moves, one slice at a time, at most one this often, and smaller: the worker
// takes a few per cent of a core instead of all of it, and the page's share of a gesture's frame
// (making the slice's texts and posting them: 1.3-1.5 ms for 250 events at 100,000) stays small.
export const MOVING_GAP_MS = 16;
export const MOVING_SLICE = 50;

/**
 * Feeds a worker its texts a slice at a time, each sent when the worker is done with one, so
 * that no more than two slices are ever queued: on two cores, a worker with a second of texts
 * queued took the core the compositor and raster threads needed for a zoom's frames. While a
 * zoom or pan is under way the worker gets one small slice every MOVING_GAP_MS, and once the
 * view rests it runs at full speed again. The first slices go at once.
 */
export function feedWorker(feed: WorkerFeed): WorkerFeeder {
  const now = feed.now ?? (() => performance.now());
  let next = 0;
  let queued = 0;
  let lastSent = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let collected = false;

  const send = () => {
    timer = undefined;
    while (!stopped && next < feed.count && queued < AHEAD) {
      const moving = feed.moving();
      if (moving) {
        // A slice under way: its end sends the next. Otherwise wait out the gap.
        if (queued > 0) return;
        const wait = lastSent + MOVING_GAP_MS - now();
        if (wait > 0) {
          timer = setTimeout(send, wait);
          return;
        }
      }
      const to = Math.min(feed.count, next + (moving ? MOVING_SLICE : SLICE));
      const texts = feed.texts(next, to);
      next = to;
      queued++;
      lastSent = now();
      feed.post(texts, next === feed.count);
    }
    if (stopped || collected || next < feed.count || queued > 0) return;
    // Taking the result in (at 100,000 events, 11.5 MB of typed arrays) set off a full garbage
    // collection of the page's heap; coming while the reader zoomed, its marking took 2-4 of the
    // zoom's frames. It comes once the view is still.
    if (feed.moving()) {
      timer = setTimeout(send, MOVING_GAP_MS);
      return;
    }
    collected = true;
    feed.collect();
  };

  send();
  return {
    done() {
      queued = Math.max(0, queued - 1);
      if (timer === undefined) send();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
