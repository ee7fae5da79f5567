import { describe, expect, test } from 'vitest';
import { controlledSearchSource, searchedCorpus } from '../../tests/search-helpers.ts';
import { generateSyntheticCorpus } from '../bench/synthetic-corpus.ts';
import type { CorpusEvent } from './corpus-schema.ts';
import type { SearchPart, SearchWordsFile } from './search-files.ts';
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

const controlledSource = (file: SearchWordsFile = words, parts: readonly SearchPart[] = searched.parts) =>
  controlledSearchSource(file, parts);

const noBackground: Background = () => undefined;
// Background work done at once, as a page with time to spare would.
const atOnce: Background = (work) => {
  while (!work(() => false));
};

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

  test('finds the events that refer to the people and countries a query names', async () => {
    const { source, arrive, waiting } = controlledSource();
    const store = new SearchStore(source, searched.index, corpus);
    const person = corpus.people[3]!.name.en;
    const country = corpus.countries[5]!.name.ru;
    const answers = (): number[][] =>
      [person, country].map((q) => {
        const answer = store.answer(q);
        return answer.status === 'ready' ? [...answer.passes] : [];
      });
    store.request(person, noBackground);
    store.request(country, noBackground);
    await arrive('words');
    store.request(person, noBackground);
    store.request(country, noBackground);
    while (waiting().length > 0) await arrive(waiting()[0]!);
    const expected = [[...searched.passes(person)], [...searched.passes(country)]];
    expect(expected.every((passes) => passes.includes(1) && passes.includes(0))).toBe(true);
    expect(answers()).toEqual(expected);
  });

  test('fetches the other parts one at a time when asked to, each once', async () => {
    const { source, asked, arrive, waiting } = controlledSource();
    const store = new SearchStore(source, searched.index, corpus);
    store.loadWords(noBackground);
    await arrive('words');
    const prefetched = store.prefetch(() => Promise.resolve(), atOnce);
    while (waiting().length > 0 || asked.length < searched.parts.length + 1) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const [next] = waiting();
      if (next !== undefined) await arrive(next);
    }
    await prefetched;
    expect(asked.slice(1)).toEqual(searched.parts.map((_, k) => k));
    expect(store.answer('r').status).toBe('ready');
  });

  test('a store disposed of fetches nothing more, and its prefetch still settles', async () => {
    const { source, asked, arrive } = controlledSource();
    const store = new SearchStore(source, searched.index, corpus);
    store.loadWords(noBackground);
    await arrive('words');
    store.dispose();
    // As the page's bursts do, none runs once its signal has aborted.
    const whileLive: Background = (work, signal) => {
      while (!signal.aborted && !work(() => false));
    };
    await store.prefetch(() => Promise.resolve(), whileLive);
    expect(asked).toEqual(['words']);
  });

  test('asked again while under way, the fetching of the other parts goes on one part at a time', async () => {
    const { source, asked, arrive, waiting } = controlledSource();
    const store = new SearchStore(source, searched.index, corpus);
    store.loadWords(noBackground);
    await arrive('words');
    const first = store.prefetch(() => Promise.resolve(), atOnce);
    for (let i = 0; i < 3; i++) {
      expect(store.prefetch(() => Promise.resolve(), atOnce)).toBe(first);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(waiting()).toHaveLength(1);
      await arrive(waiting()[0]!);
    }
    expect(asked.slice(1, 4)).toEqual([0, 1, 2]);
    expect(new Set(asked).size).toBe(asked.length);
  });

  test('a small index brings its parts in with its words, before any search; a bigger one its words alone', async () => {
    const fetchedWithWords = async (events: CorpusEvent[], partBytes?: number) => {
      const index = searchedCorpus({ ...corpus, events }, partBytes);
      const file: SearchWordsFile = {
        ...words,
        events: index.events.length,
        words: [...index.search.words],
        partStart: [...index.search.partStart],
      };
      const { source, asked, arrive, waiting } = controlledSource(file, index.parts);
      const store = new SearchStore(source, index.index, corpus);
      store.loadWords(noBackground);
      await arrive('words');
      const fetched = asked.slice(1);
      store.request('readout', noBackground);
      while (waiting().length > 0) await arrive(waiting()[0]!);
      const answer = store.answer('readout');
      expect(answer.status).toBe('ready');
      if (answer.status === 'ready') expect([...answer.passes]).toEqual([...index.passes('readout')]);
      return { parts: index.parts.length, fetched };
    };
    expect(await fetchedWithWords(corpus.events.slice(0, 50))).toEqual({ parts: 1, fetched: [0] });
    expect(await fetchedWithWords(corpus.events, 8192)).toEqual({ parts: 5, fetched: [0, 1, 2, 3, 4] });
    // Seventeen parts might be as many as 17 × 64 KiB: they wait for the queries that need them.
    expect(await fetchedWithWords(corpus.events, 2048)).toEqual({ parts: 17, fetched: [] });
  });

  test('an index of at most 512 KiB of parts, as their size bounds it, is small', async () => {
    // A part is at most 64 KiB of events, or one word's events, which a bitset of every event bounds.
    const smallWhen = async (events: number, parts: number) => {
      const file: SearchWordsFile = { ...words, events, partStart: Array.from({ length: parts }, (_, k) => k) };
      const { source, arrive } = controlledSource(file);
      const store = new SearchStore(source, searched.index, corpus);
      store.loadWords(noBackground);
      const before = store.small;
      await arrive('words');
      return { before, after: store.small };
    };
    expect(await smallWhen(10_000, 8)).toEqual({ before: false, after: true });
    expect(await smallWhen(10_000, 9)).toEqual({ before: false, after: false });
    // A million events' bitset is 125,000 bytes: four such parts are 500,000 bytes, five too many.
    expect((await smallWhen(1_000_000, 4)).after).toBe(true);
    expect((await smallWhen(1_000_000, 5)).after).toBe(false);
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
