import type { Corpus, CorpusEvent, EventDate } from './corpus-schema.ts';
import { compareEvents } from './event-order.ts';

/**
 * The corpus as the app loads it: a head that every view needs at once, and shards that only
 * some views need, later. The head holds the articles, people and countries, and a skeleton of
 * every event (what the timeline, its counts, the overview and the filters read); each shard holds
 * a run of complete events, in the corpus format, in the same time order. corpus.json stays the
 * complete file for other tools; docs/scaling.md measures why the page does not load it whole.
 */

/** The fields of an event that every view needs: its place in time, its type, who and where. */
export interface EventSkeleton {
  id: string;
  type: CorpusEvent['type'];
  date: Pick<EventDate, 'start' | 'end' | 'precision' | 'range'>;
  people: string[];
  countries: string[];
}

/** One shard's file name and how many events it holds. */
export interface ShardEntry {
  file: string;
  count: number;
}

export interface CorpusHead extends Pick<Corpus, 'schemaVersion' | 'articles' | 'people' | 'countries'> {
  /** Every event's skeleton, in time order (compareEvents). */
  events: EventSkeleton[];
  /** The shards, in order: shard k holds the events that follow those of shards 0..k-1. */
  shards: ShardEntry[];
}

export interface CorpusShard {
  schemaVersion: Corpus['schemaVersion'];
  /** Position of the shard's first event among the head's events. */
  first: number;
  events: CorpusEvent[];
}

/** What a loaded corpus offers every view without its shards: the tables. */
export type CorpusTables = Pick<Corpus, 'schemaVersion' | 'articles' | 'people' | 'countries'>;

/**
 * Events per shard: about 2 MB of JSON for short texts, parsed and checked in 15-25 ms on the
 * project's machine, short enough to run between two frames of a gesture.
 */
export const SHARD_SIZE = 2000;

export function shardFileName(k: number): string {
  return `shard-${String(k).padStart(3, '0')}.json`;
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

/** The head and shards of `corpus`, its events in time order. */
export function splitCorpus(corpus: Corpus, shardSize = SHARD_SIZE): { head: CorpusHead; shards: CorpusShard[] } {
  const events = [...corpus.events].sort(compareEvents);
  const shards: CorpusShard[] = [];
  for (let first = 0; first < events.length; first += shardSize) {
    shards.push({ schemaVersion: corpus.schemaVersion, first, events: events.slice(first, first + shardSize) });
  }
  const { schemaVersion, articles, people, countries } = corpus;
  return {
    head: {
      schemaVersion,
      articles,
      people,
      countries,
      events: events.map(skeletonOf),
      shards: shards.map((shard, k) => ({ file: shardFileName(k), count: shard.events.length })),
    },
    shards,
  };
}

/** The position among the head's events of each shard's first event. */
export function shardFirsts(shards: readonly ShardEntry[]): number[] {
  let first = 0;
  return shards.map((shard) => {
    const at = first;
    first += shard.count;
    return at;
  });
}
