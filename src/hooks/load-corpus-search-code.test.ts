import { expect, test, vi } from 'vitest';
import { corpusFileMap, smallCorpus } from '../../tests/corpus-fixture.ts';
import type { SearchWordsFile } from '../model/search-files.ts';
import { loadCorpus } from './load-corpus.ts';
import { memoryCorpusSource } from './memory-corpus-source.ts';

// The chunk that reads the search index's files, as a browser that cannot fetch it sees it.
vi.mock('./search-files-source.ts', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

test('when the code that reads the search index cannot be had, its words and parts are a network error, not a wait', async () => {
  const signal = new AbortController().signal;
  const result = await loadCorpus(memoryCorpusSource(corpusFileMap(smallCorpus())), signal);
  if (result.status !== 'ready') throw new Error(`expected a corpus: ${JSON.stringify(result.error)}`);
  const { search } = result.corpus;
  const failed = { status: 'error', error: { kind: 'network', message: expect.any(String) } };
  expect(await search.words(signal, () => undefined)).toEqual(failed);
  const words: SearchWordsFile = { schemaVersion: 1, version: '0'.repeat(16), events: 8, words: ['a'], partStart: [0] };
  expect(await search.part(0, words, signal)).toEqual(failed);
});
