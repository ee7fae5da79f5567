import type { Corpus, CorpusEvent } from '../src/model/corpus-schema.ts';
import type { Decoded } from '../src/model/decode-corpus.ts';
import type { EventIndex } from '../src/model/event-index.ts';
import { indexEvents } from '../src/model/index-events.ts';
import { encodeSearchFiles } from '../src/model/search-encode.ts';
import { decodeSearchPart, type SearchPart, type SearchWordsFile } from '../src/model/search-files.ts';
import { searchNames, type SearchIndex } from '../src/model/search-index.ts';
import { eventsOfNames, matchedWords, matchQuery } from '../src/model/search-query.ts';
import type { SearchSource } from '../src/model/search-source.ts';
import { eventSearchTexts, WordIndexer } from '../src/model/word-indexer.ts';

/**
 * A corpus's events laid out and searched as the page searches them: the index's files made as
 * `npm run corpus` makes them, read back, and queried. `passes(q)` is the search's answer.
 */
export function searchedCorpus(
  corpus: Pick<Corpus, 'events' | 'people' | 'countries'>,
  partBytes?: number,
): {
  index: EventIndex;
  events: CorpusEvent[];
  search: SearchIndex;
  parts: SearchPart[];
  passes: (q: string) => Uint8Array;
} {
  const { index, order } = indexEvents(corpus.events);
  const events = Array.from(order, (k) => corpus.events[k]!);
  const indexer = new WordIndexer();
  for (const event of events) indexer.add(eventSearchTexts(event));
  const files = encodeSearchFiles(indexer.result(), partBytes);
  const words: SearchWordsFile = {
    schemaVersion: 1,
    version: '0'.repeat(16),
    events: events.length,
    words: files.words,
    partStart: files.partStart,
  };
  const parts = files.parts.map((bytes, k) => {
    const part = decodeSearchPart(bytes.buffer as ArrayBuffer, words, k);
    if ('problem' in part) throw new Error(part.problem);
    return part;
  });
  const search: SearchIndex = {
    eventCount: events.length,
    words: files.words,
    partStart: files.partStart,
    ...searchNames(index, corpus),
  };
  const named = { people: eventsOfNames(index, 'people'), countries: eventsOfNames(index, 'countries') };
  named.people.fill(Infinity);
  named.countries.fill(Infinity);
  return {
    index,
    events,
    search,
    parts,
    passes: (q) =>
      matchQuery(
        index,
        search,
        matchedWords(search, q),
        q,
        (p) => parts[p]!,
        (kind) => named[kind],
      ),
  };
}

/**
 * A search source whose words and parts arrive when the test says (`arrive`), each asked for noted
 * in `asked`. Its words are read once, however many ask, as a source's are.
 */
export function controlledSearchSource(file: SearchWordsFile, parts: readonly SearchPart[]) {
  const asked: (number | 'words')[] = [];
  const pending = new Map<number | 'words', () => void>();
  let words: Promise<Decoded<SearchWordsFile>> | undefined;
  const source: SearchSource = {
    words() {
      if (words) return words;
      asked.push('words');
      return (words = new Promise<Decoded<SearchWordsFile>>((resolve) =>
        pending.set('words', () => resolve({ status: 'ready', value: file })),
      ));
    },
    part(k) {
      asked.push(k);
      return new Promise<Decoded<SearchPart>>((resolve) =>
        pending.set(k, () => resolve({ status: 'ready', value: parts[k]! })),
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
