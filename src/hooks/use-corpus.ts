import { useCallback, useEffect, useState } from 'react';
import { loadCorpus, type CorpusLoadResult, type CorpusSource } from './load-corpus.ts';

/** What the app knows about its corpus: still loading, ready to show, or why it failed. */
export type CorpusState = { status: 'loading' } | CorpusLoadResult;

const LOADING: CorpusState = { status: 'loading' };

interface Settled {
  source: CorpusSource;
  attempt: number;
  result: CorpusLoadResult;
}

/**
 * Loads the corpus from `source`, again on `retry()` or when the source changes. Loading is
 * derived (no result yet for this source and attempt) rather than set, so a stale response
 * from an earlier attempt can never show. A corpus given up stops loading its texts.
 */
export function useCorpus(source: CorpusSource): { state: CorpusState; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    void loadCorpus(source, controller.signal).then((result) => {
      if (!controller.signal.aborted) setSettled({ source, attempt, result });
    });
    return () => controller.abort();
  }, [source, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const current = settled && settled.source === source && settled.attempt === attempt;
  return { state: current ? settled.result : LOADING, retry };
}
