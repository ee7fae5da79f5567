import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addLaterWords } from '../../i18n/later-words.ts';
import type { Corpus, CorpusEvent } from '../../model/corpus-schema.ts';
import { useLocale } from '../../hooks/use-locale.ts';
import { formatEventDate } from '../../i18n/format-date.ts';
import type { TimeWindow } from '../../model/time-scale.ts';
import { EventDateText } from '../EventDateText.tsx';
import { EventTypeIcon } from '../EventTypeIcon.tsx';
import { DEFAULT_TABLE_SORT, nextTableSort, sortTableEvents, TABLE_COLUMNS, type TableSort } from './table-sort.ts';

/** Rows drawn at most: past this the table says so and asks for narrower filters. */
export const TABLE_ROW_LIMIT = 500;

interface EventTableProps {
  /** The events that pass the filters. */
  events: readonly CorpusEvent[];
  /** Where people's names are looked up. */
  corpus: Pick<Corpus, 'people'>;
  /** The selected event's id, if any: its row is marked. */
  selectedId?: string | null | undefined;
  /** Called when a row's title is activated, with the button, to return focus to later. */
  onSelect: (id: string, element: HTMLElement) => void;
  /** The sort, when the owner keeps it (e.g. in the URL); otherwise the table keeps its own. */
  sort?: TableSort | undefined;
  /** Called with the new sort when a header is activated. */
  onSortChange?: ((sort: TableSort) => void) | undefined;
  /** Rows drawn at most; the default suits a phone and a slow laptop alike. */
  rowLimit?: number;
  /** The period the events were taken from (the link's window), said above the rows. */
  period?: TimeWindow | undefined;
  /** Lets the reader drop the period and list every date. */
  onShowAllDates?: (() => void) | undefined;
}

/** The list view: a sortable table of the filtered events (date, type, title, people). */
export function EventTable({
  events,
  corpus,
  selectedId,
  onSelect,
  sort: controlledSort,
  onSortChange,
  rowLimit = TABLE_ROW_LIMIT,
  period,
  onShowAllDates,
}: EventTableProps) {
  addLaterWords(useTranslation().i18n);
  const { t, lang } = useLocale();
  const [ownSort, setOwnSort] = useState(DEFAULT_TABLE_SORT);
  const sort = controlledSort ?? ownSort;
  const captionId = useId();
  const names = useMemo(() => new Map(corpus.people.map((p) => [p.id, p.name])), [corpus]);
  const list = useMemo(() => new Intl.ListFormat(lang, { type: 'conjunction' }), [lang]);
  const peopleText = useMemo(
    () => (event: CorpusEvent) => list.format(event.people.map((id) => names.get(id)?.[lang] ?? id)),
    [list, names, lang],
  );
  const sorted = useMemo(
    () => sortTableEvents(events, sort, lang, { typeLabel: (type) => t(`eventType.${type}`), peopleText }),
    [events, sort, lang, t, peopleText],
  );
  const rows = sorted.length > rowLimit ? sorted.slice(0, rowLimit) : sorted;

  const changeSort = (column: TableSort['column']) => {
    const next = nextTableSort(sort, column);
    if (!controlledSort) setOwnSort(next);
    onSortChange?.(next);
  };

  const periodNote = period && (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-700 dark:text-zinc-300">
      <span>
        {t('explorer.table.period', {
          period: formatEventDate({ start: period.from, end: period.to, precision: 'day', range: true }, lang),
        })}
      </span>
      {onShowAllDates && (
        <button
          type="button"
          onClick={onShowAllDates}
          className="min-h-9 rounded-md text-sky-800 underline decoration-1 underline-offset-2 hover:decoration-2 touch:min-h-11 dark:text-sky-300"
        >
          {t('explorer.table.allDates')}
        </button>
      )}
    </p>
  );

  if (events.length === 0)
    return (
      <div className="space-y-2 py-6">
        {periodNote}
        <p className="text-zinc-600 dark:text-zinc-400">{t('explorer.table.empty')}</p>
      </div>
    );

  return (
    <div className="space-y-2">
      {periodNote}
      {rows.length < sorted.length && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50">
          {t('explorer.table.truncated', { shown: rows.length, count: sorted.length })}
        </p>
      )}
      <table aria-labelledby={captionId} className="w-full border-collapse text-start text-sm">
        <caption id={captionId} className="pb-2 text-start text-sm text-zinc-600 dark:text-zinc-400">
          {t('explorer.table.caption')}
        </caption>
        <thead>
          <tr className="border-b border-zinc-300 dark:border-zinc-700">
            {TABLE_COLUMNS.map((column) => (
              <th
                key={column}
                scope="col"
                aria-sort={sort.column === column ? sort.direction : undefined}
                className="p-0 text-start font-semibold"
              >
                <button
                  type="button"
                  onClick={() => changeSort(column)}
                  className="inline-flex min-h-10 w-full items-center gap-1 px-2 text-start hover:bg-zinc-100 touch:min-h-11 dark:hover:bg-zinc-800"
                >
                  {t(`explorer.table.${column}`)}
                  <span aria-hidden="true" className="text-xs text-zinc-500">
                    {sort.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((event) => {
            const selected = event.id === selectedId;
            return (
              <tr
                key={event.id}
                data-event-id={event.id}
                aria-current={selected ? 'true' : undefined}
                className={`border-b border-zinc-200 align-top dark:border-zinc-800 ${selected ? 'bg-sky-50 dark:bg-sky-950' : ''}`}
              >
                <td
                  className={`border-s-4 px-2 py-2 ${selected ? 'border-s-sky-700 dark:border-s-sky-300' : 'border-s-transparent'}`}
                >
                  <EventDateText date={event.date} />
                </td>
                <td className="px-2 py-2">
                  <span className="inline-flex items-center gap-1.5">
                    <EventTypeIcon type={event.type} />
                    {/* On a phone the shape alone fits; the name is still read out. */}
                    <span className="max-sm:sr-only">{t(`eventType.${event.type}`)}</span>
                  </span>
                </td>
                <td className="px-0 py-0.5">
                  <button
                    type="button"
                    onClick={(e) => onSelect(event.id, e.currentTarget)}
                    className="min-h-10 w-full rounded-md px-2 py-1.5 text-start font-medium text-sky-800 underline decoration-1 underline-offset-2 hover:decoration-2 touch:min-h-11 dark:text-sky-300"
                  >
                    {event.title[lang]}
                  </button>
                </td>
                <td className="px-2 py-2">{peopleText(event)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
