import type { CorpusTables } from './corpus-parts.ts';
import type { CorpusLoadError } from './decode-corpus.ts';
import type { EventIndex } from './event-index.ts';
import { PART_BYTES, type SearchPart, type SearchWordsFile } from './search-files.ts';
import { searchNames, type SearchIndex } from './search-index.ts';
import {
  eventsOfNames,
  matchedWords,
  matchQuery,
  partsOfQuery,
  type NameKind,
  type RefEvents,
} from './search-query.ts';
import type { Background, SearchSource } from './search-source.ts';

/** What a query has come to: no query, its events, still coming, or why it cannot be answered. */
export type SearchAnswer =
  | { status: 'none' }
  | { status: 'ready'; passes: Uint8Array }
  | { status: 'pending' }
  | { status: 'failed'; error: CorpusLoadError };

/**
 * A corpus's search index as far as it has come in: its words, then the parts that queries need,
 * fetched once and kept (a million synthetic events' parts are about 16 MB of typed arrays).
 * Framework-free; useSearchIndex owns one per corpus and subscribes to it.
 */
export class SearchStore {
  private file: SearchWordsFile | null = null;
  private search: SearchIndex | null = null;
  private readonly parts = new Map<number, SearchPart>();
  private readonly asked = new Set<number>();
  private wordsAsked = false;
  private prefetching: Promise<void> | null = null;
  // Queries asked for before the words were in: their parts are fetched as soon as they are.
  private readonly waiting = new Set<string>();
  private failure: CorpusLoadError | null = null;
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private readonly stop = new AbortController();
  private readonly answers = new Map<string, SearchAnswer>();
  // The events of each person's and each country's name: made in background bursts, or finished
  // for the first query that finds such a name.
  private readonly named = new Map<NameKind, ReturnType<typeof eventsOfNames>>();

  constructor(
    private readonly source: SearchSource,
    private readonly index: EventIndex,
    private readonly tables: Pick<CorpusTables, 'people' | 'countries'>,
  ) {}

  /** Changes whenever something comes in or fails. */
  readonly getVersion = (): number => this.version;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Starts bringing the index's words in (once), and a small index's parts with them;
   * `background` runs the page's share of it.
   */
  loadWords(background: Background): void {
    if (this.wordsAsked) return;
    this.wordsAsked = true;
    void this.source.words(this.stop.signal, background).then((result) => {
      if (this.stop.signal.aborted) return;
      if (result.status === 'ready') {
        this.file = result.value;
        this.search = {
          eventCount: result.value.events,
          words: result.value.words,
          partStart: result.value.partStart,
          ...searchNames(this.index, this.tables),
        };
        for (const q of this.waiting) this.fetchPartsOf(q);
        // A small index comes whole with its words, before any search: no query waits for a file.
        if (this.small) for (let p = 0; p < result.value.partStart.length; p++) void this.fetchPart(p);
      } else this.failure = result.error;
      this.waiting.clear();
      this.changed();
    });
  }

  /**
   * The answer to `q`, as far as the index has come: pending until its words and the parts the
   * query needs are in (`request` asks for them), then made once and kept for the next ask.
   */
  answer(q: string): SearchAnswer {
    if (q.trim() === '') return NONE;
    if (this.failure) return { status: 'failed', error: this.failure };
    const search = this.search;
    if (!search) return PENDING;
    const known = this.answers.get(q);
    if (known) return known;
    const matched = matchedWords(search, q);
    if (partsOfQuery(search, matched).some((p) => !this.parts.has(p))) return PENDING;
    const answer: SearchAnswer = {
      status: 'ready',
      passes: matchQuery(
        this.index,
        search,
        matched,
        q,
        (p) => this.parts.get(p)!,
        (kind) => this.eventsOf(kind),
      ),
    };
    // The last few answers are kept: a reader going back and forth between two queries.
    if (this.answers.size >= 8) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(q, answer);
    return answer;
  }

