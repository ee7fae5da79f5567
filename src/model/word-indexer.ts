import type { CorpusEvent } from './corpus-schema.ts';
import { RawWords } from './raw-words.ts';
import type { EventWordLists } from './search-index.ts';
import { foldForSearch } from './text-normalize.ts';

/**
 * What an event is found by: its titles, summaries and quotes, and its place's names. The
 * corpus's own strings, not one joined text: a worker is sent these as they are, so the page makes
 * no copy of every text to send (45 MB at 100,000 events, garbage the page then had to collect
 * while the reader panned).
 */
export function eventSearchTexts(event: CorpusEvent): string[] {
  const { title, summary, location } = event;
  const texts = [title.ar, title.en, title.ru, summary.ar, summary.en, summary.ru];
  for (const source of event.sources) texts.push(source.quote);
  if (location) texts.push(location.name.ar, location.name.en, location.name.ru);
  return texts;
}

/**
 * Folds and splits event texts into words, one event after another: the same code builds the
 * index in the page (a slice at a time) and in a worker (search-index.worker.ts). A corpus says
 * the same words over and over (names, places, the words of its languages), so the text is split
 * as it is, at white space (where folding would put a space), and each distinct raw word is folded
 * once (raw-words.ts): folding every text whole was most of the cost (0.5-0.7 s for 100,000
 * synthetic events in Node, against 0.26-0.3 s).
 */
export class WordIndexer {
  private readonly numbers = new Map<string, number>();
  private readonly words: string[] = [];
  /** The numbers of the folded words of each raw word met so far. */
  private readonly folded = new RawWords((raw) => this.numbersOf(raw));
  private readonly starts: number[] = [];
  private refs = new Uint32Array(1 << 16);
  private count = 0;

  /** Adds the next event's texts (eventSearchTexts). */
  add(texts: readonly string[]): void {
    this.starts.push(this.count);
    for (const text of texts) this.folded.forEachWord(text, this.addNumbers);
  }

  private readonly addNumbers = (numbers: readonly number[]) => {
    for (const number of numbers) {
      if (this.count === this.refs.length) {
        const grown = new Uint32Array(this.refs.length * 2);
        grown.set(this.refs);
        this.refs = grown;
      }
      this.refs[this.count++] = number;
    }
  };

  /**
   * The numbers of a raw word's folded words: folding may split it (NFKC turns some signs, such
   * as an acute accent alone or an isolated Arabic vowel sign, into a space and a mark), or leave
   * nothing of it (tatweel alone).
   */
  private numbersOf(raw: string): number[] {
    const folded = foldForSearch(raw);
    if (!folded) return [];
    return folded.split(' ').map((word) => {
      let number = this.numbers.get(word);
      if (number === undefined) {
        number = this.words.push(word) - 1;
        this.numbers.set(word, number);
      }
      return number;
    });
  }

  /** How many events have been added. */
  get size(): number {
    return this.starts.length;
  }

  /** The words of the events added so far. */
  result(): EventWordLists {
    const starts = [...this.starts, this.count];
    return {
      words: this.words,
      eventCount: this.starts.length,
      ...eventsOfWords(this.words.length, starts, this.refs),
    };
  }
}

/** Inverts event → words (event i's are wordRefs[wordStart[i] .. wordStart[i + 1])) into word → events. */
function eventsOfWords(
  wordCount: number,
  wordStart: readonly number[],
  wordRefs: Uint32Array,
): Pick<EventWordLists, 'wordEventStart' | 'wordEvents'> {
  // The last event counted for each word: an event that says a word twice is listed once.
  const last = new Int32Array(wordCount).fill(-1);
  const wordEventStart = new Uint32Array(wordCount + 1);
  const events = wordStart.length - 1;
  for (let i = 0; i < events; i++) {
    for (let r = wordStart[i]!; r < wordStart[i + 1]!; r++) {
      const word = wordRefs[r]!;
      if (last[word] === i) continue;
      last[word] = i;
      wordEventStart[word + 1]!++;
    }
  }
  for (let k = 0; k < wordCount; k++) wordEventStart[k + 1]! += wordEventStart[k]!;
  const wordEvents = new Uint32Array(wordEventStart[wordCount]!);
  const fill = wordEventStart.slice(0, wordCount);
  last.fill(-1);
  for (let i = 0; i < events; i++) {
    for (let r = wordStart[i]!; r < wordStart[i + 1]!; r++) {
      const word = wordRefs[r]!;
      if (last[word] === i) continue;
      last[word] = i;
      wordEvents[fill[word]!++] = i;
    }
  }
  return { wordEventStart, wordEvents };
}
