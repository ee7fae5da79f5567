// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  currentLocationSearch,
  flushLocationSearch,
  pushLocationSearch,
  replaceLocationSearch,
} from './use-location-search.ts';

// A zoom gesture writes a window 60 times a second: readers must see each one at once, while
// history is written at most every 200 ms (Chromium ignores a page's history calls past 200 in
// 10 seconds) and always gets the last one.
describe('coalesced window changes', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    flushLocationSearch();
    vi.useRealTimers();
  });

  test('are seen at once and written to history at most every 200 ms, the last one included', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    vi.advanceTimersByTime(1000);
    for (let k = 1; k <= 30; k++) {
      replaceLocationSearch(`?from=2025-01-${String(k).padStart(2, '0')}`, true);
      expect(currentLocationSearch()).toBe(`?from=2025-01-${String(k).padStart(2, '0')}`);
      vi.advanceTimersByTime(16);
    }
    // 30 frames over 480 ms: the first at once, then at most one per 200 ms.
    expect(replace.mock.calls.length).toBeLessThanOrEqual(4);
    vi.advanceTimersByTime(200);
    expect(window.location.search).toBe('?from=2025-01-30');
    replace.mockRestore();
  });

  test('reach history before a new entry is pushed, so Back returns to the last window', () => {
    replaceLocationSearch('?from=2025-01-01', true);
    replaceLocationSearch('?from=2025-01-02', true);
    const replace = vi.spyOn(window.history, 'replaceState');
    pushLocationSearch('?from=2025-01-02&country=RU');
    expect(window.location.search).toBe('?from=2025-01-02&country=RU');
    expect(replace.mock.calls.at(-1)?.[2]?.toString()).toMatch(/\?from=2025-01-02$/);
    replace.mockRestore();
  });

  test('an ordinary replace is written at once and supersedes a waiting window', () => {
    replaceLocationSearch('?from=2025-01-01', true);
    replaceLocationSearch('?from=2025-01-02', true);
    replaceLocationSearch('?q=x');
    expect(window.location.search).toBe('?q=x');
    vi.advanceTimersByTime(1000);
    expect(window.location.search).toBe('?q=x');
  });

  test('a waiting window is dropped when something else moves the URL', () => {
    replaceLocationSearch('?from=2025-01-01', true);
    replaceLocationSearch('?from=2025-01-02', true);
    window.history.replaceState(null, '', '/?lang=ru');
    expect(currentLocationSearch()).toBe('?lang=ru');
    vi.advanceTimersByTime(1000);
    expect(window.location.search).toBe('?lang=ru');
  });
});
