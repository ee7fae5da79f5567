import { bisectRight } from 'd3-array';
import { joinEvent, shardFirsts, wordsFit } from './corpus-parts.ts';
import type { CorpusEvent } from './corpus-schema.ts';
import { LANGUAGES, type Language } from './corpus-vocabulary.ts';
import type { CorpusLoadError } from './decode-corpus.ts';
import { idAt, relatedNamedBy, skeletonAt, type EventIndex } from './event-index.ts';
import type { EventRest, EventWords } from './shard-shapes.ts';

/** A shard's file that could not be had or used, and why. */
export interface ShardFailure {
  file: string;
  error: CorpusLoadError;
}

/** Whether an event's texts in a language are in, on their way, or could not be had. */
export type TextsState = 'ready' | 'loading' | 'failed';

/**
 * The events' texts (titles, summaries, participants, quotes) by position, for the views that
 * read them: all at hand for a corpus loaded whole, and for a split one fetched by shard and by
 * language when a view asks, kept in a small cache of the shards used last.
 *
 * An event given back has its words (title, summary, place, attributions) in the languages it
 * was asked in, and only those: `at(position, lang)` gives `lang`'s.
 */
export interface EventTexts {
  /** The event at `position` with its words in `lang`, once they are in. */
  at(position: number, lang: Language): CorpusEvent | undefined;
  /** Asks for the event at `position` in `lang` before what was asked earlier (it is on screen, or open). */
  want(position: number, lang: Language): void;
  /** Where the texts of `position` in `lang` are: in, coming (or not asked for yet), or failed. */
  state(position: number, lang: Language): TextsState;
  /**
   * Brings in the events at `positions` (rising) with their words in `languages` (none: the
   * participants and sources alone), shard by shard, and calls `visit` with each in order.
   * Resolves to null when all were visited, or to the first failure. For views of many events
   * at once (an export, the network): the shards pass through the cache, they do not stay.
   */
  load(
    positions: ArrayLike<number>,
    languages: readonly Language[],
    visit: (event: CorpusEvent, position: number) => void,
    options?: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void },
  ): Promise<ShardFailure | null>;
  /** The events at `positions` (rising) with their words in `languages`, if all are in already. */
  inHand(positions: readonly number[], languages: readonly Language[]): CorpusEvent[] | undefined;
  /** How many shards hold the events at `positions` (rising): what bringing in all their texts costs. */
  shardsOf(positions: ArrayLike<number>): number;
  /** A number that changes whenever texts come in or fail: what views subscribe to. */
  version(): number;
  /** The shards' files that failed, until `retry()`. */
  failures(): readonly ShardFailure[];
  subscribe(listener: () => void): () => void;
  /** Tries the failed files again. */
  retry(): void;
  /** Stops loading (the corpus was replaced). */
  dispose(): void;
}

/** How loadTexts reads a split corpus's shards: which holds a position, ask, wait, read. */
export interface ShardAccess {
  shardOf(position: number): number;
  /** Asks for shard `k`'s files (its rests and its words in `languages`), to come in the background. */
  ask(k: number, languages: readonly Language[]): void;
  /** Resolves once shard `k`'s files are in (null), or to the first that failed. */
  fetch(k: number, languages: readonly Language[]): Promise<ShardFailure | null>;
  /** Calls `visit` with each event at `positions` (all in shard `k`), if its files are still in. */
  visit(
    k: number,
    positions: readonly number[],
    languages: readonly Language[],
    visit: (event: CorpusEvent, position: number) => void,
  ): boolean;
}

/** One shard file checked and read: the events' rests, or their words in one language. */
export type ShardFile = { rest: EventRest[] } | { words: EventWords[] };
export type ShardResult = { status: 'ready'; value: ShardFile } | { status: 'error'; error: CorpusLoadError };

/** Files fetched at once: enough to keep the connection busy while the page reads one. */
const PARALLEL = 4;
/**
 * Shard files kept: a view of a few weeks of a million events (a dozen shards, in the rest and
 * one language), and what the reader looked at just before. Older ones are dropped.
 */
export const CACHED_FILES = 32;

interface Entry {
  k: number;
  lang: Language | null;
  state: 'queued' | 'loading' | 'ready' | 'failed';
  value?: ShardFile;
  failure?: ShardFailure;
  /** Events made from this entry (a words entry) and its shard's rest, by offset in the shard. */
  events?: (CorpusEvent | undefined)[];
  done: Promise<void>;
  settle: () => void;
}

