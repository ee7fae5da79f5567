import type { Corpus, Person } from './corpus-schema.ts';
import type { EventIndex } from './event-index.ts';
import { foldForSearch } from './text-normalize.ts';

/**
 * What search looks in: the folded words of each event's texts (titles, summaries, quotes, its
 * place), and the folded names of the people and countries it refers to, which are searched once
 * per query rather than copied into every event. Each distinct word is kept once, with the
 * events that say it (search-files.ts keeps them in parts, fetched as queries need them), so a
 * query scans distinct words, not every text. A query word (never a space in it) occurs in an
 * event's folded text exactly when it occurs in one of these words (the text's maximal runs
 * without a space).
 */
export interface SearchIndex {
  /** How many events were indexed. */
  eventCount: number;
  /** The distinct folded words of all events' texts, sorted. */
  words: readonly string[];
  /** Word k's events are in part p when partStart[p] <= k < partStart[p + 1]. */
  partStart: readonly number[];
  /** The folded names (and aliases) of index.personIds and index.countryCodes. */
  personText: readonly string[];
  countryText: readonly string[];
}

/** The words of every event's texts, as WordIndexer finds them. */
export interface EventWordLists {
  /** The distinct folded words of all events' texts, in the order met. */
  words: readonly string[];
  /** How many events were indexed. */
  eventCount: number;
  /**
   * The events whose texts have word k are wordEvents[wordEventStart[k] .. wordEventStart[k + 1]),
   * in order, each once.
   */
  wordEventStart: Uint32Array;
  wordEvents: Uint32Array;
}

/** Everything a person may be found by: their name in each language and their aliases, folded. */
export function personSearchText(person: Person): string {
  return foldForSearch([...Object.values(person.name), ...(person.aliases ?? [])].join('\n'));
}

/** The folded names of the people and countries an index refers to, as search matches them. */
export function searchNames(
  index: Pick<EventIndex, 'personIds' | 'countryCodes'>,
  tables: Pick<Corpus, 'people' | 'countries'>,
): Pick<SearchIndex, 'personText' | 'countryText'> {
  const people = new Map(tables.people.map((p) => [p.id, p]));
  const countries = new Map(tables.countries.map((c) => [c.code, c]));
  return {
    personText: index.personIds.map((id) => {
      const person = people.get(id);
      return person ? personSearchText(person) : id;
    }),
    countryText: index.countryCodes.map((code) => {
      const country = countries.get(code);
      return foldForSearch([code, ...(country ? Object.values(country.name) : [])].join('\n'));
    }),
  };
}
