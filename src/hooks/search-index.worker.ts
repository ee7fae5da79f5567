import { WordIndexer, type EventWords } from '../model/search-index.ts';

// Folds and splits the events' texts off the page's thread (use-search-warmup.ts sends them in
// slices, in order); says when each slice is done, so that the page sends the next then
// (feed-worker.ts); makes the words of all once the last is in, and sends them when the page
// asks ('collect'), the typed arrays transferred, not copied.
const indexer = new WordIndexer();
let words: EventWords | undefined;

self.onmessage = (event: MessageEvent<{ texts: string[][]; last: boolean } | 'collect'>) => {
  if (event.data === 'collect') {
    words ??= indexer.result();
    return self.postMessage(words, { transfer: [words.wordEventStart.buffer, words.wordEvents.buffer] });
  }
  for (const text of event.data.texts) indexer.add(text);
  if (event.data.last) words = indexer.result();
  self.postMessage('done');
};
