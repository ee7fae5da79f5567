import { useSyncExternalStore } from 'react';

// history.replaceState fires no event, so writes made here notify subscribers themselves.
const listeners = new Set<() => void>();

// A zoom or pan gesture changes the window 60 times a second. Readers see each change at once,
// but history is written at most every WRITE_INTERVAL_MS: replaceState costs a few milliseconds
// of a 16 ms frame, and Chromium ignores a page's history calls past 200 in 10 seconds.
const WRITE_INTERVAL_MS = 200;
let pending: string | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let lastWrite = -Infinity;

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
  lastWrite = performance.now();
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
 * Replaces `location.search` without a new history entry and re-renders its readers.
 * `coalesce` (for a gesture's stream of windows) lets history be written a little later, at most
 * every 200 ms and always after the last change; before anything else reads or writes the URL.
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
      document.addEventListener('keydown', flushLocationSearch, { capture: true });
    }
    const wait = lastWrite + WRITE_INTERVAL_MS - performance.now();
    if (wait <= 0) flushLocationSearch();
    else timer ??= setTimeout(flushLocationSearch, wait);
  }
  listeners.forEach((listener) => listener());
}

/** Sets `location.search` as a new history entry, so that Back returns to the one before. */
export function pushLocationSearch(search: string): void {
  flushLocationSearch();
  write(search, 'push');
  listeners.forEach((listener) => listener());
}
