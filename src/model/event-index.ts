import { bisectLeft } from 'd3';
import { toDayNumber } from './calendar-date.ts';
import { EVENT_TYPES, type Corpus, type CorpusEvent, type EventType } from './corpus-schema.ts';
import { compareEvents } from './event-order.ts';

/**
 * The corpus laid out for speed: events in time order, with their days, types, countries and
 * people as typed arrays, so that filtering, facet counts and window queries over 100,000
 * events touch numbers, not objects. Built once per corpus.
 */
export interface EventIndex {
  /** Every event, in time order (start, end, id). Position i in every array below is events[i]. */
  events: readonly CorpusEvent[];
  /** First and last day (inclusive) as day numbers since 1970-01-01. */
  start: Int32Array;
  end: Int32Array;
  /** Position of the event's type in EVENT_TYPES. */
  type: Uint8Array;
  /** All country codes and person ids that events refer to, sorted; refs below index these. */
  countryCodes: readonly string[];
  personIds: readonly string[];
  /** Event i's countries are countryRefs[countryStart[i] .. countryStart[i + 1]). */
  countryStart: Uint32Array;
  countryRefs: Uint32Array;
  /** Event i's people are personRefs[personStart[i] .. personStart[i + 1]). */
  personStart: Uint32Array;
  personRefs: Uint32Array;
  /** Longest span of any event in days, so that window queries can bound their search. */
  maxSpan: number;
  /** Event id to position. */
  positionOf: ReadonlyMap<string, number>;
}

/** Lays the corpus's events out for filtering and drawing. */
export function buildEventIndex(corpus: Pick<Corpus, 'events'>): EventIndex {
  const events = [...corpus.events].sort(compareEvents);
  const n = events.length;
  const countryCodes = [...new Set(events.flatMap((e) => e.countries))].sort();
  const personIds = [...new Set(events.flatMap((e) => e.people))].sort();
  const countryNumber = new Map(countryCodes.map((code, i) => [code, i]));
  const personNumber = new Map(personIds.map((id, i) => [id, i]));
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const type = new Uint8Array(n);
  const countryStart = new Uint32Array(n + 1);
  const personStart = new Uint32Array(n + 1);
  const countryRefs: number[] = [];
  const personRefs: number[] = [];
  const positionOf = new Map<string, number>();
  const dayCache = new Map<string, number>();
  const day = (date: string) => {
    let value = dayCache.get(date);
    if (value === undefined) dayCache.set(date, (value = toDayNumber(date)));
    return value;
  };
  let maxSpan = 0;
  events.forEach((event, i) => {
    start[i] = day(event.date.start);
    end[i] = day(event.date.end);
    maxSpan = Math.max(maxSpan, end[i]! - start[i]!);
    type[i] = EVENT_TYPES.indexOf(event.type);
    countryStart[i] = countryRefs.length;
    for (const code of event.countries) countryRefs.push(countryNumber.get(code)!);
    personStart[i] = personRefs.length;
    for (const id of event.people) personRefs.push(personNumber.get(id)!);
    positionOf.set(event.id, i);
  });
  countryStart[n] = countryRefs.length;
  personStart[n] = personRefs.length;
  return {
    events,
    start,
    end,
    type,
    countryCodes,
    personIds,
    countryStart,
    countryRefs: Uint32Array.from(countryRefs),
    personStart,
    personRefs: Uint32Array.from(personRefs),
    maxSpan,
    positionOf,
  };
}

/** The type of the event at `position`. */
export function typeAt(index: EventIndex, position: number): EventType {
  return EVENT_TYPES[index.type[position]!]!;
}

/**
 * Positions of the events that overlap the days `from..to` (inclusive), in time order: a binary
 * search on the sorted starts, widened by the longest span so that a month-long event that began
 * before the window is still found.
 */
export function positionsInWindow(index: EventIndex, from: number, to: number): { first: number; last: number } {
  return { first: bisectLeft(index.start, from - index.maxSpan), last: bisectLeft(index.start, to + 1) };
}
