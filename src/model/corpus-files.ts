import {
  HEAD_FILE,
  SEARCH_WORDS_FILE,
  searchPartFileName,
  SHARD_SIZE,
  shardFileName,
  SKELETON_FILE,
  type CorpusHead,
  type CorpusTables,
  type EventSkeleton,
} from './corpus-parts.ts';
import {
  NOT_IN_REST,
  NOT_IN_REST_DATE,
  NOT_IN_REST_SOURCE,
  type EventRest,
  type EventWords,
  type RestShard,
  type WordsShard,
} from './shard-shapes.ts';
import type { Corpus, CorpusEvent } from './corpus-schema.ts';
import { LANGUAGES, type Language } from './corpus-vocabulary.ts';
import type { EventIndex } from './event-index.ts';
import { indexEvents } from './index-events.ts';
import { encodeSearchFiles } from './search-encode.ts';
import type { SearchWordsFile } from './search-files.ts';
import { encodeSkeleton } from './skeleton-encode.ts';
import { eventSearchTexts, WordIndexer } from './word-indexer.ts';

/** What a corpus's files are made from: its tables, its skeleton, and its events in time order. */
export interface CorpusFilesInput {
  tables: CorpusTables;
  /** Every event's skeleton, in time order. */
  index: EventIndex;
  /** The complete events at positions [from, to), in time order (asked for one shard at a time). */
  events(from: number, to: number): CorpusEvent[];
}

/** The files of a complete corpus, its events put in time order. */
export function corpusFilesInput(corpus: Corpus): CorpusFilesInput {
  const { index, order } = indexEvents(corpus.events);
  const { schemaVersion, articles, people, countries } = corpus;
  return {
    tables: { schemaVersion, articles, people, countries },
    index,
    events: (from, to) => Array.from(order.subarray(from, to), (k) => corpus.events[k]!),
  };
}

/**
 * Every file of the corpus as the app loads it (corpus-parts.ts), by name, made one shard at a
 * time so that a writer can stream a million events to disk: the skeleton, each shard's rests and
 * words in every language, the search index, and the head last (it counts the others).
 */
export function* corpusFiles(
  input: CorpusFilesInput,
  shardSize = SHARD_SIZE,
): Generator<[string, string | Uint8Array]> {
  const { tables, index } = input;
  const skeleton = encodeSkeleton(index);
  yield [SKELETON_FILE, skeleton];
  const version = versionOf(skeleton, JSON.stringify(tables));
  const indexer = new WordIndexer();
  const shards: number[] = [];
  for (let first = 0, k = 0; first < index.count; first += shardSize, k++) {
    const events = input.events(first, Math.min(index.count, first + shardSize));
    shards.push(events.length);
    for (const event of events) indexer.add(eventSearchTexts(event));
    const rest: RestShard = { schemaVersion: tables.schemaVersion, version, first, events: events.map(restOf) };
    yield [shardFileName(k), JSON.stringify(rest)];
    for (const lang of LANGUAGES) {
      const words: WordsShard = {
        schemaVersion: tables.schemaVersion,
        version,
        first,
        lang,
        events: events.map((event) => wordsOf(event, lang)),
      };
      yield [shardFileName(k, lang), JSON.stringify(words)];
    }
  }
  const search = encodeSearchFiles(indexer.result());
  const words: SearchWordsFile = {
    schemaVersion: tables.schemaVersion,
    version,
    events: index.count,
    words: search.words,
    partStart: search.partStart,
  };
  yield [SEARCH_WORDS_FILE, JSON.stringify(words)];
  for (const [p, part] of search.parts.entries()) yield [searchPartFileName(p), part];
  const head: CorpusHead = {
    ...tables,
    version,
    countryCodes: [...index.countryCodes],
    personIds: [...index.personIds],
    events: index.count,
    shards,
    searchParts: search.parts.length,
  };
  yield [HEAD_FILE, JSON.stringify(head)];
}

/**
 * The corpus version: 64 bits of FNV-1a over the skeleton's bytes and the tables' JSON, in hex.
 * Every shard names it, so that a shard of another corpus (a file left over, a cache) is refused.
 */
function versionOf(skeleton: Uint8Array, tables: string): string {
  let a = 0x811c9dc5;
  let b = 0x2b992ddf;
  const mix = (code: number) => {
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (a >>> 13);
  };
  for (let k = 0; k < skeleton.length; k++) mix(skeleton[k]!);
  for (let k = 0; k < tables.length; k++) mix(tables.charCodeAt(k));
  const hex = (x: number) => (x >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}

export function skeletonOf(event: CorpusEvent): EventSkeleton {
  const { start, end, precision, range } = event.date;
  return {
    id: event.id,
    type: event.type,
    date: range ? { start, end, precision, range } : { start, end, precision },
    people: event.people,
    countries: event.countries,
  };
}

// What a shard's rest leaves out of an event, and out of its date and its sources.
const NOT_REST = new Set<string>(NOT_IN_REST);
const NOT_REST_DATE = new Set<string>(NOT_IN_REST_DATE);
const NOT_REST_SOURCE = new Set<string>(NOT_IN_REST_SOURCE);

function without(value: object, keys: ReadonlySet<string>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (!keys.has(key)) kept[key] = field;
  return kept;
}

/** An event's rest (eventRestShape): what is neither its skeleton, its related events nor its words. */
export function restOf(event: CorpusEvent): EventRest {
  // Every field not named above is carried whole, so that a field added to the format is kept.
  const { location, sources } = event;
  return {
    ...without(event, NOT_REST),
    date: without(event.date, NOT_REST_DATE),
    ...(location ? { location: { id: location.id, country: location.country } } : {}),
    sources: sources.map((source) => without(source, NOT_REST_SOURCE)),
  } as EventRest;
}

/** An event's words in `lang`. */
export function wordsOf(event: CorpusEvent, lang: Language): EventWords {
  const words: EventWords = {
    title: event.title[lang],
    summary: event.summary[lang],
    attributions: event.sources.map((source) => source.attribution[lang]),
  };
  if (event.location) words.place = event.location.name[lang];
  return words;
}
