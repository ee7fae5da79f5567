import {
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useElementWidth } from '../../hooks/use-element-width.ts';
import { useTimelineKeyboard } from '../../hooks/use-timeline-keyboard.ts';
import { useZoom, type WindowChange } from '../../hooks/use-zoom.ts';
import { formatEventDate } from '../../i18n/format-date.ts';
import type { Language } from '../../model/corpus-schema.ts';
import type { EventIndex } from '../../model/event-index.ts';
import type { EventTexts } from '../../model/event-texts.ts';
import {
  DEFAULT_LAYOUT,
  groupEvents,
  orderLanes,
  layoutLanes,
  layoutMilestones,
  type CountMark,
  type EventMark,
  type LaneMode,
} from '../../model/lane-layout.ts';
import {
  domainOfWindow,
  fitWindow,
  panBounds,
  windowOfDomain,
  type DayDomain,
  type TimeWindow,
} from '../../model/time-scale.ts';
import { laneGeometry, lanesInView, laneTop } from './lane-geometry.ts';
import { LANE_BAND_CLASS, PANEL_CLASS } from './mark-style.ts';
import { Overview } from './Overview.tsx';
import { TimelineAxis } from './TimelineAxis.tsx';
import { TimelineLegend } from './TimelineLegend.tsx';
import { TimelineMarks } from './TimelineMarks.tsx';
import { TimelineTooltip } from './TimelineTooltip.tsx';
import { ZoomControls } from './ZoomControls.tsx';
import { useMarkLabels } from './use-mark-labels.ts';
import { warmGesturePath, type GestureView } from './warm-gesture-path.ts';
import { bandPath, connectorPaths, gridPath, milestonePaths } from './timeline-paths.ts';

/** Names of lanes in the UI language. Keep it stable (memoized): lanes are re-sorted when it changes. */
export interface TimelineLookup {
  countryName(code: string): string;
  personName(id: string): string;
}

/** What the App (and benchmarks) can drive; each call goes through d3-zoom like a wheel turn. */
export interface TimelineHandle {
  /** Zooms about the centre: 2 shows half as many days. */
  zoomBy(factor: number, how?: WindowChange): void;
  /** Moves later in time (negative: earlier) by a share of the window. */
  panBy(fractionOfWindow: number, how?: WindowChange): void;
  /** Shows every shown event. */
  fitAll(): void;
  /** Gives focus to the event's mark once the timeline has been drawn again, revealing it if need be. */
  focusEvent(id: string): void;
}

export interface TimelineProps {
  /** Every event of the corpus. */
  index: EventIndex;
  /** The same events complete, for their titles (a split corpus brings them in after the rest). */
  texts: EventTexts;
  /** The filter result: only these are drawn. */
  shown: Uint8Array;
  /** Country and person names in the UI language. */
  lookup: TimelineLookup;
  /** The UI language; in Arabic time runs right to left. */
  lang: Language;
  /** The visible window (controlled): a change from outside moves the view without being echoed. */
  window: TimeWindow;
  /** Zoom and pan report 'continuous'; buttons, fit, counts and the end of a brush 'discrete'. */
  onWindowChange(window: TimeWindow, how: WindowChange): void;
  /** How events are grouped into lanes. */
  lanes: LaneMode;
  /** The event whose marks are highlighted. */
  selectedId?: string | undefined;
  /** A mark was clicked, tapped or activated from the keyboard; `opener` is the mark (an SVG element), to return focus to. */
  onSelect(id: string, opener: HTMLElement | SVGElement | null): void;
  /** Imperative zoom, for buttons elsewhere and benchmarks. */
  ref?: Ref<TimelineHandle>;
  /** A fixed width in pixels instead of the measured one (tests, benchmarks). */
  width?: number;
}

const AXIS_HEIGHT = 24;
// The lanes scroll inside this height, and only the lanes in it (and one either side) are drawn.
const MAX_HEIGHT = 480;
const MAX_DRAWN_LANES = 12;
const LANES = laneGeometry(DEFAULT_LAYOUT);
const STRIP_LAYOUT = { ...DEFAULT_LAYOUT, rows: 1 };
const STRIP = laneGeometry(STRIP_LAYOUT);

/**
 * The timeline: an axis, a milestone strip, lanes of marks and an overview with a brush. d3-zoom
 * owns the view (wheel, drag, pinch, buttons); the window is derived from its transform and
 * reported; the layout is computed by the model for what is in view and drawn with d3 joins.
 */
