import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef } from 'react';
import type { Corpus, EventType } from '../../model/corpus-schema.ts';
import type { EventIndex } from '../../model/event-index.ts';
import type { EventFilters, FilterOutcome } from '../../model/filter-events.ts';
import { useLocale } from '../../hooks/use-locale.ts';
import { EventTypeLabel } from '../EventTypeLabel.tsx';
import { FacetGroup } from './FacetGroup.tsx';
import { countryOptions, hasActiveFilters, toggleValue, typeOptions, type FacetOption } from './filter-options.ts';
import { PersonFacet } from './PersonFacet.tsx';
import { SearchBox } from './SearchBox.tsx';

/** How a change enters the history: a new entry (a tick), or in place (each keystroke of a search). */
export type HistoryMode = 'push' | 'replace';

interface FilterPanelProps {
  /** Names of countries and people, and people's aliases. */
  corpus: Pick<Corpus, 'people' | 'countries'>;
  /** The countries and people that events refer to: the facets' options. */
  index: EventIndex;
  /** The filters' result, whose faceted counts the options show. */
  outcome: FilterOutcome;
  /** The filters now (from the URL). */
  filters: EventFilters;
  /** Called with the filters the reader asked for, and how to record the change. */
  onChange: (next: EventFilters, how: HistoryMode) => void;
  /** Called to remove every filter at once. */
  onClear: () => void;
  /** Called when the reader comes to the search box: its index may be fetched. */
  onSearchIntent?: () => void;
}

/**
 * The filters: free text, event types, countries and people, each option with its faceted count.
 * Hundreds of options: the panel renders again only when its data changes, not on every change
 * of the view around it (a zoom frame changes the URL, and so re-renders the explorer).
 */
export function FilterPanel(props: FilterPanelProps) {
  // The callbacks reach the panel through stable functions that call the latest ones, so that a
  // parent's new closures do not count as a change, and a memoized panel never calls stale ones.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const onChange = useCallback((next: EventFilters, how: HistoryMode) => latest.current.onChange(next, how), []);
  const onClear = useCallback(() => latest.current.onClear(), []);
  const onSearchIntent = useCallback(() => latest.current.onSearchIntent?.(), []);
  return <MemoizedPanel {...props} onChange={onChange} onClear={onClear} onSearchIntent={onSearchIntent} />;
}

const MemoizedPanel = memo(function FilterPanelBody({
  corpus,
  index,
  outcome,
  filters,
  onChange,
  onClear,
  onSearchIntent,
}: FilterPanelProps) {
  const { t, lang } = useLocale();
  const headingId = useId();
  // The facets' counts may lag the filters by a frame (the explorer gives them once the events
  // are painted); the ticks follow the filters at once.
  const { countries: chosenCountries, people: chosenPeople, types: chosenTypes } = filters;
  const countries = useMemo(
    () => countryOptions(corpus, index, outcome, chosenCountries, lang),
    [corpus, index, outcome, chosenCountries, lang],
  );
  const types = useMemo(
    () => typeOptions(outcome, chosenTypes, (type) => t(`eventType.${type}`)),
    [outcome, chosenTypes, t],
  );
  // Stable toggles, reading the filters at the time of the click: a keystroke in the search box
  // changes the filters but must not draw the facets again.
  const current = useRef(filters);
  useLayoutEffect(() => {
    current.current = filters;
  });
  const toggle = useCallback(
    <K extends 'countries' | 'people' | 'types'>(key: K, value: EventFilters[K][number], on: boolean) =>
      onChange({ ...current.current, [key]: toggleValue(current.current[key] as string[], value, on) }, 'push'),
    [onChange],
  );
  const toggleType = useCallback((type: EventType, on: boolean) => toggle('types', type, on), [toggle]);
  const toggleCountry = useCallback((code: string, on: boolean) => toggle('countries', code, on), [toggle]);
  const togglePerson = useCallback((id: string, on: boolean) => toggle('people', id, on), [toggle]);

  return (
    <form
      role="search"
      aria-labelledby={headingId}
      // Filters apply as they change; Enter in a search box must not reload the page.
      onSubmit={(e) => e.preventDefault()}
      className="space-y-5"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {t('explorer.filters.heading')}
        </h2>
        <button
          type="button"
          onClick={onClear}
          disabled={!hasActiveFilters(filters)}
          className="min-h-9 rounded-md border border-zinc-300 px-3 text-sm font-medium hover:bg-zinc-100 disabled:cursor-not-allowed disabled:opacity-50 disabled:hover:bg-transparent touch:min-h-11 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          {t('explorer.filters.clear')}
        </button>
      </div>
      <SearchBox
        label={t('explorer.filters.query')}
        hint={t('explorer.filters.queryHint')}
        value={filters.q}
        onChange={(q) => onChange({ ...filters, q }, 'replace')}
        onIntent={onSearchIntent}
      />
      <FacetGroup<EventType>
        legend={t('explorer.filters.types')}
        options={types}
        onToggle={toggleType}
        renderLabel={typeLabel}
      />
      <FacetGroup legend={t('explorer.filters.countries')} options={countries} onToggle={toggleCountry} />
      <PersonFacet corpus={corpus} index={index} outcome={outcome} selected={chosenPeople} onToggle={togglePerson} />
    </form>
  );
});

function typeLabel(option: FacetOption<EventType>) {
  return <EventTypeLabel type={option.value} />;
}
