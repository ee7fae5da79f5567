import { useCallback, useEffect, useRef, useState } from 'react';
import type { Language } from '../model/corpus-vocabulary.ts';
import type { CorpusSource } from './corpus-source.ts';
import { loadCorpus, type CorpusLoadResult } from './load-corpus.ts';

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
 * from an earlier attempt can never show. A corpus given up stops loading its texts. `lang` is
 * the language a corpus of one shard brings its texts in before it opens (a later change of
 * language does not load the corpus again).
 */
export function useCorpus(source: CorpusSource, lang: Language): { state: CorpusState; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled | null>(null);
  const language = useRef(lang);
  useEffect(() => {
    language.current = lang;
  }, [lang]);

  useEffect(() => {
    const controller = new AbortController();
    void loadCorpus(source, controller.signal, { lang: language.current }).then((result) => {
      if (!controller.signal.aborted) setSettled({ source, attempt, result });
    });
    return () => controller.abort();
  }, [source, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const current = settled && settled.source === source && settled.attempt === attempt;
  return { state: current ? settled.result : LOADING, retry };
}
