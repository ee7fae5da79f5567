import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EventDetails } from '../components/explorer/EventDetails.tsx';
import { EventTable } from '../components/explorer/EventTable.tsx';
import { FilterPanel } from '../components/explorer/FilterPanel.tsx';
import { ViewControls } from '../components/explorer/ViewControls.tsx';
import { LinkNotice } from '../components/LinkNotice.tsx';
import { Timeline, type TimelineHandle } from '../components/timeline/Timeline.tsx';
import { useViewState } from '../hooks/use-view-state.ts';
import type { Corpus, Language } from '../model/corpus-schema.ts';
import { buildEventIndex } from '../model/event-index.ts';
import { applyFilters, buildSearchIndex, type EventFilters, type SearchIndex } from '../model/filter-events.ts';
import { centreWindowOn, domainOfWindow, fitWindow, type TimeWindow } from '../model/time-scale.ts';
import { filtersOf, reconcileViewState, type IgnoredParam } from '../model/view-state.ts';

interface ExplorerProps {
  /** The validated corpus to explore. */
  corpus: Corpus;
  /** The UI language. */
  lang: Language;
  /** Reports the shown and total counts, for the header. */
  onCounts?: (shown: number, total: number) => void;
  /** Query parameters the host page uses itself (the benchmark's `n`): not reported as ignored. */
  ownParams?: readonly string[];
  /** The timeline's imperative handle, for the benchmark. */
  timelineRef?: React.Ref<TimelineHandle>;
}

/**
 * The explorer: filters, the timeline or the list, and the selected event's details, all read
 * from and written to the URL, so that every view is a link.
 */
export function Explorer({ corpus, lang, onCounts, ownParams = [], timelineRef }: ExplorerProps) {
  const { t } = useTranslation();
  const { state: linked, ignored, update } = useViewState();
  const index = useMemo(() => buildEventIndex(corpus), [corpus]);
  const known = useMemo(
    () => ({
      countries: new Set(corpus.countries.map((c) => c.code)),
      people: new Set(corpus.people.map((p) => p.id)),
      events: new Set(index.positionOf.keys()),
    }),
    [corpus, index],
  );
  const { state, ignored: unknown } = useMemo(() => reconcileViewState(linked, known), [linked, known]);

  // What the opening link asked for that could not be used: said once, then the link is tidied.
  const [notice, setNotice] = useState<IgnoredParam[]>(() =>
    [...ignored, ...unknown].filter((item) => !(item.reason === 'unknown-parameter' && ownParams.includes(item.param))),
  );
  const tidied = useRef(false);
  useEffect(() => {
    // Only on opening: later links come from the app itself.
    if (tidied.current) return;
    tidied.current = true;
    if (unknown.length > 0 || ignored.length > 0) update(state, 'replace');
  }, [unknown, ignored, state, update]);

  const filters = useMemo(() => filtersOf(state), [state]);
  // The search index costs a pass over every text: built on the first search, then kept.
  const searchIndexOnce = useMemo(() => {
    let built: SearchIndex | undefined;
    return () => (built ??= buildSearchIndex(index, corpus));
  }, [index, corpus]);
  const searchIndex = filters.q.trim() ? searchIndexOnce() : undefined;
  const outcome = useMemo(() => applyFilters(index, filters, searchIndex), [index, filters, searchIndex]);

  useEffect(() => onCounts?.(outcome.count, index.events.length), [onCounts, outcome.count, index.events.length]);

  const selected = state.event === undefined ? undefined : index.positionOf.get(state.event);
  const timeWindow = useMemo<TimeWindow>(() => {
    if (state.from && state.to) return { from: state.from, to: state.to };
    const fitted = fitWindow(index, outcome.shown);
    if (selected === undefined) return fitted;
    const { start, end } = domainOfWindow(fitted);
    return centreWindowOn(index, selected, end - start);
  }, [state.from, state.to, index, outcome.shown, selected]);

  const shownPositions = useMemo(() => {
    const positions: number[] = [];
    outcome.shown.forEach((flag, i) => flag && positions.push(i));
    return positions;
  }, [outcome.shown]);
  const shownEvents = useMemo(() => shownPositions.map((i) => index.events[i]!), [shownPositions, index]);
  const place = selected === undefined ? -1 : shownPositions.indexOf(selected);

  const lookup = useMemo(() => {
    const countries = new Map(corpus.countries.map((c) => [c.code, c.name[lang]]));
    const people = new Map(corpus.people.map((p) => [p.id, p.name[lang]]));
    return {
      countryName: (code: string) => countries.get(code) ?? code,
      personName: (id: string) => people.get(id) ?? id,
    };
  }, [corpus, lang]);

  // The control that opened the details, to give focus back to when they close.
  const [opener, setOpener] = useState<HTMLElement | SVGElement | null>(null);
  const select = useCallback(
    (id: string, from: HTMLElement | SVGElement | null) => {
      if (from) setOpener(from);
      update({ event: id }, 'push');
    },
    [update],
  );
  const walk = (to: number) => () => update({ event: index.events[shownPositions[to]!]!.id }, 'push');
  const changeFilters = (next: EventFilters, how: 'push' | 'replace') =>
    update({ countries: [...next.countries], people: [...next.people], types: [...next.types], q: next.q }, how);

  return (
    <div className="mx-auto max-w-7xl space-y-4 px-4 py-4">
      {notice.length > 0 && <LinkNotice ignored={notice} onDismiss={() => setNotice([])} />}
      <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <aside aria-label={t('explorer.filters.heading')} className="min-w-0">
          <FilterPanel
            corpus={corpus}
            index={index}
            outcome={outcome}
            filters={filters}
            onChange={changeFilters}
            onClear={() => update({ countries: [], people: [], types: [], q: '' }, 'push')}
          />
        </aside>
        <div className="min-w-0 space-y-4">
          <ViewControls
            view={state.view}
            lanes={state.lanes}
            onViewChange={(view) => update({ view }, 'push')}
            onLanesChange={(lanes) => update({ lanes }, 'push')}
          />
          {state.view === 'timeline' ? (
            <Timeline
              ref={timelineRef}
              index={index}
              shown={outcome.shown}
              lookup={lookup}
              lang={lang}
              window={timeWindow}
              onWindowChange={(next) => update({ from: next.from, to: next.to }, 'replace')}
              lanes={state.lanes}
              selectedId={state.event}
              onSelect={select}
            />
          ) : (
            <EventTable events={shownEvents} corpus={corpus} selectedId={state.event} onSelect={select} />
          )}
          {selected !== undefined && (
            <EventDetails
              event={index.events[selected]!}
              corpus={corpus}
              position={{ index: place, total: shownPositions.length }}
              onClose={() => update({ event: undefined }, 'push')}
              onPrevious={place > 0 ? walk(place - 1) : undefined}
              onNext={place >= 0 && place < shownPositions.length - 1 ? walk(place + 1) : undefined}
              onSelectRelated={(id) => update({ event: id }, 'push')}
              opener={opener}
            />
          )}
        </div>
      </div>
    </div>
  );
}
