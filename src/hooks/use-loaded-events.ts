import { useEffect, useMemo, useState } from 'react';
import type { CorpusEvent } from '../model/corpus-schema.ts';
import type { Language } from '../model/corpus-vocabulary.ts';
import type { EventTexts, ShardFailure } from '../model/event-texts.ts';

/** Events a view brings in at once at most (the network, the list sorted by title). */
export type LoadedEvents =
  | { status: 'loading'; done: number; total: number }
  | { status: 'ready'; events: readonly CorpusEvent[] }
  | { status: 'too-many'; count: number; limit: number }
  | { status: 'failed'; failure: ShardFailure };

/**
 * The events at `positions` with their words in `languages`, brought in shard by shard for a view
 * that reads them all (the network): loading, with how far it has come; ready; more than `limit`
 * (the view asks the reader to narrow it, rather than fetch a whole corpus's texts); or failed.
 */
export function useLoadedEvents(
  texts: EventTexts,
  positions: readonly number[],
  languages: readonly Language[],
  limit: number,
): LoadedEvents {
  const [state, setState] = useState<{ key: readonly number[]; value: LoadedEvents } | null>(null);
  const tooMany = positions.length > limit;
  // Events already at hand (a corpus loaded whole, shards in the cache) are shown at once.
  const inHand = useMemo(
    () => (tooMany ? undefined : texts.inHand(positions, languages)),
    [texts, positions, languages, tooMany],
  );
  useEffect(() => {
    if (tooMany || inHand) return;
    const stop = new AbortController();
    const events: CorpusEvent[] = [];
    const report = (value: LoadedEvents) => {
      if (!stop.signal.aborted) setState({ key: positions, value });
    };
    void texts
      .load(positions, languages, (event) => events.push(event), {
        signal: stop.signal,
        onProgress: (done, total) => report({ status: 'loading', done, total }),
      })
      .then((failure) => report(failure ? { status: 'failed', failure } : { status: 'ready', events }));
    return () => stop.abort();
  }, [texts, positions, languages, tooMany, inHand]);
  if (tooMany) return { status: 'too-many', count: positions.length, limit };
  if (inHand) return { status: 'ready', events: inHand };
  // What an earlier selection brought in is not shown for this one.
  return state?.key === positions ? state.value : { status: 'loading', done: 0, total: texts.shardsOf(positions) };
}
