import type { CorpusEvent, EventType, Language } from '../../model/corpus-schema.ts';
import { compareEvents } from '../../model/event-order.ts';
import { collatorFor } from './filter-options.ts';

export const TABLE_COLUMNS = ['date', 'type', 'title', 'people'] as const;
/** A column of the list view. */
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/** Which column the list is sorted by, and which way. The values are those of `aria-sort`. */
export interface TableSort {
  column: TableColumn;
  direction: 'ascending' | 'descending';
}

export const DEFAULT_TABLE_SORT: TableSort = { column: 'date', direction: 'ascending' };

/** The sort after a click on `column`'s header: the other way round if it is already sorted by it. */
export function nextTableSort(sort: TableSort, column: TableColumn): TableSort {
  if (sort.column !== column) return { column, direction: 'ascending' };
  return { column, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** The text a column sorts by, in the UI language, as the reader sees it in the cell. */
export interface SortText {
  typeLabel: (type: EventType) => string;
  peopleText: (event: CorpusEvent) => string;
}

/**
 * `events` sorted by `sort`. Text columns compare with the UI language's collation; ties fall
 * back to date order, so that the order is total. Keys are computed once per event rather than
 * once per comparison, which matters at tens of thousands of events.
 */
export function sortTableEvents(
  events: readonly CorpusEvent[],
  sort: TableSort,
  lang: Language,
  text: SortText,
): CorpusEvent[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.column === 'date') return [...events].sort((a, b) => sign * compareEvents(a, b));
  const key = (event: CorpusEvent): string => {
    if (sort.column === 'type') return text.typeLabel(event.type);
    if (sort.column === 'title') return event.title[lang];
    return text.peopleText(event);
  };
  const collator = collatorFor(lang);
  return events
    .map((event) => ({ event, key: key(event) }))
    .sort((a, b) => sign * (collator.compare(a.key, b.key) || compareEvents(a.event, b.event)))
    .map(({ event }) => event);
}
