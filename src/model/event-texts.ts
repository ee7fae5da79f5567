import { shardFirsts, type CorpusShard, type ShardEntry } from './corpus-parts.ts';
import type { CorpusEvent } from './corpus-schema.ts';
import type { CorpusLoadError } from './decode-corpus.ts';

/** A shard that could not be had or used, and why. */
export interface ShardFailure {
  file: string;
  error: CorpusLoadError;
}

/** How far the complete events have come in. A new object on every change. */
export interface TextsProgress {
  loaded: number;
  total: number;
  failed: readonly ShardFailure[];
}

/**
 * The complete events (titles, summaries, participants, sources) by index position, for the
 * views that read them: all at once for a corpus loaded whole, shard by shard for a split one.
 */
export interface EventTexts {
  /** The complete event at `position`, once it is in. */
  at(position: number): CorpusEvent | undefined;
  /** Asks for the event at `position` before the others (it is on screen, or open). */
  want(position: number): void;
  /** Every event in index order, once all are in. */
  all(): readonly CorpusEvent[] | undefined;
  progress(): TextsProgress;
  subscribe(listener: () => void): () => void;
  /** Tries the failed shards again. */
  retry(): void;
  /** Stops loading (the corpus was replaced). */
  dispose(): void;
}

/** A corpus loaded whole: every event is in from the start. */
export function completeTexts(events: readonly CorpusEvent[]): EventTexts {
  const progress: TextsProgress = { loaded: events.length, total: events.length, failed: [] };
  return {
    at: (position) => events[position],
    want: () => undefined,
    all: () => events,
    progress: () => progress,
    subscribe: () => () => undefined,
    retry: () => undefined,
    dispose: () => undefined,
  };
}

export type ShardResult = { status: 'ready'; value: CorpusShard } | { status: 'error'; error: CorpusLoadError };

/** Shards fetched at once: enough to keep the connection busy while the page parses one. */
const PARALLEL = 3;

/**
 * The events of a split corpus, loaded by `load` (fetch, parse, check) shard by shard in the
 * background: first those asked for, then in time order. `load` resolves once a shard has been
 * checked against the head; a failure is kept (with the shard's file) until `retry()`.
 */
export function shardedTexts(
  shards: readonly ShardEntry[],
  load: (k: number, signal: AbortSignal) => Promise<ShardResult>,
): EventTexts {
  const firsts = shardFirsts(shards);
  const total = shards.reduce((sum, shard) => sum + shard.count, 0);
  const events: (CorpusEvent | undefined)[] = new Array<CorpusEvent | undefined>(total);
  const state: ('idle' | 'loading' | 'done' | 'failed')[] = shards.map(() => 'idle');
  const failures = new Map<number, ShardFailure>();
  const wanted: number[] = [];
  const listeners = new Set<() => void>();
  const stop = new AbortController();
  let loaded = 0;
  let inFlight = 0;
  let progress: TextsProgress = { loaded, total, failed: [] };
  let everything: readonly CorpusEvent[] | undefined = total === 0 ? [] : undefined;

  const shardOf = (position: number) => {
    // The last shard whose first event is at or before `position` (binary search).
    let lo = 0;
    let hi = firsts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (firsts[mid]! <= position) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const changed = () => {
    progress = { loaded, total, failed: [...failures.values()] };
    if (loaded === total) everything = events as CorpusEvent[];
    listeners.forEach((listener) => listener());
  };
  const next = (): number | undefined => {
    while (wanted.length > 0) {
      const k = wanted.pop()!;
      if (state[k] === 'idle') return k;
    }
    const k = state.indexOf('idle');
    return k === -1 ? undefined : k;
  };
  const pump = () => {
    while (inFlight < PARALLEL && !stop.signal.aborted) {
      const k = next();
      if (k === undefined) return;
      state[k] = 'loading';
      inFlight++;
      const settled = load(k, stop.signal).catch((error: unknown): ShardResult => ({
        status: 'error',
        error: { kind: 'network', message: String(error) },
      }));
      void settled.then((result) => {
        inFlight--;
        if (stop.signal.aborted) return;
        if (result.status === 'ready') {
          const first = firsts[k]!;
          result.value.events.forEach((event, j) => (events[first + j] = event));
          loaded += result.value.events.length;
          state[k] = 'done';
        } else {
          state[k] = 'failed';
          failures.set(k, { file: shards[k]!.file, error: result.error });
        }
        changed();
        pump();
      });
    }
  };
  pump();

  return {
    at: (position) => events[position],
    want(position) {
      if (position < 0 || position >= total) return;
      const k = shardOf(position);
      if (state[k] !== 'idle') return;
      wanted.push(k);
      pump();
    },
    all: () => everything,
    progress: () => progress,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    retry() {
      if (failures.size === 0) return;
      for (const k of failures.keys()) state[k] = 'idle';
      failures.clear();
      changed();
      pump();
    },
    dispose: () => stop.abort(),
  };
}
