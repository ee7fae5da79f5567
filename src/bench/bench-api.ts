/** What the benchmark page exposes to an outside harness (scripts/bench.ts, or another tool). */
export interface BenchApi {
  /** How many events were generated. */
  n: number;
  /** Resolves when the N events are first on screen (the whole 2020-2026 window). */
  ready: Promise<unknown>;
  /** Call k multiplies the visible span by 0.7 (k % 30 < 15) or 1/0.7, around the window centre. */
  zoomStep(): void;
  /** Moves the window later by 5% of its span, through the same path as dragging. */
  panStep(): void;
  /** Hides every event with an odd index through the normal filter path; resolves once drawn. */
  filterHalf(): Promise<unknown>;
  /** Events currently drawn: marks, plus the events counted in aggregates. */
  visibleItemCount(): number;
  /**
   * Resolves after the next commit that follows a change of the view state (the URL): by then
   * React has rendered and the timeline's marks are drawn. Call it before the change.
   */
  settled(): Promise<void>;
  /**
   * Loads a split corpus (the head at `url`, its shards beside it) the way the app does. Resolves
   * to the milliseconds until it was ready to explore (the head fetched, parsed, checked and laid
   * out) and until every shard was in and checked, and the page's longest task in between.
   */
  loadCorpus(url: string): Promise<{ readyMs: number; textsMs: number; longestTaskMs: number }>;
}

declare global {
  interface Window {
    __bench?: BenchApi;
    /** Set by the harness while it measures a keystroke. */
    __benchKey?: Promise<number>;
  }
}
