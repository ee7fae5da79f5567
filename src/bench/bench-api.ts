/**
 * A word that only the summaries of even-indexed events (event-0, event-2, …) contain, so that
 * searching for it hides every odd one: the benchmark's "filter half" goes through the search box.
 */
export const EVEN_EVENT_WORD = 'readout';

/** What the benchmark page exposes to an outside harness (scripts/bench.ts, or another tool). */
export interface BenchApi {
  /** How many events were generated. */
  n: number;
  /** Where the events came from: the files served for N (`&corpus=files`), or made in the page. */
  source: 'files' | 'generated';
  /** Resolves when the N events are first on screen (the whole 2020-2026 window). */
  ready: Promise<unknown>;
  /** Call k multiplies the visible span by 0.7 (k % 30 < 15) or 1/0.7, around the window centre. */
  zoomStep(): void;
  /** Call k moves the window by 5% of its span, later (k % 30 < 15) or back, through the same path as dragging. */
  panStep(): void;
  /**
   * Hides every event with an odd index through the normal filter path; resolves once the answer
   * is drawn (on the canvas first: the SVG marks follow, see `marksNamed`).
   */
  filterHalf(): Promise<unknown>;
  /**
   * Resolves once the timeline's SVG marks (focusable, named, clickable) show the view: none
   * waits unpainted while the canvas shows a new answer.
   */
  marksNamed(): Promise<void>;
  /** Events currently drawn: marks, plus the events counted in aggregates. */
  visibleItemCount(): number;
  /**
   * Resolves after the next commit that follows a change of the view state (the URL) in which the
   * views show it (a search's answer in): by then React has rendered and the timeline's marks are
   * drawn. Call it before the change.
   */
  settled(): Promise<void>;
  /**
   * Loads a split corpus (the head at `url`, its other files beside it) the way the app does.
   * Resolves to the milliseconds until it was ready to explore (head and skeleton fetched, checked
   * and laid out); until the first shard's texts were in, in English; until the search index
   * was in whole (its words, then every part, as the page fetches them after its first view);
   * and the page's longest task after it was ready.
   */
  loadCorpus(url: string): Promise<{ readyMs: number; textsMs: number; searchMs: number; longestTaskMs: number }>;
}

declare global {
  interface Window {
    __bench?: BenchApi;
    /** Set by the harness while it measures a keystroke. */
    __benchKey?: Promise<{ painted: number; named: number }>;
  }
}
