import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusFileMap, smallCorpus } from '../../tests/corpus-fixture.ts';
import { mutate, mutation, sameJson, type Json } from '../../tests/json-mutations.ts';
import { HEAD_FILE, SEARCH_WORDS_FILE, type CorpusHead } from '../model/corpus-parts.ts';
import { explainSearchWords } from '../model/explain-corpus.ts';
import { memoryCorpusSource } from './memory-corpus-source.ts';
import { searchFilesSource } from './search-files-source.ts';

const files = corpusFileMap(smallCorpus());
const head = JSON.parse(files.get(HEAD_FILE) as string) as CorpusHead;
const words = JSON.parse(files.get(SEARCH_WORDS_FILE) as string) as Json;
const signal = new AbortController().signal;

/** The search index's words as the page reads them: as they are when the fast check says yes, else zod's answer. */
async function read(value: Json) {
  const source = searchFilesSource(memoryCorpusSource(new Map([[SEARCH_WORDS_FILE, JSON.stringify(value)]])), head);
  return source.words(signal, () => undefined);
}

describe('searchFilesSource', () => {
  it('reads the words of the search index, and holds the fast check to zod’s answer on changed files', async () => {
    expect(await read(words)).toEqual({ status: 'ready', value: words });
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const changed = JSON.parse(
          JSON.stringify(mutations.reduce((v, m) => mutate(v, m), structuredClone(words))),
        ) as Json;
        const result = await read(changed);
        const explained = explainSearchWords(changed, head);
        expect(result.status === 'ready' && sameJson(result.value, changed)).toBe(
          explained.success && sameJson(explained.value, changed),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('refuses the words of another corpus, saying why', async () => {
    const other = { ...(words as object), version: 'f'.repeat(16) };
    expect(await read(other)).toMatchObject({
      status: 'error',
      error: {
        kind: 'schema',
        issues: [{ path: 'version', message: `must be ${head.version}, the version of the corpus's head` }],
      },
    });
  });
});