export function Timeline(props: TimelineProps) {
  const { index, texts, shown, lookup, lang, window, onWindowChange, lanes: mode, selectedId, onSelect, ref } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const descriptionId = useId();
  const root = useRef<HTMLElement>(null);
  const rtl = lang === 'ar';
  const plot = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scroller, props.width);
  const viewport = useMemo(() => ({ width, rtl }), [width, rtl]);
  const extent = useMemo(() => domainOfWindow(fitWindow(index, new Uint8Array(index.events.length).fill(1))), [index]);
  const bounds = useMemo(() => panBounds(extent), [extent]);
  const [scrollTop, setScrollTop] = useState(0);

  const {
    domain: zoomed,
    moving,
    zoomBy,
    panBy,
    showDomain,
  } = useZoom({
    surface: scroller,
    viewport,
    height: MAX_HEIGHT,
    window,
    bounds,
    onWindowChange,
    onVerticalDrag: (dy) => {
      if (scroller.current) scroller.current.scrollTop -= dy;
    },
  });
  const { start, end } = zoomed;
  const domain = useMemo(() => ({ start, end }), [start, end]);
  const domainRef = useRef(domain);
  useLayoutEffect(() => {
    domainRef.current = domain;
  });

  // Grouping touches every event: once per filter result. Ordering only sorts the lanes' names.
  const groups = useMemo(() => groupEvents(index, shown, mode), [index, shown, mode]);
  const laneSet = useMemo(
    () => orderLanes(groups, (key) => (mode === 'country' ? lookup.countryName(key) : lookup.personName(key)), lang),
    [groups, mode, lookup, lang],
  );
  const hasMilestones = groups.milestones.length > 0;
  const header = AXIS_HEIGHT + (hasMilestones ? STRIP.laneHeight : 0);
  const { first, last } = lanesInView(scrollTop, MAX_HEIGHT - header, laneSet.lanes.length, LANES, MAX_DRAWN_LANES);
  const layout = useMemo(
    () => layoutLanes(index, laneSet, domain, viewport, { first, last }),
    [index, laneSet, domain, viewport, first, last],
  );
  // Once drawn, the code of a gesture's frames runs ahead at other zooms (of the view as it is then).
  const gestureView = useRef<GestureView | null>(null);
  useLayoutEffect(() => {
    gestureView.current = { index, laneSet, domain, viewport, range: { first, last }, lang };
  });
  useEffect(() => warmGesturePath(() => gestureView.current!), [index]);
  const strip = useMemo(
    () => (hasMilestones ? layoutMilestones(index, laneSet, domain, viewport, STRIP_LAYOUT) : null),
    [hasMilestones, index, laneSet, domain, viewport],
  );

  const [hovered, setHovered] = useState<{
    position: number;
    x: number;
    top: number;
    bottom: number;
    domain: DayDomain;
  } | null>(null);
  const selected = selectedId === undefined ? undefined : index.positionOf.get(selectedId);
  const highlighted = useMemo(
    () => new Set([selected, hovered?.position].filter((p): p is number => p !== undefined)),
    [selected, hovered?.position],
  );
  const { describe, titleOf, typeOf, countText, countShort, nameCount, laneLabel, names } = useMarkLabels(
    index,
    texts,
    laneSet,
    lookup,
    lang,
  );
  const drawnLanes = useMemo(
    () =>
      laneSet.lanes
        .slice(first, last)
        .map((lane, i) => ({ index: first + i, key: lane.key, label: laneLabel(lane.key) })),
    [laneSet, first, last, laneLabel],
  );

  // Words that do not change as the view moves: made once, not on every frame of a gesture.
  const description = useMemo(
    () => `${t('timeline.description', { lanes: t(`timeline.lanesBy.${mode}`) })} ${t('timeline.keys')}`,
    [t, mode],
  );
  const zoomIn = useCallback(() => zoomBy(2, 'discrete'), [zoomBy]);
  const zoomOut = useCallback(() => zoomBy(0.5, 'discrete'), [zoomBy]);
  const fitAll = useCallback(
    () => showDomain(domainOfWindow(fitWindow(index, shown)), 'discrete'),
    [showDomain, index, shown],
  );
  // One tab stop, then the arrow keys; + and − zoom, 0 fits all.
  const { focusEvent } = useTimelineKeyboard({
    root,
    index,
    shown,
    laneSet,
    rtl,
    selectedId,
    domain,
    showDomain,
    fitAll,
    revealLane: (lane) => scroller.current?.scrollTo({ top: laneTop(lane, LANES) }),
  });
  useImperativeHandle(ref, () => ({ zoomBy, panBy, fitAll, focusEvent }), [zoomBy, panBy, fitAll, focusEvent]);

  const activate = useCallback(
    (mark: EventMark, element: SVGElement) => onSelect(index.events[mark.position]!.id, element),
    [index, onSelect],
  );
  const zoomToCount = useCallback(
    (count: CountMark) => {
      const pad = Math.max(1, (count.end - count.start) * 0.1);
      showDomain({ start: count.start - pad, end: count.end + pad }, 'discrete');
    },
    [showDomain],
  );
  const hover = useCallback((mark: EventMark | null, element: SVGElement | null) => {
    const base = plot.current?.getBoundingClientRect();
    const box = element?.getBoundingClientRect();
    if (!mark || !base || !box) return setHovered(null);
    setHovered({
      position: mark.position,
      x: box.left + box.width / 2 - base.left,
      top: box.top - base.top,
      bottom: box.bottom - base.top,
      domain: domainRef.current,
    });
  }, []);

  const lanesHeight = Math.max(1, laneSet.lanes.length) * LANES.laneHeight;
  const paths = connectorPaths(layout, LANES, highlighted);
  const [y0, y1] = [laneTop(first, LANES), laneTop(last, LANES)];
  const milestones = strip ? milestonePaths(strip, y0, y1) : null;
  const shownWindow = windowOfDomain(domain);
  // A tooltip belongs where its mark was: once the view moves, it goes until the pointer moves.
  const hoveredEvent = hovered?.domain === domain ? index.events[hovered.position] : undefined;
  const marks = {
    width,
    rtl,
    highlighted,
    describe,
    typeOf,
    countText,
    countShort,
    nameCount,
    labels: lang,
    names,
    moving,
  };

  return (
    <section
      ref={root}
      aria-labelledby={headingId}
      aria-describedby={descriptionId}
      className={`rounded-xl border border-zinc-200 p-3 dark:border-zinc-800 ${PANEL_CLASS}`}
    >
      <h2 id={headingId} className="sr-only">
        {t('timeline.label')}
      </h2>
      <p id={descriptionId} className="sr-only">
        {description}
      </p>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <ZoomControls onZoomIn={zoomIn} onZoomOut={zoomOut} onFitAll={fitAll} />
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          {t('timeline.window', {
            range: formatEventDate(
              { start: shownWindow.from, end: shownWindow.to, precision: 'day', range: true },
              lang,
            ),
          })}
        </p>
      </div>
      <div ref={plot} className="relative">
        <div
          ref={scroller}
          data-timeline-surface=""
          onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
          // Focus scrolls a mark into view below the sticky axis, not under it.
          style={{ maxHeight: MAX_HEIGHT, scrollPaddingBlockStart: header }}
          className="cursor-grab touch-pan-y overflow-x-hidden overflow-y-auto overscroll-contain select-none active:cursor-grabbing"
        >
          <div className={`sticky top-0 z-10 ${PANEL_CLASS}`}>
            <TimelineAxis domain={domain} viewport={viewport} lang={lang} height={AXIS_HEIGHT} />
            {strip && (
              <TimelineMarks
                {...marks}
                lanes={[{ index: 0, key: 'milestones', label: t('timeline.milestones') }]}
                layout={strip}
                geometry={STRIP}
                height={STRIP.laneHeight}
                onActivate={activate}
                onActivateCount={zoomToCount}
                onHover={hover}
              />
            )}
          </div>
          {laneSet.lanes.length === 0 && !strip ? (
            <p className="px-2 py-6 text-center text-sm text-zinc-600 dark:text-zinc-400">{t('timeline.empty')}</p>
          ) : (
            <TimelineMarks
              {...marks}
              lanes={drawnLanes}
              layout={layout}
              geometry={LANES}
              height={lanesHeight}
              onActivate={activate}
              onActivateCount={zoomToCount}
              onHover={hover}
            >
              <path d={bandPath({ first, last }, LANES, width)} className={LANE_BAND_CLASS} />
              <path d={gridPath(domain, viewport, y0, y1)} className="stroke-zinc-200 dark:stroke-zinc-800" />
              {milestones && (
                <>
                  <path d={milestones.bands} className="fill-violet-700/10 dark:fill-violet-300/10" />
                  <path
                    d={milestones.lines}
                    strokeDasharray="3 3"
                    className="stroke-violet-700 dark:stroke-violet-300"
                  />
                </>
              )}
              <path d={paths.all} className="stroke-zinc-400 dark:stroke-zinc-500" />
              <path d={paths.highlighted} strokeWidth={2} className="stroke-zinc-950 dark:stroke-white" />
            </TimelineMarks>
          )}
        </div>
        {hovered && hoveredEvent && (
          <TimelineTooltip
            title={titleOf(hovered.position).title}
            date={formatEventDate(hoveredEvent.date, lang)}
            anchor={hovered}
            containerWidth={width}
            rtl={rtl}
          />
        )}
      </div>
      <Overview
        index={index}
        shown={shown}
        extent={extent}
        domain={domain}
        viewport={viewport}
        lang={lang}
        onPreview={(next: DayDomain) => showDomain(next, 'preview')}
        onChoose={(next: DayDomain) => showDomain(next, 'discrete')}
      />
      <div className="mt-3">
        <TimelineLegend />
      </div>
    </section>
  );
}