  /** Asks for what the answer to `q` waits for: the index's words, then the parts it needs. */
  request(q: string, background: Background): void {
    if (q.trim() === '' || this.failure) return;
    this.loadWords(background);
    this.source.hurry?.();
    if (this.search) this.fetchPartsOf(q);
    else this.waiting.add(q);
  }

  /**
   * Lists the events of each person's name, then of each country's, in `background` (so that
   * the first query to find a name does not), then fetches the parts no query has asked for yet,
   * one at a time, each once `quiet()` resolves. Asked again while under way, it goes on as it
   * was (one part at a time, still).
   */
  prefetch(quiet: () => Promise<void>, background: Background): Promise<void> {
    this.prefetching ??= this.fetchOthers(quiet, background);
    return this.prefetching;
  }

  private async fetchOthers(quiet: () => Promise<void>, background: Background): Promise<void> {
    await new Promise<void>((resolve) => {
      // Disposed before or during the bursts: nothing more to do, and the promise still settles.
      if (this.stop.signal.aborted) return resolve();
      this.stop.signal.addEventListener('abort', () => resolve(), { once: true });
      background((enough) => {
        for (const kind of ['people', 'countries'] as const) {
          const named = this.namedOf(kind);
          while (!named.done) {
            if (enough()) return false;
            named.fill(NAMED_STEP);
          }
        }
        resolve();
        return true;
      }, this.stop.signal);
    });
    for (let p = 0; this.file && p < this.file.partStart.length; p++) {
      if (this.stop.signal.aborted || this.failure) return;
      if (this.asked.has(p)) continue;
      await quiet();
      await this.fetchPart(p);
    }
  }

  /** Whether the index's words are in. */
  get ready(): boolean {
    return this.search !== null;
  }

  /**
   * Whether the index is small enough to come whole with its words (once they are in): that of a
   * corpus of some tens of thousands of events. A part holds at most PART_BYTES of events, or a
   * single word's, which are at most a bitset of every event.
   */
  get small(): boolean {
    const file = this.file;
    if (!file) return false;
    const bitset = Math.ceil(file.events / 32) * 4;
    return file.partStart.length * Math.max(PART_BYTES, bitset) <= SMALL_INDEX_BYTES;
  }

  /** Tries again after a failure. */
  retry(): void {
    if (!this.failure) return;
    this.failure = null;
    this.prefetching = null;
    this.wordsAsked = this.file !== null;
    this.asked.clear();
    for (const p of this.parts.keys()) this.asked.add(p);
    this.changed();
  }

  dispose(): void {
    this.stop.abort();
  }

  private namedOf(kind: NameKind): ReturnType<typeof eventsOfNames> {
    let named = this.named.get(kind);
    if (!named) this.named.set(kind, (named = eventsOfNames(this.index, kind)));
    return named;
  }

  private eventsOf(kind: NameKind): RefEvents {
    const named = this.namedOf(kind);
    named.fill(Infinity);
    return named;
  }

  private fetchPartsOf(q: string): void {
    const search = this.search!;
    for (const p of partsOfQuery(search, matchedWords(search, q))) void this.fetchPart(p);
  }

  private fetchPart(p: number): Promise<void> {
    const file = this.file;
    if (!file || this.asked.has(p)) return Promise.resolve();
    this.asked.add(p);
    return this.source.part(p, file, this.stop.signal).then((result) => {
      if (this.stop.signal.aborted) return;
      if (result.status === 'ready') this.parts.set(p, result.value);
      else this.failure = result.error;
      this.changed();
    });
  }

  private changed(): void {
    this.version++;
    this.listeners.forEach((listener) => listener());
  }
}

// Events whose refs are listed between two looks at the clock of a background burst.
const NAMED_STEP = 20_000;

// An index this small comes whole with its words: its parts cost a reader who never searches
// little, and spare the first query a round trip.
const SMALL_INDEX_BYTES = 512 * 1024;

const NONE: SearchAnswer = { status: 'none' };
const PENDING: SearchAnswer = { status: 'pending' };
