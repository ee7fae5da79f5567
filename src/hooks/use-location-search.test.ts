// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  currentLocationSearch,
  flushLocationSearch,
  pushLocationSearch,
  replaceLocationSearch,
} from './use-location-search.ts';

// A zoom gesture writes a window 60 times a second: readers must see each one at once, while
// history is written when the gesture pauses (a replaceState can take a frame's time, and
// Chromium ignores a page's history calls past 200 in 10 seconds), and always gets the last one.
describe('coalesced window changes', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    flushLocationSearch();
    vi.useRealTimers();
  });

  test('are seen at once, and written to history once they pause, the last one', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    for (let k = 1; k <= 30; k++) {
      replaceLocationSearch(`?from=2025-01-${String(k).padStart(2, '0')}`, true);
      expect(currentLocationSearch()).toBe(`?from=2025-01-${String(k).padStart(2, '0')}`);
      vi.advanceTimersByTime(16);
    }
    // 30 frames over 480 ms: nothing written during the gesture, one write once it rests.
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?from=2025-01-30');
    replace.mockRestore();
  });

  test('a long gesture is written at least every second', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    for (let k = 0; k < 180; k++) {
      replaceLocationSearch(`?from=2025-01-01&to=2025-02-${String((k % 28) + 1).padStart(2, '0')}`, true);
      vi.advanceTimersByTime(16);
    }
    // About 2.9 seconds of frames.
    expect(replace.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(replace.mock.calls.length).toBeLessThanOrEqual(3);
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

  test('a key typed leaves a waiting change waiting; a key that may leave or copy the page writes it', () => {
    replaceLocationSearch('?q=put', true);
    const replace = vi.spyOn(window.history, 'replaceState');
    for (const key of ['i', 'Backspace', 'n']) document.dispatchEvent(new KeyboardEvent('keydown', { key }));
    expect(replace).not.toHaveBeenCalled();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', ctrlKey: true }));
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?q=put');
    replaceLocationSearch('?q=putin', true);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'F6' }));
    expect(window.location.search).toBe('?q=putin');
    replace.mockRestore();
  });
});
