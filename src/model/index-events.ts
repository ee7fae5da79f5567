import { toDayNumber } from './calendar-date.ts';
import type { EventSkeleton } from './corpus-parts.ts';
import { EVENT_TYPES } from './corpus-vocabulary.ts';
import { EventIds } from './event-ids.ts';
import { columnIndex, PRECISIONS, RANGE, type EventIndex } from './event-index.ts';

/*
 * The index of events given as objects: a corpus loaded whole (a file the reader opens) and the
 * corpus build. The app's own corpus comes as a skeleton file already laid out (skeleton-file.ts),
 * so its page never runs this.
 */

/** What an index is built from: an event's skeleton and, when it has them, its related events. */
type Indexable = EventSkeleton & { related?: readonly string[] | undefined };

/**
 * Lays events out for filtering and drawing: the index, and `order`, the position in `events` of
 * each event in time order.
 */
export function indexEvents(events: readonly Indexable[]): { index: EventIndex; order: Uint32Array } {
  const n = events.length;
  // Day numbers first (each distinct date converted once), then the order is sorted on them:
  // numbers compare faster than the date strings compareEvents reads, in the same order.
  const dayCache = new Map<string, number>();
  const day = (date: string) => {
    let value = dayCache.get(date);
    if (value === undefined) dayCache.set(date, (value = toDayNumber(date)));
    return value;
  };
  const inputStart = new Float64Array(n);
  const inputEnd = new Float64Array(n);
  const countrySet = new Set<string>();
  const personSet = new Set<string>();
  for (let k = 0; k < n; k++) {
    const event = events[k]!;
    inputStart[k] = day(event.date.start);
    inputEnd[k] = day(event.date.end);
    for (const code of event.countries) countrySet.add(code);
    for (const id of event.people) personSet.add(id);
  }
  const order = timeOrder(events, inputStart, inputEnd);
  const countryCodes = [...countrySet].sort();
  const personIds = [...personSet].sort();
  const countryNumber = new Map(countryCodes.map((code, i) => [code, i]));
  const personNumber = new Map(personIds.map((id, i) => [id, i]));
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const type = new Uint8Array(n);
  const precision = new Uint8Array(n);
  const countryStart = new Uint32Array(n + 1);
  const personStart = new Uint32Array(n + 1);
  const countryRefs: number[] = [];
  const personRefs: number[] = [];
  const ids: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const event = events[order[i]!]!;
    start[i] = inputStart[order[i]!]!;
    end[i] = inputEnd[order[i]!]!;
    type[i] = EVENT_TYPES.indexOf(event.type);
    precision[i] = PRECISIONS.indexOf(event.date.precision) + (event.date.range ? RANGE : 0);
    ids[i] = event.id;
    countryStart[i] = countryRefs.length;
    for (const code of event.countries) countryRefs.push(countryNumber.get(code)!);
    personStart[i] = personRefs.length;
    for (const id of event.people) personRefs.push(personNumber.get(id)!);
  }
  countryStart[n] = countryRefs.length;
  personStart[n] = personRefs.length;
  const eventIds = eventIdsOf(ids);
  const relations: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const id of events[order[i]!]!.related ?? []) {
      const other = eventIds.positionOf(id);
      if (other !== undefined) relations.push(i, other);
    }
  }
  const index = columnIndex({
    start,
    end,
    type,
    precision,
    countryCodes,
    personIds,
    countryStart,
    countryRefs: Uint32Array.from(countryRefs),
    personStart,
    personRefs: Uint32Array.from(personRefs),
    ids: eventIds,
    relations: Uint32Array.from(relations),
  });
  return { index, order };
}

/** Lays the corpus's events out for filtering and drawing. */
export function buildEventIndex(corpus: { events: readonly Indexable[] }): EventIndex {
  return indexEvents(corpus.events).index;
}

/**
 * The positions of `events` in compareEvents' order (start, end, id), from their day numbers:
 * counted out by start day (one pass, however many events), then each day's few events sorted
 * by end and id. Four times faster than one comparison sort over 100,000 events.
 */
function timeOrder(events: readonly EventSkeleton[], start: Float64Array, end: Float64Array): Uint32Array {
  const n = events.length;
  if (n === 0) return new Uint32Array(0);
  let first = Infinity;
  let last = -Infinity;
  for (let k = 0; k < n; k++) {
    if (start[k]! < first) first = start[k]!;
    if (start[k]! > last) last = start[k]!;
  }
  const days = last - first + 1;
  const byEndAndId = (a: number, b: number) => end[a]! - end[b]! || compareIds(events[a]!.id, events[b]!.id);
  // A corpus spread over far more days than it has events counts cheaper by comparison.
  if (!(days <= 4 * n + 1024)) {
    return Uint32Array.from({ length: n }, (_, k) => k).sort((a, b) => start[a]! - start[b]! || byEndAndId(a, b));
  }
  const dayStart = new Uint32Array(days + 1);
  for (let k = 0; k < n; k++) dayStart[start[k]! - first + 1]!++;
  for (let d = 0; d < days; d++) dayStart[d + 1]! += dayStart[d]!;
  const order = new Uint32Array(n);
  const fill = dayStart.slice(0, days);
  for (let k = 0; k < n; k++) order[fill[start[k]! - first]!++] = k;
  for (let d = 0; d < days; d++) {
    if (dayStart[d + 1]! - dayStart[d]! > 1) order.subarray(dayStart[d], dayStart[d + 1]).sort(byEndAndId);
  }
  return order;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ids given as strings (events loaded whole, the synthetic corpus), each ASCII (a slug). */
export function eventIdsOf(ids: readonly string[]): EventIds {
  const offsets = new Uint32Array(ids.length + 1);
  let length = 0;
  ids.forEach((id, i) => {
    offsets[i] = length;
    length += id.length;
  });
  offsets[ids.length] = length;
  const bytes = new Uint8Array(length);
  ids.forEach((id, i) => {
    const at = offsets[i]!;
    for (let k = 0; k < id.length; k++) bytes[at + k] = id.charCodeAt(k) & 0x7f;
  });
  return new EventIds(bytes, offsets);
}
