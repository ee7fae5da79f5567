// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { flushLocationSearch } from './use-location-search.ts';
import { useViewState } from './use-view-state.ts';

describe('useViewState().update with replace', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?country=SY');
  });
  afterEach(() => {
    flushLocationSearch();
    vi.useRealTimers();
  });

  test('a query typed is seen at once and reaches history once typing pauses', () => {
    const { result } = renderHook(() => useViewState());
    const replace = vi.spyOn(window.history, 'replaceState');
    // The filter panel sends every filter with the query: the unchanged ones do not count.
    act(() => result.current.update({ countries: ['SY'], people: [], types: [], q: 'put' }, 'replace'));
    expect(result.current.state.q).toBe('put');
    expect(replace).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(200));
    expect(replace).toHaveBeenCalledTimes(1);
    expect(new URLSearchParams(window.location.search).get('q')).toBe('put');
    replace.mockRestore();
  });

  test('any other change is written at once', () => {
    const { result } = renderHook(() => useViewState());
    act(() => result.current.update({ countries: ['SY', 'RU'] }, 'replace'));
    expect(new URLSearchParams(window.location.search).getAll('country').join(',')).toMatch(/RU/);
  });
});
