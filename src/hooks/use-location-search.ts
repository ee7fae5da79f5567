import { useSyncExternalStore } from 'react';

// history.replaceState fires no event, so writes made here notify subscribers themselves.
const listeners = new Set<() => void>();

// A zoom or pan gesture changes the window 60 times a second, and typing changes the query at
// each key. Readers see each change at once, but history is written once the changes pause for
// REST_MS (and at least every MAX_WAIT_MS in a long gesture): replaceState costs from 2 to 15
// milliseconds of a 16 ms frame, and Chromium ignores a page's history calls past 200 in 10
// seconds.
const REST_MS = 200;
const MAX_WAIT_MS = 1000;
let pending: string | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let pendingSince = 0;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

// What this module last wrote: if the URL is no longer that, someone else moved it (a test, a
// link opened in place) and a pending window is stale.
let written: string | null = null;

/** The search the view is at: the one waiting to be written, else the URL's. */
export function currentLocationSearch(): string {
  if (pending !== null && window.location.search !== written) {
    clearTimeout(timer);
    timer = undefined;
    pending = null;
  }
  return pending ?? window.location.search;
}

/** The current `location.search`: the URL is where view state lives, so components read it here. */
export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, currentLocationSearch, () => '');
}

function write(search: string, how: 'push' | 'replace'): void {
  const url = new URL(window.location.href);
  url.search = search;
  if (how === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(window.history.state, '', url);
  written = window.location.search;
}

/** Writes a coalesced change to history now, if one is waiting. */
export function flushLocationSearch(): void {
  clearTimeout(timer);
  timer = undefined;
  if (pending === null) return;
  const search = pending;
  pending = null;
  write(search, 'replace');
}

let flushOnLeave = false;

/**
 * Writes a waiting change before a key that may leave or copy the page (Ctrl+L, Alt+←, F6…), but
 * not on each key typed into the search box: that would write the previous keystroke's query on
 * every keystroke, and typing is itself a stream of changes that history may lag.
 */
function flushUnlessTyping(event: KeyboardEvent): void {
  const modified = event.ctrlKey || event.metaKey || event.altKey;
  const typing = !modified && (event.key.length === 1 || event.key === 'Backspace' || event.key === 'Delete');
  if (!typing) flushLocationSearch();
}

/**
 * Replaces `location.search` without a new history entry and re-renders its readers.
 * `coalesce` (for a stream of changes: a gesture's windows, a query typed) lets history be
 * written a little later: when the changes pause (or every second in a long stream), and before
 * the page is left or clicked.
 */
export function replaceLocationSearch(search: string, coalesce = false): void {
  if (!coalesce) {
    clearTimeout(timer);
    timer = undefined;
    pending = null;
    write(search, 'replace');
  } else {
    if (pending === null) written = window.location.search;
    pending = search;
    if (!flushOnLeave) {
      flushOnLeave = true;
      // A pending window must reach the URL before the page is left, copied or navigated from.
      window.addEventListener('pagehide', flushLocationSearch);
      window.addEventListener('popstate', () => {
        clearTimeout(timer);
        timer = undefined;
        pending = null;
      });
      document.addEventListener('pointerdown', flushLocationSearch, { capture: true });
      document.addEventListener('keydown', flushUnlessTyping, { capture: true });
    }
    const now = performance.now();
    if (timer === undefined) pendingSince = now;
    clearTimeout(timer);
    timer = setTimeout(flushLocationSearch, Math.max(0, Math.min(REST_MS, pendingSince + MAX_WAIT_MS - now)));
  }
  listeners.forEach((listener) => listener());
}

/** Sets `location.search` as a new history entry, so that Back returns to the one before. */
export function pushLocationSearch(search: string): void {
  flushLocationSearch();
  write(search, 'push');
  listeners.forEach((listener) => listener());
}
