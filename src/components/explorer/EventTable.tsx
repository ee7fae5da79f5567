import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addLaterWords } from '../../i18n/later-words.ts';
import { formatEventDate } from '../../i18n/format-date.ts';
import type { Corpus, Language } from '../../model/corpus-schema.ts';
import { dateAt, idAt, peopleAt, typeAt, type EventIndex } from '../../model/event-index.ts';
import type { EventTexts } from '../../model/event-texts.ts';
import type { TimeWindow } from '../../model/time-scale.ts';
import { useLoadedEvents } from '../../hooks/use-loaded-events.ts';
import { useLocale } from '../../hooks/use-locale.ts';
import { useTextsVersion } from '../../hooks/use-texts.ts';
import { EventDateText } from '../EventDateText.tsx';
import { EventTypeIcon } from '../EventTypeIcon.tsx';
import { EventTypeLabel } from '../EventTypeLabel.tsx';
import { DEFAULT_TABLE_SORT, nextTableSort, sortTablePositions, TABLE_COLUMNS, type TableSort } from './table-sort.ts';

/** Rows drawn at most: past this the table says so and asks for narrower filters. */
export const TABLE_ROW_LIMIT = 500;
/**
 * Sorting by title needs every listed event's title: it is offered while they are in a few
 * shards (a few weeks of a large corpus, or a small one whole), and they are brought in for it.
 */
export const TITLE_SORT_SHARDS = 8;
/** Sorting by people compares names event by event: offered up to this many events. */
export const PEOPLE_SORT_LIMIT = 200_000;

interface EventTableProps {
  /** Every event's skeleton. */
  index: EventIndex;
  /** The events' texts: the listed rows' titles are asked for as they are drawn. */
  texts: EventTexts;
  /** The positions of the events to list (those shown in the period), in time order. */
  positions: readonly number[];
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

const NO_POSITIONS: readonly number[] = [];

/**
 * The list view: a sortable table of the filtered events (date, type, title, people). Dates, types
 * and people come with every event's skeleton; the titles of the rows drawn are brought in by
 * shard, the row showing its type until its title comes.
 */
export function EventTable({
  index,
  texts,
  positions,
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
  useTextsVersion(texts);
  const [ownSort, setOwnSort] = useState(DEFAULT_TABLE_SORT);
  const sort = controlledSort ?? ownSort;
  const captionId = useId();
  const names = useMemo(() => new Map(corpus.people.map((p) => [p.id, p.name])), [corpus]);
  const list = useMemo(() => new Intl.ListFormat(lang, { type: 'conjunction' }), [lang]);
  const personName = useMemo(() => (id: string) => names.get(id)?.[lang] ?? id, [names, lang]);

  // A sort that would need too much falls back to date order, and says so.
  const fits =
    sort.column === 'title'
      ? texts.shardsOf(positions) <= TITLE_SORT_SHARDS
      : sort.column !== 'people' || positions.length <= PEOPLE_SORT_LIMIT;
  const wanted = fits ? sort : DEFAULT_TABLE_SORT;
  const languages = useMemo<readonly Language[]>(() => [lang], [lang]);
  const titles = useLoadedEvents(texts, wanted.column === 'title' ? positions : NO_POSITIONS, languages, Infinity);
  const titlesIn = wanted.column !== 'title' || titles.status === 'ready';
  const applied = titlesIn ? wanted : DEFAULT_TABLE_SORT;
  const sorted = useMemo(() => {
    const titleOf = new Map<number, string>();
    if (titles.status === 'ready' && applied.column === 'title')
      titles.events.forEach((event, k) => titleOf.set(positions[k]!, event.title[lang]));
    return sortTablePositions(positions, applied, index, lang, {
      typeLabel: (type) => t(`eventType.${type}`),
      personName,
      title: (position) => titleOf.get(position) ?? '',
    });
  }, [positions, applied, index, lang, t, personName, titles]);
  const rows = useMemo(() => sorted.slice(0, rowLimit), [sorted, rowLimit]);
  useEffect(() => {
    for (const position of rows) texts.want(position, lang);
  }, [rows, texts, lang]);
  const waitingRows = rows.some((position) => !texts.at(position, lang));

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

  if (positions.length === 0)
    return (
      <div className="space-y-2 py-6">
        {periodNote}
        <p className="text-zinc-600 dark:text-zinc-400">{t('explorer.table.empty')}</p>
      </div>
    );

  return (
    <div className="space-y-2">
      {periodNote}
      {!fits && (
        <p
          role="status"
          className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50"
        >
          {t('explorer.table.sortNarrow', { column: t(`explorer.table.${sort.column}`) })}
        </p>
      )}
      {(!titlesIn || waitingRows) && (
        <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
          {t(titlesIn ? 'explorer.table.loadingRows' : 'explorer.table.loadingTitles')}
        </p>
      )}
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
                aria-sort={applied.column === column ? applied.direction : undefined}
                className="p-0 text-start font-semibold"
              >
                <button
                  type="button"
                  onClick={() => changeSort(column)}
                  className="inline-flex min-h-10 w-full items-center gap-1 px-2 text-start hover:bg-zinc-100 touch:min-h-11 dark:hover:bg-zinc-800"
                >
                  {t(`explorer.table.${column}`)}
                  <span aria-hidden="true" className="text-xs text-zinc-500">
                    {applied.column === column ? (applied.direction === 'ascending' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((position) => {
            const id = idAt(index, position);
            const event = texts.at(position, lang);
            const selected = id === selectedId;
            return (
              <tr
                key={id}
                data-event-id={id}
                aria-current={selected ? 'true' : undefined}
                aria-busy={event ? undefined : 'true'}
                className={`border-b border-zinc-200 align-top dark:border-zinc-800 ${selected ? 'bg-sky-50 dark:bg-sky-950' : ''}`}
              >
                <td
                  className={`border-s-4 px-2 py-2 ${selected ? 'border-s-sky-700 dark:border-s-sky-300' : 'border-s-transparent'}`}
                >
                  <EventDateText date={dateAt(index, position)} />
                </td>
                <td className="px-2 py-2">
                  <span className="inline-flex items-center gap-1.5">
                    <EventTypeIcon type={typeAt(index, position)} />
                    {/* On a phone the shape alone fits; the name is still read out. */}
                    <span className="max-sm:sr-only">{t(`eventType.${typeAt(index, position)}`)}</span>
                  </span>
                </td>
                <td className="px-0 py-0.5">
                  <button
                    type="button"
                    onClick={(e) => onSelect(id, e.currentTarget)}
                    className="min-h-10 w-full rounded-md px-2 py-1.5 text-start font-medium text-sky-800 underline decoration-1 underline-offset-2 hover:decoration-2 touch:min-h-11 dark:text-sky-300"
                  >
                    {/* Its type until its title comes in with its shard. */}
                    {event ? event.title[lang] : <EventTypeLabel type={typeAt(index, position)} />}
                  </button>
                </td>
                <td className="px-2 py-2">{list.format(peopleAt(index, position).map(personName))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
