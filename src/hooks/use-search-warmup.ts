import { useEffect } from 'react';
import type { Corpus, CorpusEvent } from '../model/corpus-schema.ts';
import type { EventIndex } from '../model/event-index.ts';
import { eventSearchTexts, searchIndexBuilder, type EventWords } from '../model/search-index.ts';
import { feedWorker } from './feed-worker.ts';
import { gestureMoving, inBackground } from './gesture-quiet.ts';

// Fewer events are indexed in the page, in a few bursts (2,000 take under 10 ms): a worker would
// cost more, its script fetched and started, and the first view of a small corpus would load it.
const WORKER_FROM = 2_000;

/**
 * Builds the search index ahead of the first search, so that typing finds it ready instead of
 * folding every text while the reader waits (half a second for 100,000 events). A worker does
 * the folding on another core; the page hands it the texts a slice at a time (feed-worker.ts),
 * and few while the reader zooms or pans. For a small corpus, or without workers (tests), the page
 * builds it itself, in short background bursts. A search made before it is done finishes the rest
 * at once.
 */
export function useSearchWarmup(
  index: EventIndex,
  events: readonly CorpusEvent[] | undefined,
  corpus: Pick<Corpus, 'people' | 'countries'>,
): void {
  useEffect(() => {
    // A split corpus's texts come in after the rest: the warm-up waits for all of them.
    if (!events) return;
    const builder = searchIndexBuilder(index, events, corpus);
    if (builder.done) return;
    if (typeof Worker === 'undefined' || events.length < WORKER_FROM) {
      const stop = new AbortController();
      inBackground((enough) => builder.step(enough), stop.signal);
      return () => stop.abort();
    }
    const worker = new Worker(new URL('./search-index.worker.ts', import.meta.url), { type: 'module' });
    const feeder = feedWorker({
      count: events.length,
      texts: (from, to) => events.slice(from, to).map(eventSearchTexts),
      post: (texts, last) => worker.postMessage({ texts, last }),
      collect: () => worker.postMessage('collect'),
      moving: () => gestureMoving(),
    });
    worker.onmessage = (event: MessageEvent<EventWords | 'done'>) => {
      if (event.data === 'done') return feeder.done();
      builder.adopt(event.data);
      worker.terminate();
    };
    return () => {
      feeder.stop();
      worker.terminate();
    };
  }, [index, events, corpus]);
}
