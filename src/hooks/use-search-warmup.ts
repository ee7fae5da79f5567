import { useEffect } from 'react';
import type { Corpus } from '../model/corpus-schema.ts';
import type { EventIndex } from '../model/event-index.ts';
import { searchIndexBuilder } from '../model/filter-events.ts';

// An idle period is cut short this long before its deadline, so a frame is never kept waiting.
const MARGIN_MS = 2;

interface IdleDeadline {
  timeRemaining(): number;
}

/**
 * Builds the search index in the browser's idle time once the page is drawn, a slice at a time,
 * so that the first search finds it ready instead of folding every text while the reader waits.
 * A search made before it is done finishes the rest at once (buildSearchIndex).
 */
export function useSearchWarmup(index: EventIndex, corpus: Pick<Corpus, 'people' | 'countries'>): void {
  useEffect(() => {
    const builder = searchIndexBuilder(index, corpus);
    const idle: (work: (deadline: IdleDeadline) => void) => number =
      window.requestIdleCallback?.bind(window) ??
      ((work) => window.setTimeout(() => work({ timeRemaining: () => 8 }), 50));
    const cancel = window.cancelIdleCallback?.bind(window) ?? window.clearTimeout.bind(window);
    let handle = 0;
    const work = (deadline: IdleDeadline) => {
      if (!builder.step(() => deadline.timeRemaining() < MARGIN_MS)) handle = idle(work);
    };
    handle = idle(work);
    return () => cancel(handle);
  }, [index, corpus]);
}
