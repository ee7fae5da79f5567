import { useCallback, useEffect, useMemo } from 'react';
import {
  canonicalSearch,
  parseViewState,
  reconcileViewState,
  sameList,
  serializeViewState,
  type IgnoredParam,
  type KnownIds,
  type ViewState,
} from '../model/view-state.ts';
import {
  currentLocationSearch,
  pushLocationSearch,
  replaceLocationSearch,
  useLocationSearch,
} from './use-location-search.ts';

/**
 * A change to the view. No `lang`: the language belongs to useLanguage, and a patch built from
 * a stale state must not switch it back.
 */
export type ViewPatch = Partial<Omit<ViewState, 'lang'>>;

/**
 * `push` for a discrete change that Back should undo (a filter, a selection, the view, the
 * lanes); `replace` for a continuous one that would bury Back under entries (zoom, pan, typing).
 */
export type HistoryMode = 'push' | 'replace';

export interface ViewStateHandle {
  /** The view the URL describes, unreconciled: ids the corpus lacks are still in it. */
  state: ViewState;
  /** What in the URL was not used. */
  ignored: IgnoredParam[];
  /** Writes `patch` over the view in the URL; does nothing when the URL would not change. */
  update: (patch: ViewPatch, mode: HistoryMode) => void;
}

type Parsed = ReturnType<typeof parseViewState>;

// Typing streams the query; the timeline writes its window only once a gesture rests.
const STREAMED = new Set<string>(['q']);

// Called on every frame of a gesture: values are compared as they are, not serialized.
function changedKeys(before: ViewState, after: ViewState): string[] {
  return (Object.keys(after) as (keyof ViewState)[]).filter((key) => {
    const [a, b] = [before[key], after[key]];
    return Array.isArray(a) && Array.isArray(b) ? !sameList(a, b) : a !== b;
  });
}

// One entry, shared by every reader: they all see the same URL, and each gets the same objects,
// so memoized children and effects keyed on `state` do not rerun until the URL changes.
let cached: { search: string; parsed: Parsed } | null = null;

function parseCached(search: string): Parsed {
  if (cached?.search !== search) cached = { search, parsed: parseViewState(search) };
  return cached.parsed;
}

/**
 * The view state kept in the URL, and a way to change it. Reconciling with the corpus is left
 * to the caller (`reconcileViewState(state, known)` in a useMemo), which knows when it has one.
 */
export function useViewState(): ViewStateHandle {
  const search = useLocationSearch();
  const { state, ignored } = parseCached(search);

  const update = useCallback((patch: ViewPatch, mode: HistoryMode) => {
    // Read the URL now, not at render: two updates in one event must both land, and the
    // language may have been switched since.
    const current = parseCached(currentLocationSearch()).state;
    // A patch spread from a whole state would carry `lang`; the URL's own wins.
    const { lang: _lang, ...changes } = patch as Partial<ViewState>;
    const next: ViewState = { ...current, ...changes };
    const nextSearch = serializeViewState(next);
    // Compared as views, not as text: a link with junk in it is not rewritten by a no-op.
    if (nextSearch === serializeViewState(current)) return;
    if (mode === 'push') pushLocationSearch(nextSearch);
    // A change of the query alone comes as a stream (typing): history may lag it a little. A
    // patch may repeat values that do not change (the filter panel sends all four filters): only
    // what changes counts.
    else
      replaceLocationSearch(
        nextSearch,
        changedKeys(current, next).every((key) => STREAMED.has(key)),
      );
  }, []);

  return useMemo(() => ({ state, ignored, update }), [state, ignored, update]);
}

/**
 * Keeps the address bar at the canonical form of the view (canonicalSearch): on opening and
 * after every change, what the view did not use (unknown ids included) is dropped, each
 * parameter holds one value and defaults are left out, so that the address bar and "Copy link"
 * agree. A replace, not a new history entry. Reads the URL when it runs rather than a rendered
 * state, so that it can never write back a view older than the one in the URL.
 */
export function useCanonicalLink(known: KnownIds, ownParams: readonly string[]): void {
  const search = useLocationSearch();
  const own = ownParams.join('&');
  useEffect(() => {
    const current = currentLocationSearch();
    const { state } = reconcileViewState(parseCached(current).state, known);
    const canonical = canonicalSearch(state, current, own ? own.split('&') : []);
    if (canonical !== current) replaceLocationSearch(canonical);
  }, [search, known, own]);
}
