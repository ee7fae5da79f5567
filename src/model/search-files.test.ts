import { describe, expect, test } from 'vitest';
import { searchedCorpus } from '../../tests/search-helpers.ts';
import { generateSyntheticCorpus } from '../bench/synthetic-corpus.ts';
import { encodeSearchFiles } from './search-encode.ts';
import { decodeSearchPart, type SearchWordsFile } from './search-files.ts';
import { matchedWords, partsOfQuery } from './search-query.ts';
import { foldForSearch, queryWords } from './text-normalize.ts';
import { eventSearchTexts, WordIndexer } from './word-indexer.ts';

// Enough events that common words are kept as bitsets and rare ones as gaps, over many parts.
const corpus = generateSyntheticCorpus(3000);
// Parts of 4 KB rather than 64: several of them at this size.
const searched = searchedCorpus(corpus, 4096);

/** What a plain scan of every event's folded texts and names finds: what the index must find. */
function scan(q: string): number[] {
  const names = new Map([
    ...corpus.people.map((p) => [p.id, [...Object.values(p.name), ...(p.aliases ?? [])]] as const),
    ...corpus.countries.map((c) => [c.code, [c.code, ...Object.values(c.name)]] as const),
  ]);
  const words = queryWords(q);
  return searched.events.flatMap((event, i) => {
    const text = foldForSearch(
      [...eventSearchTexts(event), ...[...event.people, ...event.countries].flatMap((id) => names.get(id) ?? [])].join(
        '\n',
      ),
    );
    return words.every((word) => text.includes(word)) ? [i] : [];
  });
}

describe('the search index’s files', () => {
  test('keep common words as bitsets and rare ones as gaps, in several parts', () => {
    const kinds = new Set(searched.parts.flatMap((part) => [...part.kinds]));
    expect(kinds).toEqual(new Set([0, 1]));
    expect(searched.parts.length).toBeGreaterThan(1);
  });

  test.each(['readout', 'r', 'call', 'اتصال', 'звонок', 'aldoria', 'north sarnia', 'tanaka trade', 'zzz'])(
    'find for “%s” the events a plain scan of the texts and names finds',
    (q) => {
      const passes = searched.passes(q);
      expect([...passes].flatMap((pass, i) => (pass ? [i] : []))).toEqual(scan(q));
    },
  );

  test('a query of one word fetches the part or parts its words are in, not the whole index', () => {
    const parts = partsOfQuery(searched.search, matchedWords(searched.search, 'readout'));
    expect(parts).toHaveLength(1);
    expect(searched.parts.length).toBeGreaterThan(5);
  });
});

describe('decodeSearchPart', () => {
  const indexer = new WordIndexer();
  for (const event of searched.events.slice(0, 40)) indexer.add(eventSearchTexts(event));
  const files = encodeSearchFiles(indexer.result());
  const words: SearchWordsFile = {
    schemaVersion: 1,
    version: '0'.repeat(16),
    events: 40,
    words: files.words,
    partStart: files.partStart,
  };
  const bytes = files.parts[0]!;
  const words32 = (buffer: ArrayBuffer) => new Uint32Array(buffer, 0, buffer.byteLength >> 2);

  test('reads a part whole', () => {
    expect('problem' in decodeSearchPart(bytes.slice().buffer, words, 0)).toBe(false);
  });

  test.each([
    ['not a part', (b: ArrayBuffer) => void (words32(b)[0] = 0), 'not a part'],
    ['of other words', (b: ArrayBuffer) => void (words32(b)[2] = 7), 'the index says'],
    [
      'with an event beyond the corpus',
      (b: ArrayBuffer) => {
        // The first word's gaps begin right after the header: one of 100 is past 40 events.
        const head = 16 + 4 * (files.words.length + 1) + Math.ceil(files.words.length / 4) * 4;
        new Uint8Array(b)[head] = 100;
      },
      'not rising positions',
    ],
  ])('refuses a part %s', (_, change, problem) => {
    const copy = bytes.slice().buffer;
    change(copy);
    const part = decodeSearchPart(copy, words, 0);
    expect('problem' in part && part.problem).toContain(problem);
  });

  test('refuses a part cut short', () => {
    const part = decodeSearchPart(bytes.slice(0, bytes.length - 4).buffer, words, 0);
    expect('problem' in part).toBe(true);
  });
});