/**
 * The texts of a split corpus (corpus-parts.ts) whose skeleton is `index` and whose shards hold
 * `shards` events each: each file is fetched and checked by `load(k, lang)` (lang null: the
 * shard's rests) when a view asks, the most recent asks first, and kept among the CACHED_FILES
 * used last. A failure is kept, with the file's name, until `retry()`.
 */
export function shardedTexts(
  index: EventIndex,
  shards: readonly number[],
  load: (k: number, lang: Language | null, signal: AbortSignal) => Promise<ShardResult>,
  fileName: (k: number, lang: Language | null) => string,
): EventTexts {
  const firsts = shardFirsts(shards);
  const entries = new Map<string, Entry>();
  const queue: Entry[] = [];
  const listeners = new Set<() => void>();
  const stop = new AbortController();
  let inFlight = 0;
  let version = 0;
  let failures: readonly ShardFailure[] = [];

  // The last shard whose first event is at or before `position`.
  const shardOf = (position: number) => Math.max(0, bisectRight(firsts, position) - 1);
  const keyOf = (k: number, lang: Language | null) => (lang ? `${k}.${lang}` : `${k}`);
  const changed = () => {
    version++;
    failures = [...entries.values()].flatMap((entry) => (entry.failure ? [entry.failure] : []));
    listeners.forEach((listener) => listener());
  };
  /** The entry of a file, made and queued if new; marked as just used. */
  const entryOf = (k: number, lang: Language | null): Entry => {
    const key = keyOf(k, lang);
    let entry = entries.get(key);
    if (entry) {
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    }
    let settle!: () => void;
    const done = new Promise<void>((resolve) => (settle = resolve));
    entry = { k, lang, state: 'queued', done, settle };
    entries.set(key, entry);
    queue.push(entry);
    // Asks not yet begun that newer ones have pushed far back are dropped: the reader has moved on.
    while (queue.length > CACHED_FILES) {
      const old = queue.shift()!;
      if (old.state !== 'queued') continue;
      entries.delete(keyOf(old.k, old.lang));
      old.settle();
    }
    evict();
    return entry;
  };
  const evict = () => {
    for (const [key, entry] of entries) {
      if (entries.size <= CACHED_FILES) break;
      if (entry.state === 'ready' || entry.state === 'failed') entries.delete(key);
    }
  };
  const pump = () => {
    while (inFlight < PARALLEL && queue.length > 0 && !stop.signal.aborted) {
      const entry = queue.pop()!;
      if (entry.state !== 'queued') continue;
      entry.state = 'loading';
      inFlight++;
      const result = load(entry.k, entry.lang, stop.signal).catch((error: unknown): ShardResult => ({
        status: 'error',
        error: { kind: 'network', message: String(error) },
      }));
      void result.then((outcome) => {
        inFlight--;
        if (stop.signal.aborted) return;
        if (outcome.status === 'ready' && sizeOf(outcome.value) === shards[entry.k]) {
          entry.state = 'ready';
          entry.value = outcome.value;
        } else {
          const error: CorpusLoadError =
            outcome.status === 'error'
              ? outcome.error
              : { kind: 'json', message: 'the shard holds other events than the head says' };
          fail(entry, error);
        }
        entry.settle();
        changed();
        pump();
      });
    }
  };
  const fail = (entry: Entry, error: CorpusLoadError) => {
    entry.state = 'failed';
    entry.value = undefined;
    entry.failure = { file: fileName(entry.k, entry.lang), error };
  };
  /** Asks for a shard's rest and its words in `lang`. */
  const request = (k: number, lang: Language | null): Entry[] => {
    const wanted = lang ? [entryOf(k, null), entryOf(k, lang)] : [entryOf(k, null)];
    pump();
    return wanted;
  };
  /** The shard's rests and words in `languages`, once in and fitting; undefined otherwise. */
  const ready = (k: number, languages: readonly Language[]) => {
    const rest = entries.get(keyOf(k, null));
    if (rest?.state !== 'ready' || !rest.value || !('rest' in rest.value)) return undefined;
    const words: Partial<Record<Language, EventWords[]>> = {};
    for (const lang of languages) {
      const entry = entries.get(keyOf(k, lang));
      if (entry?.state !== 'ready' || !entry.value || !('words' in entry.value)) return undefined;
      if (!entry.events) {
        // First use of these words with their rests: they must describe the same events.
        const rests = rest.value.rest;
        const list = entry.value.words;
        if (!list.every((w, j) => wordsFit(rests[j]!, w))) {
          fail(entry, { kind: 'json', message: "its events' words do not fit their places and sources" });
          queueMicrotask(changed);
          return undefined;
        }
        entry.events = new Array<CorpusEvent | undefined>(list.length);
      }
      words[lang] = entry.value.words;
    }
    return { rest: rest.value.rest, words };
  };
  const eventAt = (position: number, k: number, parts: NonNullable<ReturnType<typeof ready>>) => {
    const j = position - firsts[k]!;
    const words: Partial<Record<Language, EventWords>> = {};
    for (const lang of LANGUAGES) if (parts.words[lang]) words[lang] = parts.words[lang][j]!;
    const related = relatedNamedBy(index, position).map((other) => idAt(index, other));
    return joinEvent(skeletonAt(index, position), related, parts.rest[j]!, words);
  };

  /** What loadTexts (load-texts.ts) reads the shards through. */
  const access: ShardAccess = {
    shardOf,
    ask(k, languages) {
      entryOf(k, null);
      for (const lang of languages) entryOf(k, lang);
      pump();
    },
    async fetch(k, languages) {
      for (;;) {
        if (stop.signal.aborted) return null;
        const files = [entryOf(k, null), ...languages.map((lang) => entryOf(k, lang))];
        pump();
        const failed = files.find((entry) => entry.state === 'failed');
        if (failed) return failed.failure!;
        if (ready(k, languages)) return null;
        const pending = files.filter((entry) => entry.state !== 'ready');
        // In, yet unfit to read (its words do not fit their events): the next turn says why.
        if (pending.length === 0) continue;
        await Promise.race(pending.map((entry) => entry.done));
      }
    },
    visit(k, positions, languages, visit) {
      const parts = ready(k, languages);
      if (!parts) return false;
      for (const position of positions) visit(eventAt(position, k, parts), position);
      return true;
    },
  };

  return {
    at(position, lang) {
      if (position < 0 || position >= index.count) return undefined;
      const k = shardOf(position);
      const parts = ready(k, [lang]);
      if (!parts) return undefined;
      const entry = entries.get(keyOf(k, lang))!;
      const j = position - firsts[k]!;
      return (entry.events![j] ??= eventAt(position, k, parts));
    },
    want(position, lang) {
      if (position < 0 || position >= index.count) return;
      const k = shardOf(position);
      if (ready(k, [lang])) return;
      request(k, lang);
    },
    state(position, lang) {
      const k = shardOf(position);
      const files = [entries.get(keyOf(k, null)), entries.get(keyOf(k, lang))];
      if (files.some((entry) => entry?.state === 'failed')) return 'failed';
      return ready(k, [lang]) ? 'ready' : 'loading';
    },
    // Loading many events at once (an export, the network) is a chunk of its own.
    load: (positions, languages, visit, options) =>
      import('./load-texts.ts').then((m) => m.loadTexts(access, positions, languages, visit, options)),
    inHand(positions, languages) {
      const events: CorpusEvent[] = [];
      for (let i = 0; i < positions.length;) {
        const k = shardOf(positions[i]!);
        const parts = ready(k, languages);
        if (!parts) return undefined;
        for (; i < positions.length && shardOf(positions[i]!) === k; i++) events.push(eventAt(positions[i]!, k, parts));
      }
      return events;
    },
    shardsOf(positions) {
      let count = 0;
      let last = -1;
      for (let i = 0; i < positions.length; i++) {
        const k = shardOf(positions[i]!);
        if (k !== last) count++;
        last = k;
      }
      return count;
    },
    version: () => version,
    failures: () => failures,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    retry() {
      const failed = [...entries.values()].filter((entry) => entry.state === 'failed');
      if (failed.length === 0) return;
      for (const entry of failed) {
        entry.state = 'queued';
        entry.failure = undefined;
        let settle!: () => void;
        entry.done = new Promise<void>((resolve) => (settle = resolve));
        entry.settle = settle;
        queue.push(entry);
      }
      changed();
      pump();
    },
    dispose: () => stop.abort(),
  };
}

function sizeOf(file: ShardFile): number {
  return 'rest' in file ? file.rest.length : file.words.length;
}
