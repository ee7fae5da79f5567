import { bisectLeft } from 'd3-array';
import { fromDayNumber, type DatePrecision } from './calendar-date.ts';
import type { EventSkeleton } from './corpus-parts.ts';
import { EVENT_TYPES, type EventType } from './corpus-vocabulary.ts';
import type { EventIds } from './event-ids.ts';

/**
 * The skeleton of every event as columns: events in time order, with their days, types,
 * precisions, countries, people and ids in typed arrays, so that filtering, facet counts, window
 * queries and the timeline's layout over a million events touch numbers, not objects. Read from
 * the corpus's skeleton file (skeleton-file.ts) without parsing, or built from events loaded
 * whole. Position i in every array below is the i-th event in time order (start, end, id).
 */
export interface EventIndex {
  /** How many events. */
  count: number;
  /** First and last day (inclusive) as day numbers since 1970-01-01. */
  start: Int32Array;
  end: Int32Array;
  /** Position of the event's type in EVENT_TYPES. */
  type: Uint8Array;
  /** Position of the date's precision in PRECISIONS, plus RANGE when the day is unknown within the span. */
  precision: Uint8Array;
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
  /** The events' ids, and the position of an id. */
  ids: EventIds;
  /** Related events, as pairs of positions: event relations[2k] names relations[2k + 1]. */
  relations: Uint32Array;
}

export const PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'year'];
/** Added to a precision: the day is unknown between start and end. */
export const RANGE = 4;

/** An index of columns already in time order (read from a skeleton file, or built above). */
export function columnIndex(columns: Omit<EventIndex, 'count' | 'maxSpan'>): EventIndex {
  const { start, end } = columns;
  let maxSpan = 0;
  for (let i = 0; i < start.length; i++) maxSpan = Math.max(maxSpan, end[i]! - start[i]!);
  return { ...columns, count: start.length, maxSpan };
}

/** The type of the event at `position`. */
export function typeAt(index: EventIndex, position: number): EventType {
  return EVENT_TYPES[index.type[position]!]!;
}

/** The id of the event at `position`. */
export function idAt(index: EventIndex, position: number): string {
  return index.ids.at(position);
}

/** The position of the event with `id`, or undefined. */
export function positionOf(index: EventIndex, id: string): number | undefined {
  return index.ids.positionOf(id);
}

/** The person ids of the event at `position`. */
export function peopleAt(index: EventIndex, position: number): string[] {
  const ids: string[] = [];
  for (let k = index.personStart[position]!; k < index.personStart[position + 1]!; k++)
    ids.push(index.personIds[index.personRefs[k]!]!);
  return ids;
}

/** The country codes of the event at `position`. */
export function countriesAt(index: EventIndex, position: number): string[] {
  const codes: string[] = [];
  for (let k = index.countryStart[position]!; k < index.countryStart[position + 1]!; k++)
    codes.push(index.countryCodes[index.countryRefs[k]!]!);
  return codes;
}

/** The event at `position` as an object, for a view that shows one (its details, a tooltip). */
export function skeletonAt(index: EventIndex, position: number): EventSkeleton {
  return {
    id: idAt(index, position),
    type: typeAt(index, position),
    date: dateAt(index, position),
    people: peopleAt(index, position),
    countries: countriesAt(index, position),
  };
}

/** The event's date: its days, how precise it is, and whether it is a range. */
export function dateAt(index: EventIndex, position: number): EventSkeleton['date'] {
  const p = index.precision[position]!;
  const date: EventSkeleton['date'] = {
    start: fromDayNumber(index.start[position]!),
    end: fromDayNumber(index.end[position]!),
    precision: PRECISIONS[p & 3]!,
  };
  if (p & RANGE) date.range = true;
  return date;
}

/** The positions of the events that `position` names as related, and of those that name it. */
export function relatedPositions(index: EventIndex, position: number): number[] {
  const found = new Set<number>();
  const { relations } = index;
  for (let k = 0; k < relations.length; k += 2) {
    if (relations[k] === position) found.add(relations[k + 1]!);
    else if (relations[k + 1] === position) found.add(relations[k]!);
  }
  found.delete(position);
  return [...found].sort((a, b) => a - b);
}

/** The positions of the events that `position` names as related, in the order it names them. */
export function relatedNamedBy(index: EventIndex, position: number): number[] {
  const named: number[] = [];
  const { relations } = index;
  for (let k = 0; k < relations.length; k += 2) if (relations[k] === position) named.push(relations[k + 1]!);
  return named;
}

/**
 * Positions of the events that overlap the days `from..to` (inclusive), in time order: a binary
 * search on the sorted starts, widened by the longest span so that a month-long event that began
 * before the window is still found.
 */
export function positionsInWindow(index: EventIndex, from: number, to: number): { first: number; last: number } {
  return { first: bisectLeft(index.start, from - index.maxSpan), last: bisectLeft(index.start, to + 1) };
}
