import type { CorpusEvent, EventDate } from './corpus-schema.ts';

/** What the time order reads of an event (or of its skeleton). */
type TimeOrdered = Pick<CorpusEvent, 'id'> & { date: Pick<EventDate, 'start' | 'end'> };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Date order: by start, then end (a day before the month that contains it), then id, so that
 * the order is total and the same on every machine. YYYY-MM-DD strings sort as dates.
 */
export function compareEvents(a: TimeOrdered, b: TimeOrdered): number {
  return compareText(a.date.start, b.date.start) || compareText(a.date.end, b.date.end) || compareText(a.id, b.id);
}

/** A sorted copy of `events`, in date order. */
export function sortEvents(events: readonly CorpusEvent[]): CorpusEvent[] {
  return [...events].sort(compareEvents);
}
