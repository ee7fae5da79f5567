import { SHARD_SIZE, type CorpusTables } from './corpus-parts.ts';
import { denseLayout, type DenseLayout } from './crowded-lane.ts';
import type { Corpus, CorpusEvent } from './corpus-schema.ts';
import type { EventIndex } from './event-index.ts';
import type { EventTexts } from './event-texts.ts';
import { indexEvents } from './index-events.ts';
import { encodeSearchFiles } from './search-encode.ts';
import { decodeSearchPart, type SearchWordsFile } from './search-files.ts';
import type { SearchSource } from './search-source.ts';
import { eventSearchTexts, WordIndexer } from './word-indexer.ts';

/**
 * A corpus ready to explore: its tables, every event's skeleton laid out for speed, their texts
 * (which a split corpus brings in shard by shard as views ask, corpus-parts.ts), and where its
 * search index comes from. Positions in `texts` are positions in `index`.
 */
export interface LoadedCorpus extends CorpusTables {
  index: EventIndex;
  texts: EventTexts;
  search: SearchSource;
  /**
   * The layout of far too crowded lanes, loaded with a corpus of more than a shard's events
   * (SHARD_SIZE): smaller ones are laid out event by event, at no cost worth a chunk.
   */
  dense?: DenseLayout;
}

/*
 * A corpus loaded whole (a file the reader opens): its own chunk, with the code that lays out
 * events given as objects and makes their search index in the page. The app's own corpus comes in
 * parts made ahead (hooks/load-corpus.ts), so its first page loads none of this.
 */

/** Lays out a corpus loaded whole: every text is in, and its search index is made in the page. */
export function loadedFromCorpus(corpus: Corpus): LoadedCorpus {
  const { schemaVersion, articles, people, countries } = corpus;
  const { index, order } = indexEvents(corpus.events);
  const events = Array.from(order, (k) => corpus.events[k]!);
  return {
    schemaVersion,
    articles,
    people,
    countries,
    index,
    texts: completeTexts(events),
    search: builtSearchSource(events),
    ...(events.length > SHARD_SIZE ? { dense: denseLayout } : {}),
  };
}

/** A corpus loaded whole: every event is in, in every language, from the start. */
export function completeTexts(events: readonly CorpusEvent[]): EventTexts {
  return {
    at: (position) => events[position],
    want: () => undefined,
    state: () => 'ready',
    load(positions, _languages, visit) {
      for (let k = 0; k < positions.length; k++) visit(events[positions[k]!]!, positions[k]!);
      return Promise.resolve(null);
    },
    inHand: (positions) => positions.map((position) => events[position]!),
    shardsOf: (positions) => (positions.length > 0 ? 1 : 0),
    version: () => 0,
    failures: () => [],
    subscribe: () => () => undefined,
    retry: () => undefined,
    dispose: () => undefined,
  };
}

// Events indexed between two looks at the clock.
const SLICE = 32;

/**
 * The search index of events loaded whole, made in the page a slice at a time (folding 100,000
 * events' texts takes about half a second): the same words and parts as the files would hold.
 */
export function builtSearchSource(events: readonly CorpusEvent[], version = '0000000000000000'): SearchSource {
  const indexer = new WordIndexer();
  let built: { words: SearchWordsFile; parts: Uint8Array[] } | null = null;
  const waiting: (() => void)[] = [];
  const step = (enough: () => boolean) => {
    while (!built && indexer.size < events.length) {
      const to = Math.min(events.length, indexer.size + SLICE);
      while (indexer.size < to) indexer.add(eventSearchTexts(events[indexer.size]!));
      if (enough()) break;
    }
    if (!built && indexer.size === events.length) {
      const files = encodeSearchFiles(indexer.result());
      built = {
        words: { schemaVersion: 1, version, events: events.length, words: files.words, partStart: files.partStart },
        parts: files.parts,
      };
      waiting.splice(0).forEach((resolve) => resolve());
    }
    return built !== null;
  };
  return {
    async words(signal, background) {
      if (!built) {
        const done = new Promise<void>((resolve) => waiting.push(resolve));
        background(step, signal);
        await done;
      }
      return { status: 'ready', value: built!.words };
    },
    hurry() {
      step(() => false);
    },
    part(k, words) {
      const bytes = built?.parts[k];
      if (!bytes) return Promise.resolve({ status: 'error', error: { kind: 'json', message: `no search part ${k}` } });
      const part = decodeSearchPart(bytes.buffer as ArrayBuffer, words, k);
      return Promise.resolve(
        'problem' in part
          ? { status: 'error', error: { kind: 'json', message: part.problem } }
          : { status: 'ready', value: part },
      );
    },
  };
}
