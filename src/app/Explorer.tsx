import { memo, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterPanel } from '../components/explorer/FilterPanel.tsx';
import { hasActiveFilters } from '../components/explorer/filter-options.ts';
import { ResultCount } from '../components/explorer/ResultCount.tsx';
import { ViewCaption } from '../components/explorer/ViewCaption.tsx';
import { ViewControls } from '../components/explorer/ViewControls.tsx';
import { ExportMenu } from '../components/export/ExportMenu.tsx';
import { Timeline, type TimelineHandle } from '../components/timeline/Timeline.tsx';
import { formatNumber } from '../i18n/format-number.ts';
import { useAfterPaint } from '../hooks/use-after-paint.ts';
import { useFilters } from '../hooks/use-filters.ts';
import { useMediaQuery } from '../hooks/use-media-query.ts';
import { useSearchIndex } from '../hooks/use-search-index.ts';
import { useCanonicalLink, useViewState } from '../hooks/use-view-state.ts';
import { useTimelineController, useTimelineWindow } from '../hooks/use-timeline-controller.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { describeFilters } from '../i18n/describe-filters.ts';
import type { Language } from '../model/corpus-schema.ts';
import { idAt, skeletonAt } from '../model/event-index.ts';
import type { LoadedCorpus } from '../model/loaded-corpus.ts';
import { useTextsVersion } from '../hooks/use-texts.ts';
import { CorpusErrorView } from '../components/CorpusErrorView.tsx';
import { stepShown } from '../model/keyboard-navigation.ts';
import { applyFilters, type EventFilters, type FilterOutcome } from '../model/filter-events.ts';
import type { TimeWindow } from '../model/time-scale.ts';
import { positionsShownInWindow } from '../model/window-selection.ts';
import { hasSharePage, sharePagePath } from '../model/share-paths.ts';
import {
  DEFAULT_VIEW_STATE,
  reconcileViewState,
  type IgnoredParam,
  type LaneMode,
  type ViewMode,
} from '../model/view-state.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { EmbedBar, EventDetails, EventTable, FilterDrawer, LinkNotice, NetworkView } from './lazy-views.tsx';

const NO_PARAMS: readonly string[] = [];

/** Wide enough for the filters beside the events (Tailwind's lg); narrower, they open in a drawer. */
const WIDE = '(min-width: 64rem)';

interface ExplorerProps {
  /** The validated corpus to explore (a split one's texts may still be coming in). */
  corpus: LoadedCorpus;
  /** The UI language. */
  lang: Language;
  /** Reports the shown and total counts, for the header, and whether a search's answer is on its way. */
  onCounts?: (shown: number, total: number, searching: boolean) => void;
  /** Query parameters the host page uses itself (the benchmark's `n`): not reported as ignored. */
  ownParams?: readonly string[];
  /** The timeline's imperative handle, for the benchmark. */
  timelineRef?: React.RefObject<TimelineHandle | null>;
  /** The file name of a corpus the reader opened, for export names; absent for the bundled one. */
  corpusName?: string | undefined;
  /** Whether the build wrote share pages for this corpus's events (the bundled one in the app). */
  sharePages?: boolean;
  /**
   * The view alone, for a page that frames it (embed.html): no filter panel and no controls, the
   * filters said in a line of text, and a link that opens the whole view in Tarikh.
   */
  embedded?: boolean;
  /** Called after each commit in which the views show the view state as it is (no search still on its way). */
  onSettled?: () => void;
}

/**
 * The explorer: filters, the timeline or the list, and the selected event's details, all read
 * from and written to the URL, so that every view is a link. Memoized: the page around it renders
 * again when the counts it reports change (the header shows them), which changes nothing here,
 * and at 100,000 events a render of the whole explorer would stand between a query and its answer.
 */
