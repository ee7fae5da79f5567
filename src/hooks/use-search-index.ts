import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { LoadedCorpus } from '../model/loaded-corpus.ts';
// Types only: the store and the query are a chunk of their own (see below).
import type { SearchAnswer, SearchStore } from '../model/search-store.ts';
import { inBackground } from './gesture-quiet.ts';
import { quiet } from './load-corpus.ts';

const NONE: SearchAnswer = { status: 'none' };
const PENDING: SearchAnswer = { status: 'pending' };
const noStore = {
  subscribe: () => () => undefined,
  getVersion: () => -1,
};

/**
 * The one owner of a corpus's search index (held by the explorer). Its code is a chunk of its
 * own, fetched when a search is asked for (a link's, or a keystroke's) or about to be (`intend`:
 * the reader comes to the search box), not with the first view, which needs none of it. It then
 * brings the index's words in, and the parts a query needs as soon as it is asked; once the
 * reader has searched, the other parts follow one at a time while no gesture is under way, so
 * that later queries find them at hand. Gives the answer to `q`: pending until what it needs is
 * in (never "nothing matches" meanwhile), then which events pass.
 */
export function useSearchIndex(
  corpus: LoadedCorpus,
  q: string,
): { answer: SearchAnswer; retry: () => void; intend: () => void } {
  const [store, setStore] = useState<SearchStore | null>(null);
  const asked = q.trim() !== '';
  const [intended, setIntended] = useState(false);
  const [searched, setSearched] = useState(false);
  if (asked && !searched) setSearched(true);
  const wanted = intended || searched;
  // The query when the store's code arrives: it asks for its parts then, not a render later.
  const latest = useRef(q);
  useLayoutEffect(() => {
    latest.current = q;
  });

  useEffect(() => {
    if (!wanted) return;
    let live = true;
    let made: SearchStore | null = null;
    // The index's words are asked for beside the store's code: whoever asks first, they come once.
    const early = new AbortController();
    corpus.search.words(early.signal, inBackground).catch(() => undefined);
    void import('../model/search-store.ts').then(({ SearchStore: Store }) => {
      if (!live) return;
      made = new Store(corpus.search, corpus.index, corpus);
      made.loadWords(inBackground);
      made.request(latest.current, inBackground);
      setStore(made);
    });
    return () => {
      live = false;
      early.abort();
      made?.dispose();
    };
  }, [corpus, wanted]);

  const source = store ?? noStore;
  const version = useSyncExternalStore(source.subscribe, source.getVersion);
  const answer = useMemo(() => {
    void version; // the answer changes as parts come in
    return store ? store.answer(q) : asked ? PENDING : NONE;
  }, [store, q, asked, version]);

  // A query asks for what it needs at once (a corpus loaded whole finishes its index now).
  const pending = answer.status === 'pending';
  useEffect(() => {
    if (store && pending) store.request(q, inBackground);
  }, [store, q, pending, version]);
  // Once the words are in and the reader has searched, the other parts follow in the background.
  const ready = store?.ready ?? false;
  useEffect(() => {
    if (store && ready && searched) void store.prefetch(quiet);
  }, [store, ready, searched]);

  const intend = useCallback(() => setIntended(true), []);
  return { answer, retry: () => store?.retry(), intend };
}
