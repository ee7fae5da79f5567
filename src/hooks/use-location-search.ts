import { useSyncExternalStore } from 'react';

// history.replaceState fires no event, so writes made here notify subscribers themselves.
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function readSearch(): string {
  return window.location.search;
}

/** The current `location.search`: the URL is where view state lives, so components read it here. */
export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, readSearch, () => '');
}

/** Replaces `location.search` without a new history entry and re-renders its readers. */
export function replaceLocationSearch(search: string): void {
  const url = new URL(window.location.href);
  url.search = search;
  window.history.replaceState(window.history.state, '', url);
  listeners.forEach((listener) => listener());
}

/** Sets `location.search` as a new history entry, so that Back returns to the one before. */
export function pushLocationSearch(search: string): void {
  const url = new URL(window.location.href);
  url.search = search;
  window.history.pushState(null, '', url);
  listeners.forEach((listener) => listener());
}
