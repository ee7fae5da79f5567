import { describe, expect, test } from 'vitest';
import { searchedCorpus } from '../../tests/search-helpers.ts';
import { generateSyntheticCorpus } from '../bench/synthetic-corpus.ts';
import type { SearchPart, SearchWordsFile } from './search-files.ts';
import type { Decoded } from './decode-corpus.ts';
import { SearchStore } from './search-store.ts';
import type { Background, SearchSource } from './search-source.ts';

const corpus = generateSyntheticCorpus(2000);
const searched = searchedCorpus(corpus, 2048);
const words: SearchWordsFile = {
  schemaVersion: 1,
  version: '0'.repeat(16),
  events: searched.events.length,
  words: [...searched.search.words],
  partStart: [...searched.search.partStart],
};

/** A source whose words and parts arrive when the test says. */
function controlledSource() {
  const asked: (number | 'words')[] = [];
  const pending = new Map<number | 'words', () => void>();
  const source: SearchSource = {
    words() {
      asked.push('words');
      return new Promise<Decoded<SearchWordsFile>>((resolve) =>
        pending.set('words', () => resolve({ status: 'ready', value: words })),
      );
    },
    part(k) {
      asked.push(k);
      return new Promise<Decoded<SearchPart>>((resolve) =>
        pending.set(k, () => resolve({ status: 'ready', value: searched.parts[k]! })),
      );
    },
  };
  const arrive = async (what: number | 'words') => {
    pending.get(what)!();
    pending.delete(what);
    for (let i = 0; i < 4; i++) await Promise.resolve();
  };
  return { source, asked, arrive, waiting: () => [...pending.keys()] };
}

const noBackground: Background = () => undefined;

describe('SearchStore', () => {
  test('answers a query once its words and the parts it needs are in: pending until then, never empty', async () => {
    const { source, asked, arrive } = controlledSource();
    const store = new SearchStore(source, searched.index, corpus);
    expect(store.answer('')).toEqual({ status: 'none' });
    expect(store.answer('readout')).toEqual({ status: 'pending' });
    store.request('readout', noBackground);
    expect(asked).toEqual(['words']);
    await arrive('words');
    expect(store.answer('readout')).toEqual({ status: 'pending' });
    store.request('readout', noBackground);
    expect(asked.length).toBe(2);
    await arrive(asked[1] as number);
    const answer = store.answer('readout');
    expect(answer.status).toBe('ready');
    if (answer.status === 'ready') expect([...answer.passes]).toEqual([...searched.passes('readout')]);
    // The same answer again, not made anew.
    expect(store.answer('readout')).toBe(answer);
  });

  test('fetches the other parts one at a time when asked to, each once', async () => {
    const { source, asked, arrive, waiting } = controlledSource();
    const store = new SearchStore(source, searched.index, corpus);
    store.loadWords(noBackground);
    await arrive('words');
    const prefetched = store.prefetch(() => Promise.resolve());
    while (waiting().length > 0 || asked.length < searched.parts.length + 1) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const [next] = waiting();
      if (next !== undefined) await arrive(next);
    }
    await prefetched;
    expect(asked.slice(1)).toEqual(searched.parts.map((_, k) => k));
    expect(store.answer('r').status).toBe('ready');
  });

  test('a failure is the answer until retry', async () => {
    const error = { kind: 'network' as const, message: 'HTTP 404 Not Found', status: 404 };
    let fail = true;
    const source: SearchSource = {
      words: () => Promise.resolve(fail ? { status: 'error', error } : { status: 'ready', value: words }),
      part: (k) => Promise.resolve({ status: 'ready', value: searched.parts[k]! }),
    };
    const store = new SearchStore(source, searched.index, corpus);
    store.request('trade', noBackground);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.answer('trade')).toEqual({ status: 'failed', error });
    fail = false;
    store.retry();
    store.request('trade', noBackground);
    await new Promise((resolve) => setTimeout(resolve, 0));
    store.request('trade', noBackground);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.answer('trade').status).toBe('ready');
  });
});
