import { countryCodeShape, slugShape, tablesShape, versionShape } from './corpus-shape.ts';
import { LANGUAGES, type Language } from './corpus-vocabulary.ts';
import type { CorpusEvent, EventDate } from './event-shape.ts';
import { integer, list, object, ref, rule, type Infer } from './shape.ts';
import type { EventRest, EventWords } from './shard-shapes.ts';

/**
 * The corpus as the app loads it, in parts that each view fetches when it needs them
 * (docs/architecture.md):
 *
 * - `head.json`: the tables (articles, people, countries), what the skeleton's references
 *   index, how many events each shard holds, and how many parts the search index has;
 * - `skeleton.bin`: every event's skeleton (days, type, precision, countries, people, id,
 *   related events) as columns of typed arrays, read without parsing (skeleton-file.ts);
 * - `texts-NNN.json`: shard k's events without their skeleton or their words in any
 *   language (date expressions and rules, participants, places, quotes; shard-shapes.ts);
 * - `texts-NNN.<lang>.json`: the same events' titles, summaries, places and attributions in
 *   one language;
 * - `search-words.json` and `search-NNN.bin`: the search index (search-files.ts).
 *
 * Shards hold runs of events in time order, so that a view of a period fetches a few; each names
 * the corpus version of its head, and is checked on arrival. corpus.json stays the complete file
 * for other tools.
 */

/** The fields of an event that every view needs: its place in time, its type, who and where. */
export interface EventSkeleton {
  id: string;
  type: CorpusEvent['type'];
  date: Pick<EventDate, 'start' | 'end' | 'precision' | 'range'>;
  people: string[];
  countries: string[];
}

/** What a loaded corpus offers every view at once: the tables. */
export type CorpusTables = Infer<typeof tablesShape>;

const sorted = (values: readonly string[]) => values.every((value, i) => i === 0 || values[i - 1]! < value);

export const headShape = object(
  {
    ...tablesShape.fields,
    /** A hash of the skeleton and the tables: every shard names the head it belongs to. */
    version: versionShape,
    /** The country codes and person ids the skeleton's references index, sorted. */
    countryCodes: list(ref('country', countryCodeShape)),
    personIds: list(ref('person', slugShape)),
    /** How many events the skeleton holds. */
    events: integer(0),
    /** How many events each shard holds, in time order. */
    shards: list(integer(1)),
    /** How many files the search index's events are in. */
    searchParts: integer(0),
  },
  rule(['countryCodes'], (head) =>
    sorted(head.countryCodes) ? null : { path: ['countryCodes'], message: 'must be sorted, each once' },
  ),
  rule(['personIds'], (head) =>
    sorted(head.personIds) ? null : { path: ['personIds'], message: 'must be sorted, each once' },
  ),
  rule(['events', 'shards'], (head) => {
    const total = head.shards.reduce((sum, count) => sum + count, 0);
    return total === head.events
      ? null
      : { path: ['shards'], message: `the shards hold ${total} events, the head ${head.events}` };
  }),
);
export type CorpusHead = Infer<typeof headShape>;

/** Events per shard: parsed and checked in a few milliseconds, between two frames of a gesture. */
export const SHARD_SIZE = 2000;

export const HEAD_FILE = 'head.json';
export const SKELETON_FILE = 'skeleton.bin';
export const SEARCH_WORDS_FILE = 'search-words.json';

const three = (k: number) => String(k).padStart(3, '0');

/** Shard k's file: its events' rest, or their words in `lang`. */
export function shardFileName(k: number, lang?: Language): string {
  return lang ? `texts-${three(k)}.${lang}.json` : `texts-${three(k)}.json`;
}

export function searchPartFileName(k: number): string {
  return `search-${three(k)}.bin`;
}

/** The position among the events of each shard's first event. */
export function shardFirsts(shards: readonly number[]): number[] {
  let first = 0;
  return shards.map((count) => {
    const at = first;
    first += count;
    return at;
  });
}

/** True when `words` are the words of an event with this rest: a place if it has one, an attribution per source. */
export function wordsFit(rest: EventRest, words: EventWords): boolean {
  return (
    (rest.location === undefined) === (words.place === undefined) && rest.sources.length === words.attributions.length
  );
}

/**
 * The event again from its parts, with its words in the languages given (`words`): its localized
 * texts hold those languages only. `related` are the ids it names.
 */
export function joinEvent(
  skeleton: EventSkeleton,
  related: readonly string[],
  rest: EventRest,
  words: Partial<Record<Language, EventWords>>,
): CorpusEvent {
  const languages = LANGUAGES.filter((lang) => words[lang] !== undefined);
  const localized = (pick: (w: EventWords) => string) =>
    Object.fromEntries(languages.map((lang) => [lang, pick(words[lang]!)])) as CorpusEvent['title'];
  const { date, location, sources, ...others } = rest;
  const { start, end, precision, range } = skeleton.date;
  const event: CorpusEvent = {
    id: skeleton.id,
    type: skeleton.type,
    // The rest keeps the format's order of the date's other fields (expression, rule, anchor, readings).
    date: { start, end, precision, ...(range ? { range } : {}), ...date },
    people: skeleton.people,
    countries: skeleton.countries,
    ...others,
    ...(location ? { location: { id: location.id, name: localized((w) => w.place!), country: location.country } } : {}),
    title: localized((w) => w.title),
    summary: localized((w) => w.summary),
    sources: sources.map((source, k) => ({ ...source, attribution: localized((w) => w.attributions[k]!) })),
  };
  if (related.length > 0) event.related = [...related];
  return event;
}
