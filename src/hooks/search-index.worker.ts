import { WordIndexer } from '../model/search-index.ts';

// Folds and splits the events' texts off the page's thread (use-search-warmup.ts sends them in
// slices, in order); says when each slice is done, so that the page sends the next then
// (feed-worker.ts); answers the last with the words, the typed arrays transferred, not copied.
const indexer = new WordIndexer();

self.onmessage = (event: MessageEvent<{ texts: string[][]; last: boolean }>) => {
  for (const text of event.data.texts) indexer.add(text);
  if (!event.data.last) return self.postMessage('done');
  const words = indexer.result();
  self.postMessage(words, {
    transfer: [words.wordEventStart.buffer, words.wordEvents.buffer],
  });
};
