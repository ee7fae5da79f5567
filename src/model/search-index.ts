import type { Corpus, CorpusEvent } from './corpus-schema.ts';
import type { EventIndex } from './event-index.ts';
import { RawWords } from './raw-words.ts';
import { foldForSearch } from './text-normalize.ts';

/**
 * What search looks in: the folded words of each event's texts (titles, summaries, quotes, its
 * place), and the folded names of the people and countries it refers to, which are searched once
 * per query rather than copied into every event. Each distinct word is kept once and events
 * point to theirs, so the index costs little beside the corpus (a folded copy of every text
 * would be as big as the texts), and a query scans distinct words, not every text.
 * A query word (never a space in it) occurs in an event's folded text exactly when it occurs in
 * one of these words (the text's maximal runs without a space).
 */
export interface SearchIndex extends EventWords {
  personText: readonly string[];
  countryText: readonly string[];
}

/** The words of every event's texts. */
export interface EventWords {
  /** The distinct folded words of all events' texts. */
  words: readonly string[];
  /** How many events were indexed. */
  eventCount: number;
  /**
   * The events whose texts have word k are wordEvents[wordEventStart[k] .. wordEventStart[k + 1]),
   * in order, each once: a query marks the events of the words it is found in. (Kept this way
   * round only: the other, each event's words, would be as big again, 12 MB at 100,000 events.)
   */
  wordEventStart: Uint32Array;
  wordEvents: Uint32Array;
}

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
  result(): EventWords {
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
): Pick<EventWords, 'wordEventStart' | 'wordEvents'> {
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

/** Builds the search index at once (or returns the one already built for this index). */
export function buildSearchIndex(
  index: EventIndex,
  events: readonly CorpusEvent[],
  corpus: Pick<Corpus, 'people' | 'countries'>,
): SearchIndex {
  return searchIndexBuilder(index, events, corpus).finish();
}

/**
 * Builds a search index ahead of the first search (folding the texts of 100,000 events takes
 * about a second, which a keystroke cannot wait for): a slice at a time in the page's idle time,
 * or all at once in a worker whose result is adopted. One builder per event index, shared.
 */
export interface SearchIndexBuilder {
  /** Indexes events until `enough()` says to stop; true once every event is done. */
  step(enough: () => boolean): boolean;
  /** Takes the words of every event, indexed elsewhere (a worker), unless already done. */
  adopt(words: EventWords): void;
  /** True once the index is complete. */
  readonly done: boolean;
  /** Indexes what is left and gives the index. */
  finish(): SearchIndex;
}

const builders = new WeakMap<EventIndex, SearchIndexBuilder>();

/**
 * The builder of `index`'s search index, created on first call. `events` are the index's
 * events complete (with their texts), in the same positions.
 */
export function searchIndexBuilder(
  index: EventIndex,
  events: readonly CorpusEvent[],
  corpus: Pick<Corpus, 'people' | 'countries'>,
): SearchIndexBuilder {
  let builder = builders.get(index);
  if (!builder) builders.set(index, (builder = createBuilder(index, events, corpus)));
  return builder;
}

// Events indexed between two looks at the clock.
const SLICE = 32;

function createBuilder(
  index: EventIndex,
  events: readonly CorpusEvent[],
  corpus: Pick<Corpus, 'people' | 'countries'>,
): SearchIndexBuilder {
  const n = events.length;
  const indexer = new WordIndexer();
  let words: EventWords | null = null;
  let built: SearchIndex | null = null;
  const step = (enough: () => boolean) => {
    while (!words && indexer.size < n) {
      const to = Math.min(n, indexer.size + SLICE);
      while (indexer.size < to) indexer.add(eventSearchTexts(events[indexer.size]!));
      if (enough()) break;
    }
    return words !== null || indexer.size === n;
  };
  return {
    step,
    adopt(adopted) {
      if (!words && adopted.eventCount === n) words = adopted;
    },
    get done() {
      return words !== null || indexer.size === n;
    },
    finish() {
      if (built) return built;
      step(() => false);
      words ??= indexer.result();
      const people = new Map(corpus.people.map((p) => [p.id, p]));
      const countries = new Map(corpus.countries.map((c) => [c.code, c]));
      built = {
        ...words,
        personText: index.personIds.map((id) => {
          const person = people.get(id);
          return person ? foldForSearch([...Object.values(person.name), ...(person.aliases ?? [])].join('\n')) : id;
        }),
        countryText: index.countryCodes.map((code) => {
          const country = countries.get(code);
          return foldForSearch([code, ...(country ? Object.values(country.name) : [])].join('\n'));
        }),
      };
      return built;
    },
  };
}
