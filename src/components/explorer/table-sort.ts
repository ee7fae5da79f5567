import type { EventType, Language } from '../../model/corpus-schema.ts';
import { typeAt, type EventIndex } from '../../model/event-index.ts';
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

/** What the text columns sort by, in the UI language, as the reader sees it in the cell. */
export interface SortText {
  typeLabel: (type: EventType) => string;
  /** A person's name. */
  personName: (id: string) => string;
  /** The title of the event at a position (every listed event's, when sorting by title). */
  title: (position: number) => string;
}

/**
 * The positions (in time order) sorted by `sort`. Text columns compare with the UI language's
 * collation, people by their names one after another; ties fall back to date order, so that the
 * order is total. Keys come from the skeleton (a type's name, each person's rank among the
 * names) or are read once per event, never once per comparison.
 */
export function sortTablePositions(
  positions: readonly number[],
  sort: TableSort,
  index: EventIndex,
  lang: Language,
  text: SortText,
): number[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.column === 'date') return sign > 0 ? [...positions] : [...positions].reverse();
  const collator = collatorFor(lang);
  if (sort.column === 'people') {
    const rank = ranks(index.personIds.map(text.personName), collator);
    const { personStart, personRefs } = index;
    const compare = (a: number, b: number) => {
      for (let i = personStart[a]!, j = personStart[b]!; ; i++, j++) {
        const aDone = i === personStart[a + 1];
        const bDone = j === personStart[b + 1];
        if (aDone || bDone) return aDone && bDone ? 0 : aDone ? -1 : 1;
        const d = rank[personRefs[i]!]! - rank[personRefs[j]!]!;
        if (d !== 0) return d;
      }
    };
    return [...positions].sort((a, b) => sign * (compare(a, b) || a - b));
  }
  const keyOf = sort.column === 'type' ? (position: number) => text.typeLabel(typeAt(index, position)) : text.title;
  return positions
    .map((position) => ({ position, key: keyOf(position) }))
    .sort((a, b) => sign * (collator.compare(a.key, b.key) || a.position - b.position))
    .map(({ position }) => position);
}

/** Each name's place in collation order (equal names share one). */
function ranks(names: readonly string[], collator: Intl.Collator): number[] {
  const order = names.map((_, k) => k).sort((a, b) => collator.compare(names[a]!, names[b]!));
  const rank = new Array<number>(names.length);
  order.forEach((k, i) => {
    const previous = order[i - 1];
    rank[k] = previous !== undefined && collator.compare(names[previous]!, names[k]!) === 0 ? rank[previous]! : i;
  });
  return rank;
}
