import { compileCheck } from '../model/check-shape.ts';
import { SEARCH_WORDS_FILE, searchPartFileName, type CorpusHead } from '../model/corpus-parts.ts';
import { decode, type Decoded } from '../model/decode-corpus.ts';
import { decodeSearchPart, wordsFileShape, type SearchWordsFile } from '../model/search-files.ts';
import type { SearchSource } from '../model/search-source.ts';
import { fileProblem, networkError, type CorpusSource } from './corpus-source.ts';

/**
 * The search index of a corpus loaded in parts, as `npm run corpus` writes it (search-files.ts):
 * its words, checked against the head, then each part a query needs, checked whole on arrival.
 */
export function searchFilesSource(source: CorpusSource, head: CorpusHead): SearchSource {
  const check = compileCheck(wordsFileShape);
  const isWords = (data: unknown): data is SearchWordsFile =>
    check(data) &&
    data.version === head.version &&
    data.events === head.events &&
    data.partStart.length === head.searchParts;
  let words: Promise<Decoded<SearchWordsFile>> | undefined;
  return {
    // Read once, however many ask; asked again after a failure.
    words(signal) {
      if (words) return words;
      const attempt = source.text(SEARCH_WORDS_FILE, signal).then(
        (text) => decode(text, isWords, (m, data) => m.explainSearchWords(data, head)),
        (error: unknown): Decoded<SearchWordsFile> => ({ status: 'error', error: networkError(error) }),
      );
      words = attempt;
      void attempt.then((result) => {
        if (result.status === 'error' && words === attempt) words = undefined;
      });
      return attempt;
    },
    async part(k, words, signal) {
      const file = searchPartFileName(k);
      let bytes: ArrayBuffer;
      try {
        bytes = await source.bytes(file, signal);
      } catch (error) {
        return { status: 'error', error: networkError(error) };
      }
      const part = decodeSearchPart(bytes, words, k);
      return 'problem' in part
        ? { status: 'error', error: fileProblem(file, part.problem) }
        : { status: 'ready', value: part };
    },
  };
}
