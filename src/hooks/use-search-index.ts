import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { flushSync } from 'react-dom';
import { SHARD_SIZE } from '../model/corpus-parts.ts';
import type { CorpusLoadError } from '../model/decode-corpus.ts';
import type { LoadedCorpus } from '../model/loaded-corpus.ts';
// Types only: the store and the query are a chunk of their own (see below).
import type { SearchAnswer, SearchStore } from '../model/search-store.ts';
import { loadSearchStoreCode, searchStoreCodeInHand } from './search-store-code.ts';
import { networkError } from './corpus-source.ts';
import { awaitAnswer, inBackground } from './gesture-quiet.ts';
import { quiet } from './load-corpus.ts';

const NONE: SearchAnswer = { status: 'none' };
const PENDING: SearchAnswer = { status: 'pending' };
const noStore = {
  subscribe: () => () => undefined,
  getVersion: () => -1,
};

/**
 * The one owner of a corpus's search index (held by the explorer). Its code is a chunk of its
 * own, not part of the first view, which needs none of it: for a corpus of many shards it comes
 * with the index's words beside the skeleton (load-corpus.ts), and the store is made with the
 * first view, so that a first query (a link's, or a keystroke's) waits for its own parts alone.
 * The index is shown to the views once the page is idle, or sooner when a search is asked for or
 * about to be (`intend`: the reader comes to the search box). Once the reader has searched and
 * the answer is in, the other parts follow one at a time while the page is idle and no gesture
 * is under way, so that later queries find them at hand. Gives the answer to `q`: pending until
 * what it needs is in (never "nothing matches" meanwhile), then which events pass.
 */
export function useSearchIndex(
  corpus: LoadedCorpus,
  q: string,
): { answer: SearchAnswer; retry: () => void; intend: () => void } {
  const [store, setStore] = useState<SearchStore | null>(null);
  const asked = q.trim() !== '';
  const [intended, setIntended] = useState(false);
  const [searched, setSearched] = useState(false);
  // The store's code could not be had: the answer says so, and Try again asks for it again.
  const [codeFailure, setCodeFailure] = useState<CorpusLoadError | null>(null);
  if (asked && !searched) setSearched(true);
  const wanted = intended || searched;
  // The query when the store comes: it asks for its parts then, not a render later.
  const latest = useRef(q);
  useLayoutEffect(() => {
    latest.current = q;
  });

  // The corpus's store, made as soon as its code is in (in this task when it is in hand), brings
  // the index's words in; it is shown to the views once the page is idle (a render they need not
  // wait for) or when a search is asked for or about to be, whichever comes first. A corpus of one
  // shard (the bundled one) asks for its code only then: its first view's bytes are what count,
  // and its search is small. Code that could not be had is the answer's failure, and Try again
  // asks for it again. (A layout effect: the one below, which may show the store, runs after it.)
  const storeOf = useRef<{ made: SearchStore | null; get: () => Promise<SearchStore> } | null>(null);
  useLayoutEffect(() => {
    let live = true;
    const stop = new AbortController();
    let cancelIdle = () => undefined as void;
    const make = ({ SearchStore: Store }: { SearchStore: typeof SearchStore }) => {
      if (held.made) return held.made;
      const made = (held.made = new Store(corpus.search, corpus.index, corpus));
      if (live) {
        made.loadWords(inBackground);
        cancelIdle = whenIdle(() => startTransition(() => setStore(made)));
      }
      return made;
    };
    const held = {
      made: null as SearchStore | null,
      // The index's words are asked for beside the store's code, not once it is in (the store
      // reads the same words: a source reads them once).
      get: () => (void corpus.search.words(stop.signal, inBackground), loadSearchStoreCode().then(make)),
    };
    if (corpus.index.count > SHARD_SIZE) {
      const inHand = searchStoreCodeInHand();
      if (inHand) make(inHand);
      else held.get().catch(() => undefined);
    }
    storeOf.current = held;
    return () => {
      live = false;
      stop.abort();
      cancelIdle();
      held.made?.dispose();
    };
  }, [corpus]);

  // A search asks for its parts at once. An answer that is in is drawn before the next frame; one
  // still coming is drawn once something comes in, with no render before (the views meanwhile
  // say that the search runs).
  useLayoutEffect(() => {
    const held = storeOf.current;
    if (!wanted || !held) return;
    let live = true;
    let unsubscribe = () => undefined as unknown;
    const show = (next: SearchStore) => {
      if (!live) return;
      next.request(latest.current, inBackground);
      const now = next.answer(latest.current).status;
      if (now === 'ready' || now === 'failed') setStore(next);
      else
        unsubscribe = next.subscribe(() => {
          unsubscribe();
          // At once, as the store's later changes are (useSyncExternalStore), not after a frame.
          flushSync(() => setStore(next));
        });
    };
    if (held.made) show(held.made);
    else if (!codeFailure) held.get().then(show, (error: unknown) => live && setCodeFailure(networkError(error)));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [corpus, wanted, codeFailure]);

  const source = store ?? noStore;
  const version = useSyncExternalStore(source.subscribe, source.getVersion);
  const answer = useMemo((): SearchAnswer => {
    void version; // the answer changes as parts come in
    if (store) return store.answer(q);
    return asked ? (codeFailure ? { status: 'failed', error: codeFailure } : PENDING) : NONE;
  }, [store, q, asked, version, codeFailure]);

  // A query asks for what it needs at once (a corpus loaded whole finishes its index now).
  const pending = answer.status === 'pending';
  // The reader waits: what only prepares for later holds off (from this commit, before its frame).
  useLayoutEffect(() => (pending ? awaitAnswer() : undefined), [pending]);
  useEffect(() => {
    if (store && pending) store.request(q, inBackground);
  }, [store, q, pending, version]);
  // Once the reader has searched and has the answer, the other parts follow in the background,
  // from the page's first idle moment: never before a waiting query's own parts, nor in the
  // frames that draw its answer.
  const ready = store?.ready ?? false;
  useEffect(() => {
    if (!store || !ready || !searched || pending) return;
    return whenIdle(() => void store.prefetch(quiet, inBackground));
  }, [store, ready, searched, pending]);

  const intend = useCallback(() => setIntended(true), []);
  return { answer, retry: () => (store ? store.retry() : setCodeFailure(null)), intend };
}

/** Runs `task` once the page is idle (soon, where it cannot tell); the function returned cancels it. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task);
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}
