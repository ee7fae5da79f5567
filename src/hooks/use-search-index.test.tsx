import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { controlledSearchSource, searchedCorpus } from '../../tests/search-helpers.ts';
import { generateSyntheticCorpus } from '../bench/synthetic-corpus.ts';
import { SHARD_SIZE } from '../model/corpus-parts.ts';
import { completeTexts } from '../model/loaded-corpus.ts';
import type { LoadedCorpus } from '../model/loaded-corpus.ts';
import { matchedWords, partsOfQuery } from '../model/search-query.ts';
import { loadSearchStoreCode } from './search-store-code.ts';
import type * as SearchStoreCode from './search-store-code.ts';
import { useSearchIndex } from './use-search-index.ts';

// The store's code, as the page fetches it: it may not come (`code.fails` fetches).
const code = vi.hoisted(() => ({ fails: 0 }));
vi.mock('./search-store-code.ts', async (importOriginal) => {
  const real = await importOriginal<typeof SearchStoreCode>();
  return {
    ...real,
    loadSearchStoreCode: () =>
      code.fails > 0 && code.fails--
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
        : real.loadSearchStoreCode(),
  };
});

// More than a shard's events: a corpus whose search index comes before any search.
const synthetic = generateSyntheticCorpus(SHARD_SIZE + 1);
const searched = searchedCorpus(synthetic, 2048);
const file = {
  schemaVersion: 1 as const,
  version: '0'.repeat(16),
  events: searched.events.length,
  words: [...searched.search.words],
  partStart: [...searched.search.partStart],
};

// The same events with an index of a few parts: small enough to come whole before any search.
const searchedSmall = searchedCorpus(synthetic, 8192);

/** A corpus whose search index comes from `controlledSearchSource`, when the test says. */
function controlledCorpus(count = searched.index.count, index = searched) {
  const control = controlledSearchSource({ ...file, partStart: [...index.search.partStart] }, index.parts);
  const corpus: LoadedCorpus = {
    schemaVersion: 1,
    articles: synthetic.articles,
    people: synthetic.people,
    countries: synthetic.countries,
    // A smaller count stands for a corpus of one shard.
    index: { ...searched.index, count },
    texts: completeTexts(searched.events),
    search: control.source,
  };
  return { corpus, ...control };
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('useSearchIndex', () => {
  test('a corpus of many shards brings its index’s words in once the view is in, before any search, and gives no answer meanwhile', async () => {
    const { corpus, asked } = controlledCorpus();
    const { result } = renderHook(() => useSearchIndex(corpus, ''));
    await waitFor(() => expect(asked).toEqual(['words']));
    expect(result.current.answer).toEqual({ status: 'none' });
  });

  test('with its code in hand (a corpus of many shards brings it as it loads), the store asks for the index’s words as the first view is made, not tasks later', async () => {
    await loadSearchStoreCode();
    const { corpus, asked } = controlledCorpus();
    renderHook(() => useSearchIndex(corpus, ''));
    expect(asked).toEqual(['words']);
  });

  test('a corpus of one shard brings its index in when a search is about to be asked, not before', async () => {
    const { corpus, asked } = controlledCorpus(SHARD_SIZE);
    const { result } = renderHook(() => useSearchIndex(corpus, ''));
    await settle();
    expect(asked).toEqual([]);
    act(() => result.current.intend());
    // Its words are asked for beside the store's code, in the same task, not once the code is in.
    expect(asked).toEqual(['words']);
    await settle();
    expect(asked).toEqual(['words']);
  });

  test('a small index comes whole with its words, before any search: the first query finds its parts at hand', async () => {
    const { corpus, asked, arrive, waiting } = controlledCorpus(searchedSmall.index.count, searchedSmall);
    const parts = searchedSmall.parts.map((_, k) => k);
    expect(parts.length).toBeGreaterThan(1);
    const { result, rerender } = renderHook(({ q }) => useSearchIndex(corpus, q), { initialProps: { q: '' } });
    await waitFor(() => expect(waiting()).toEqual(['words']));
    await act(() => arrive('words'));
    expect(asked).toEqual(['words', ...parts]);
    for (const p of parts) await act(() => arrive(p));
    rerender({ q: 'readout' });
    const answer = result.current.answer;
    expect(answer.status).toBe('ready');
    if (answer.status === 'ready') expect([...answer.passes]).toEqual([...searchedSmall.passes('readout')]);
  });

  test('a bigger index waits for a search: before one, nothing but its words is fetched', async () => {
    const { corpus, asked, arrive } = controlledCorpus();
    renderHook(() => useSearchIndex(corpus, ''));
    await waitFor(() => expect(asked).toEqual(['words']));
    await act(() => arrive('words'));
    await settle();
    await settle();
    expect(asked).toEqual(['words']);
  });

  test('when the store’s code cannot be had, the search fails, saying so, and Try again asks for it again', async () => {
    code.fails = 1;
    const { corpus, asked, arrive } = controlledCorpus(SHARD_SIZE);
    const { result } = renderHook(() => useSearchIndex(corpus, 'readout'));
    await waitFor(() => expect(result.current.answer.status).toBe('failed'));
    expect(result.current.answer).toEqual({
      status: 'failed',
      error: { kind: 'network', message: 'Failed to fetch dynamically imported module' },
    });
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.answer.status).toBe('pending'));
    await act(() => arrive('words'));
    for (const p of searched.parts.keys()) if (asked.includes(p)) await act(() => arrive(p));
    await waitFor(() => expect(result.current.answer.status).toBe('ready'));
  });

  test('a query is pending until its own parts are in; the other parts follow only after its answer', async () => {
    const { corpus, asked, arrive, waiting } = controlledCorpus();
    const { result, rerender } = renderHook(({ q }) => useSearchIndex(corpus, q), { initialProps: { q: '' } });
    await waitFor(() => expect(waiting()).toEqual(['words']));
    await act(() => arrive('words'));
    rerender({ q: 'readout' });
    const needed = partsOfQuery(searched.search, matchedWords(searched.search, 'readout'));
    expect(needed.length).toBeLessThan(searched.parts.length);
    await waitFor(() => expect(asked.slice(1)).toEqual(needed));
    expect(result.current.answer).toEqual({ status: 'pending' });
    // While the query waits, nothing else is fetched beside its parts.
    await settle();
    expect(asked.slice(1)).toEqual(needed);
    for (const p of needed) await act(() => arrive(p));
    const answer = result.current.answer;
    expect(answer.status).toBe('ready');
    if (answer.status === 'ready') expect([...answer.passes]).toEqual([...searched.passes('readout')]);
    await waitFor(() => expect(asked.length).toBeGreaterThan(1 + needed.length));
    expect(asked.slice(1 + needed.length).some((p) => needed.includes(p as number))).toBe(false);
  });
});