export const Explorer = memo(function Explorer({
  corpus,
  lang,
  onCounts,
  ownParams = NO_PARAMS,
  timelineRef,
  corpusName,
  sharePages = false,
  embedded = false,
  onSettled,
}: ExplorerProps) {
  const { t } = useTranslation();
  const { state: linked, ignored, update } = useViewState();
  const { index, texts } = corpus;
  // Texts come in as views ask for them: the details, the list's rows, a failure to say.
  useTextsVersion(texts);
  const known = useMemo(
    () => ({
      countries: new Set(corpus.countries.map((c) => c.code)),
      people: new Set(corpus.people.map((p) => p.id)),
      events: index.ids,
    }),
    [corpus, index],
  );
  const { state, ignored: unknown } = useMemo(() => reconcileViewState(linked, known), [linked, known]);

  // What the opening link asked for that could not be used: said once, while the address bar
  // takes the link's canonical form.
  const [notice, setNotice] = useState<IgnoredParam[]>(() =>
    [...ignored, ...unknown].filter((item) => !(item.reason === 'unknown-parameter' && ownParams.includes(item.param))),
  );
  useCanonicalLink(known, ownParams);

  const filters = useFilters(state);
  const { answer, retry: retrySearch, intend: intendSearch } = useSearchIndex(corpus, filters.q);
  // While a search's answer is on its way (its index's words, or the parts it needs), the views
  // keep what they showed, and say that the search runs: never "nothing matches" meanwhile.
  const searching = answer.status === 'pending';
  const fresh = useMemo(
    () =>
      answer.status === 'pending' || answer.status === 'failed'
        ? null
        : applyFilters(index, filters, answer.status === 'ready' ? answer.passes : null),
    [index, filters, answer],
  );
  const [shownBefore, setShownBefore] = useState<FilterOutcome | null>(null);
  // Kept for the renders that wait for a search (React's way of holding on to an earlier render's result).
  if (fresh && fresh !== shownBefore) setShownBefore(fresh);
  // A link that opens on a search shows its other filters until the answer comes.
  const waiting = fresh ?? shownBefore;
  const beforeSearch = useMemo(
    () => (waiting ? null : applyFilters(index, { ...filters, q: '' }, null)),
    [waiting, index, filters],
  );
  const outcome = (waiting ?? beforeSearch)!;

  useEffect(() => onCounts?.(outcome.count, index.count, searching), [onCounts, outcome.count, index.count, searching]);
  useLayoutEffect(() => {
    if (fresh) onSettled?.();
  }, [onSettled, fresh, state]);

  const selected = state.event === undefined ? undefined : index.ids.positionOf(state.event);

  // The timeline's controller owns the visible window: it opens on the link's, and the URL
  // follows it once the reader moves the view.
  const controller = useTimelineController({
    window: linked.from && linked.to ? { from: linked.from, to: linked.to } : undefined,
    onCommit: (next) => update({ from: next.from, to: next.to }, 'replace'),
  });
  const lookup = useMemo(() => {
    const countries = new Map(corpus.countries.map((c) => [c.code, c.name[lang]]));
    const people = new Map(corpus.people.map((p) => [p.id, p]));
    return {
      countryName: (code: string) => countries.get(code) ?? code,
      personName: (id: string) => people.get(id)?.name[lang] ?? id,
      person: (id: string) => people.get(id),
    };
  }, [corpus, lang]);
  useLayoutEffect(() => {
    controller.setData({
      index,
      shown: outcome.shown,
      lanes: state.lanes,
      nameOf: state.lanes === 'person' ? lookup.personName : lookup.countryName,
      locale: lang,
      selected,
      dense: corpus.dense,
    });
  }, [controller, index, outcome.shown, state.lanes, lookup, lang, selected, corpus.dense]);
  const timeWindow = useTimelineWindow(controller);

  // The list, the network and their exports hold the link's window when it has one, else every
  // shown event; the timeline and its exports hold what it draws.
  const linkedWindow = useMemo<TimeWindow | undefined>(
    () => (state.from && state.to ? { from: state.from, to: state.to } : undefined),
    [state.from, state.to],
  );
  const viewWindow = state.view === 'timeline' ? timeWindow : linkedWindow;
  // Only the list reads the shown events' positions: no other view pays a pass over them.
  const listed = state.view === 'list';
  const listedPositions = useMemo(
    () => (listed ? positionsShownInWindow(index, outcome.shown, linkedWindow) : []),
    [listed, index, outcome.shown, linkedWindow],
  );
  // The open event's texts, for the page's title (the details ask for them).
  const selectedEvent = selected === undefined ? undefined : texts.at(selected, lang);
  // The details' place among the shown events, and their neighbours, only while they are open.
  const { place, previous, next } = useMemo(() => {
    if (selected === undefined || !outcome.shown[selected]) return { place: -1 };
    let before = 0;
    for (let i = 0; i < selected; i++) before += outcome.shown[i]!;
    return {
      place: before,
      previous: stepShown(outcome.shown, selected, -1),
      next: stepShown(outcome.shown, selected, 1),
    };
  }, [selected, outcome.shown]);

  const filterWords = useMemo(() => describeFilters(filters, lookup, lang, t), [filters, lookup, lang, t]);
  usePageTitle({
    skeleton: selected === undefined ? undefined : skeletonAt(index, selected),
    event: selectedEvent,
    filters: filterWords,
    lang,
  });

  // The control that opened the details, to give focus back to when they close.
  const [opener, setOpener] = useState<HTMLElement | SVGElement | null>(null);
  // The caller (the benchmark) drives the timeline as its buttons do.
  useImperativeHandle(timelineRef, () => controller, [controller]);
  const select = useCallback(
    (id: string, from: HTMLElement | SVGElement | null) => {
      if (from) setOpener(from);
      update({ event: id }, 'push');
    },
    [update],
  );
  const walk = (to: number) => () => update({ event: idAt(index, to) }, 'push');
  const changeFilters = (next: EventFilters, how: 'push' | 'replace') =>
    update({ countries: [...next.countries], people: [...next.people], types: [...next.types], q: next.q }, how);
  const clearFilters = () => update({ countries: [], people: [], types: [], q: '' }, 'push');
  const closeDetails = () => update({ event: undefined }, 'push');
  const showAllDates = () => update({ from: undefined, to: undefined }, 'push');
  // Stable, so that the view controls are not drawn again on every frame of a zoom.
  const changeView = useCallback((view: ViewMode) => update({ view }, 'push'), [update]);
  const changeLanes = useCallback((lanes: LaneMode) => update({ lanes }, 'push'), [update]);

  const wide = useMediaQuery(WIDE);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const activeFilters = filters.countries.length + filters.people.length + filters.types.length + (filters.q ? 1 : 0);
  // The facets' counts follow once the events are painted, in a render of their own that gives
  // way to a keystroke or a tick: neither waits for an option's count.
  const facetOutcome = useAfterPaint(outcome);
  const filterPanel = (
    <ErrorBoundary area="filters" onReset={clearFilters}>
      <FilterPanel
        corpus={corpus}
        index={index}
        outcome={facetOutcome}
        filters={filters}
        onChange={changeFilters}
        onClear={clearFilters}
        onSearchIntent={intendSearch}
      />
    </ErrorBoundary>
  );

  const exportMenu = (
    <ExportMenu
      corpus={corpus}
      index={index}
      texts={texts}
      shown={outcome.shown}
      window={viewWindow}
      filters={filters}
      lang={lang}
      timelineShown={state.view === 'timeline'}
      corpusName={corpusName}
    />
  );

  return (
    <div
      className={`mx-auto max-w-7xl ${embedded ? 'space-y-2 p-2' : 'space-y-3 px-4 py-3 sm:space-y-4 sm:py-4'} ${selected !== undefined ? 'max-lg:pb-[65dvh] print:pb-4' : ''}`}
    >
      {/* On paper, the filter panel is not there to say what the view holds. */}
      {!embedded && (
        <ViewCaption filters={filterWords} period={viewWindow} className="hidden font-medium print:block" />
      )}
      {notice.length > 0 && <LinkNotice ignored={notice} onDismiss={() => setNotice([])} />}
      {texts.failures().map(({ file, error }) => (
        <CorpusErrorView key={file} error={error} part={file} onRetry={texts.retry} />
      ))}
      {answer.status === 'failed' && <CorpusErrorView error={answer.error} part="search" onRetry={retrySearch} />}
      <div
        className={
          embedded
            ? 'grid gap-4 xl:has-[>[data-details]]:grid-cols-[minmax(0,1fr)_22rem]'
            : 'grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)] xl:has-[>[data-details]]:grid-cols-[17rem_minmax(0,1fr)_22rem]'
        }
      >
        {embedded ? null : wide ? (
          <aside aria-label={t('explorer.filters.heading')} className="min-w-0 lg:row-span-2">
            {filterPanel}
          </aside>
        ) : (
          <FilterDrawer
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            count={<ResultCount shown={outcome.count} total={index.count} searching={searching} />}
          >
            {filterPanel}
          </FilterDrawer>
        )}
        <div className={`min-w-0 ${embedded ? 'space-y-2' : 'space-y-3 sm:space-y-4'}`}>
          {embedded ? (
            <EmbedBar filters={filterWords} period={linkedWindow} />
          ) : (
            <div className="flex flex-wrap items-end gap-x-2 gap-y-2 sm:gap-x-4">
              {!wide && (
                <button
                  type="button"
                  aria-haspopup="dialog"
                  onClick={() => setDrawerOpen(true)}
                  className="inline-flex min-h-11 items-center gap-2 rounded-md border border-zinc-300 bg-white px-4 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800"
                >
                  {t('explorer.filters.open')}
                  {hasActiveFilters(filters) && (
                    <span className="rounded-full bg-sky-800 px-2 text-sm text-white dark:bg-sky-300 dark:text-zinc-950">
                      {t('explorer.filters.active', { n: formatNumber(activeFilters, lang) })}
                    </span>
                  )}
                </button>
              )}
              {/* Narrow, beside the filters' button, in the row it leaves free: the view's controls
                  take a row of their own there, and the timeline starts a row higher. */}
              {!wide && exportMenu}
              <ViewControls
                view={state.view}
                lanes={state.lanes}
                onViewChange={changeView}
                onLanesChange={changeLanes}
              />
              {wide && exportMenu}
            </div>
          )}
          {/* The skip link's target: the timeline's tab stop, or the list. */}
          <div id="events" tabIndex={-1}>
            <ErrorBoundary
              key={state.view}
              area={state.view}
              onReset={() => {
                update({ from: undefined, to: undefined, lanes: DEFAULT_VIEW_STATE.lanes }, 'push');
                controller.showWindow(undefined);
              }}
            >
              {state.view === 'timeline' ? (
                <Timeline
                  controller={controller}
                  index={index}
                  texts={texts}
                  lookup={lookup}
                  lang={lang}
                  onSelect={select}
                />
              ) : state.view === 'network' ? (
                <NetworkView
                  corpus={corpus}
                  index={index}
                  texts={texts}
                  shown={outcome.shown}
                  window={viewWindow}
                  lang={lang}
                  onFilterPerson={(id) => update({ people: [id] }, 'push')}
                  onFilterPair={(a, b) => update({ people: [a, b], types: ['call', 'meeting'], view: 'list' }, 'push')}
                  onFilterStatement={(speaker, country) =>
                    update({ people: [speaker], countries: [country], types: ['statement'], view: 'list' }, 'push')
                  }
                  onFilterCountry={(code) => update({ countries: [code] }, 'push')}
                />
              ) : (
                <EventTable
                  index={index}
                  texts={texts}
                  positions={listedPositions}
                  corpus={corpus}
                  selectedId={state.event}
                  onSelect={select}
                  period={linkedWindow}
                  onShowAllDates={showAllDates}
                />
              )}
            </ErrorBoundary>
          </div>
        </div>
        {selected !== undefined && (
          // A bottom sheet on a phone, below the events on a laptop, a side panel on a wide screen.
          <div
            data-details=""
            className="sheet max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-30 max-lg:max-h-[60dvh] max-lg:overflow-y-auto max-lg:overscroll-contain max-lg:rounded-t-2xl max-lg:shadow-[0_-4px_16px_rgb(0_0_0/0.2)] lg:col-start-2 xl:sticky xl:top-4 xl:col-start-3 xl:row-start-1 xl:max-h-[calc(100dvh-2rem)] xl:self-start xl:overflow-y-auto"
          >
            <ErrorBoundary area="details" onReset={closeDetails}>
              <EventDetails
                index={index}
                texts={texts}
                selected={selected}
                corpus={corpus}
                position={{ index: place, total: outcome.count }}
                onClose={closeDetails}
                onPrevious={previous === undefined ? undefined : walk(previous)}
                onNext={next === undefined ? undefined : walk(next)}
                onSelectRelated={(id) => update({ event: id }, 'push')}
                opener={opener}
                onOpenerGone={(id) => controller.focusEvent(id)}
                shareLink={
                  sharePages && hasSharePage(selected, index.count)
                    ? new URL(sharePagePath(lang, idAt(index, selected)), window.location.href).href
                    : undefined
                }
              />
            </ErrorBoundary>
          </div>
        )}
      </div>
    </div>
  );
});
