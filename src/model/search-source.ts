import type { Decoded } from './decode-corpus.ts';
import type { SearchPart, SearchWordsFile } from './search-files.ts';

/** Runs `work` in the page's spare time until it returns true (`enough()` says when a burst is over). */
export type Background = (work: (enough: () => boolean) => boolean, signal: AbortSignal) => void;

/**
 * Where a corpus's search index comes from: files made by `npm run corpus` (its words, then the
 * parts a query needs), or, for a corpus loaded whole (a file the reader opens), the same made in
 * the page from its texts.
 */
export interface SearchSource {
  /**
   * The index's words, read once however many ask (again after a failure). A corpus loaded whole
   * makes its index first, with `background`.
   */
  words(signal: AbortSignal, background: Background): Promise<Decoded<SearchWordsFile>>;
  /** Makes what is left of the index at once: a query is waiting (a corpus loaded whole). */
  hurry?(): void;
  /** Part `k` of the index whose words are `words`. */
  part(k: number, words: SearchWordsFile, signal: AbortSignal): Promise<Decoded<SearchPart>>;
}
