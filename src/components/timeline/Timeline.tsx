import { lazy, memo, Suspense, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useElementWidth } from '../../hooks/use-element-width.ts';
import { useTextsVersion } from '../../hooks/use-texts.ts';
import { useTimelineSnapshot } from '../../hooks/use-timeline-controller.ts';
import { findItem, useTimelineKeyboard } from '../../hooks/use-timeline-keyboard.ts';
import { useZoomGestures } from '../../hooks/use-zoom-gestures.ts';
import { formatEventDate } from '../../i18n/format-date.ts';
import { fromDayNumber } from '../../model/calendar-date.ts';
import type { Language } from '../../model/corpus-schema.ts';
import { idAt, skeletonAt, typeAt, type EventIndex } from '../../model/event-index.ts';
import type { EventTexts } from '../../model/event-texts.ts';
import { DEFAULT_LAYOUT, type CountMark, type EventMark, type LaneLayout } from '../../model/lane-layout.ts';
import { windowOfDomain, type DayDomain } from '../../model/time-scale.ts';
import type { TimelineController } from '../../model/timeline-controller.ts';
import type { ZoomTransform } from 'd3-zoom';
import type { CountItem } from './CountPopover.tsx';
import type { DrawnLane } from './draw-marks.ts';
import { AXIS_HEIGHT } from './lane-geometry.ts';
import { MarkWords, type TimelineLookup } from './mark-words.ts';
import { createTextMeasure } from './measure-text.ts';
import { requestGestureDrawing } from './gesture-drawing.ts';
import { LANE_BAND_CLASS, PANEL_CLASS } from './mark-style.ts';
import { Overview } from './Overview.tsx';
import { TimelineAxis } from './TimelineAxis.tsx';
import { TimelineLegend } from './TimelineLegend.tsx';
import { TimelineMarks } from './TimelineMarks.tsx';
import { ZoomControls } from './ZoomControls.tsx';
import { warmGesturePath } from './warm-gesture-path.ts';
import { bandPath, connectorPaths, gridPath, milestonePaths } from './timeline-paths.ts';

export type { TimelineLookup } from './mark-words.ts';

/** What the App (and benchmarks) can drive: the controller's own commands. */
export type TimelineHandle = Pick<TimelineController, 'zoomBy' | 'panBy' | 'fitAll' | 'focusEvent'>;

export interface TimelineProps {
  /** Owns the window, the layout and the keyboard's place; the explorer makes it. */
  controller: TimelineController;
  /** Every event of the corpus. */
  index: EventIndex;
  /** The same events complete, for their titles (a split corpus brings them in after the rest). */
  texts: EventTexts;
  /** Country and person names in the UI language. */
  lookup: TimelineLookup;
  /** The UI language; in Arabic time runs right to left. */
  lang: Language;
  /** A mark was clicked, tapped, activated from the keyboard, or picked from a count's list. */
  onSelect(id: string, opener: HTMLElement | SVGElement | null): void;
  /** A fixed width in pixels instead of the measured one (tests, benchmarks). */
  width?: number;
}

// A count's list is opened now and then, not on the first view: its code is a chunk of its own.
const CountPopover = lazy(() => import('./CountPopover.tsx').then((m) => ({ default: m.CountPopover })));
// A mark's tooltip shows on the first hover, a few milliseconds after its chunk is fetched.
const TimelineTooltip = lazy(() => import('./TimelineTooltip.tsx').then((m) => ({ default: m.TimelineTooltip })));

// A count may stand for thousands of events: its list shows the first of them and says so.
const MAX_LISTED = 50;

// How long the hint on zooming stays after a plain turn of the wheel.
const HINT_MS = 1500;
const LABEL_FONT_SIZE = 11;

interface Hovered {
  position: number;
  x: number;
  top: number;
  bottom: number;
  /** The view it was shown in: the tooltip goes when the view moves. */
  transform: ZoomTransform;
}

interface OpenCount {
  key: string;
  /** How many events the count stands for: the list shows the first MAX_LISTED. */
  total: number;
  /** The view it was opened in: the list goes when the view moves. */
  transform: ZoomTransform;
  items: CountItem[];
  heading: string;
  start: number;
  end: number;
  anchor: { x: number; bottom: number };
}

/**
 * The timeline: an axis, a milestone strip, lanes of marks and an overview with a brush, drawn
 * from the controller's snapshot. d3-zoom reports gestures to the controller; the marks are drawn
 * with d3 joins (a canvas while the view moves); the lanes are as tall as their rows, so every
 * lane is on the page, and no box of its own scrolls them. Its own snapshot drives its renders:
 * the explorer's (a new window in the URL, the facets' counts) do not draw it again.
 */
export const Timeline = memo(function Timeline({
  controller,
  index,
  texts,
  lookup,
  lang,
  onSelect,
  width: fixedWidth,
}: TimelineProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const descriptionId = useId();
  const root = useRef<HTMLElement>(null);
  const plot = useRef<HTMLDivElement>(null);
  const surface = useRef<HTMLDivElement>(null);
  const rtl = lang === 'ar';
  const width = useElementWidth(surface, fixedWidth);
  const snapshot = useTimelineSnapshot(controller);
  const { domain, layout, strip, laneSet, moving, tabStop, selected } = snapshot;

  useLayoutEffect(() => controller.setViewport({ width, rtl }), [controller, width, rtl]);

  // The words of the marks, for this language and these texts: labels take their room in the layout.
  const version = useTextsVersion(texts);
  const measure = useMemo(() => createTextMeasure(LABEL_FONT_SIZE), []);
  const words = useMemo(
    () => new MarkWords({ index, texts, lookup, lang, t, measure, version }),
    [index, texts, lookup, lang, t, measure, version],
  );
  useLayoutEffect(() => controller.setLabels(words.labelWidth), [controller, words]);

  const [hint, setHint] = useState(false);
  const hintTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const showHint = useCallback(() => {
    setHint(true);
    clearTimeout(hintTimer.current);
    hintTimer.current = setTimeout(() => setHint(false), HINT_MS);
  }, []);
  useEffect(() => () => clearTimeout(hintTimer.current), []);
  useZoomGestures(surface, controller, showHint);
  // The canvas that draws a gesture's frames is fetched when a reader comes to the timeline.
  useEffect(() => {
    const node = root.current;
    const events = ['pointerenter', 'touchstart', 'focusin'] as const;
    events.forEach((type) => node?.addEventListener(type, requestGestureDrawing, { once: true, passive: true }));
    return () => events.forEach((type) => node?.removeEventListener(type, requestGestureDrawing));
  }, []);
  useTimelineKeyboard(root, controller, snapshot, rtl);
  // Once drawn, a gesture's code runs ahead at other zooms, so the first zoom finds it warm.
  useEffect(() => warmGesturePath(controller, lang), [controller, index, lang]);

  const [hovered, setHovered] = useState<Hovered | null>(null);
  const [openCount, setOpenCount] = useState<OpenCount | null>(null);
  const viewport = snapshot.viewport;
  const stripHeight = strip?.height ?? 0;
  const lanesTop = AXIS_HEIGHT + stripHeight;

  const eventOf = useCallback(
    (position: number) => ({ id: idAt(index, position), type: typeAt(index, position) }),
    [index],
  );
  const drawnLanes = useCallback(
    (part: LaneLayout, name: (key: string) => string): DrawnLane[] =>
      part.lanes.map((lane, i) => ({ index: i, key: lane.key, name: name(lane.key), top: lane.top, rows: lane.rows })),
    [],
  );
  const lanes = useMemo(
    () => (laneSet ? drawnLanes(layout, (key) => words.laneName(key, laneSet)) : []),
    [drawnLanes, layout, laneSet, words],
  );
  const stripLanes = useMemo(
    () => (strip ? drawnLanes(strip, () => t('timeline.milestones')) : []),
    [drawnLanes, strip, t],
  );

  const activate = useCallback(
    (mark: EventMark, element: SVGElement) => onSelect(idAt(index, mark.position), element),
    [index, onSelect],
  );
  const openList = useCallback(
    (count: CountMark, element: SVGElement) => {
      const base = plot.current?.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      const positions = controller.eventsOfCount(count.key);
      const items = positions.slice(0, MAX_LISTED).map((position) => {
        const event = skeletonAt(index, position);
        return {
          id: event.id,
          type: event.type,
          date: formatEventDate(event.date, lang),
          title: words.title(position).title,
        };
      });
      const range = formatEventDate(
        { start: fromDayNumber(count.start), end: fromDayNumber(count.end - 1), precision: 'day', range: true },
        lang,
      );
      setOpenCount({
        key: count.key,
        transform: controller.getSnapshot().transform,
        items,
        total: positions.length,
        heading: t('timeline.countList.heading', { count: positions.length, range }),
        start: count.start,
        end: count.end,
        anchor: { x: box.left + box.width / 2 - (base?.left ?? 0), bottom: box.bottom - (base?.top ?? 0) },
      });
    },
    [controller, index, lang, t, words],
  );
  const closeList = useCallback(
    (returnFocus: boolean) => {
      const key = openCount?.key;
      setOpenCount(null);
      if (returnFocus && key && root.current) findItem(root.current, key)?.focus();
    },
    [openCount],
  );
  // The list belongs to its count, in the view it was opened in.
  const list = openCount?.transform === snapshot.transform ? openCount : null;
  // An event picked from a list takes focus once it is selected, and so drawn as its own mark.
  const picked = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (picked.current === null || selected === undefined || idAt(index, selected) !== picked.current) return;
    controller.focusEvent(picked.current);
    picked.current = null;
  }, [controller, index, selected]);

  const hover = useCallback(
    (mark: EventMark | null, element: SVGElement | null) => {
      const base = plot.current?.getBoundingClientRect();
      const box = element?.getBoundingClientRect();
      if (!mark || !base || !box) return setHovered(null);
      setHovered({
        position: mark.position,
        x: box.left + box.width / 2 - base.left,
        top: box.top - base.top,
        bottom: box.bottom - base.top,
        transform: controller.getSnapshot().transform,
      });
    },
    [controller],
  );

  const zoomIn = useCallback(() => controller.zoomBy(2, 'discrete'), [controller]);
  const zoomOut = useCallback(() => controller.zoomBy(0.5, 'discrete'), [controller]);
  const fitAll = useCallback(() => controller.fitAll(), [controller]);
  const description = useMemo(
    () =>
      `${t('timeline.description', { lanes: t(`timeline.lanesBy.${laneSet?.mode ?? 'country'}`) })} ${t('timeline.keys')}`,
    [t, laneSet?.mode],
  );

  const highlighted = useMemo(
    () => new Set([selected, hovered?.position].filter((p): p is number => p !== undefined)),
    [selected, hovered?.position],
  );
  const paths = connectorPaths(layout, highlighted, DEFAULT_LAYOUT.markSize / 2);
  const milestones = strip ? milestonePaths(strip, index, viewport.width, layout.height) : null;
  const shownWindow = windowOfDomain(domain);
  // A tooltip belongs where its mark was: once the view moves, it goes until the pointer moves.
  const hoveredEvent = hovered?.transform === snapshot.transform ? skeletonAt(index, hovered.position) : undefined;
  // A hovered mark's title is asked for: the tooltip shows its people until it comes.
  useEffect(() => {
    if (hovered) texts.want(hovered.position, lang);
  }, [hovered, texts, lang]);
  const draw = {
    width: viewport.width,
    rtl,
    selected,
    hovered: hovered?.position,
    tabStop,
    openCount: list?.key ?? null,
    eventOf,
    words,
    wordsVersion: words,
    moving,
    shown: laneSet,
    onActivate: activate,
    onActivateCount: openList,
    onHover: hover,
  };
  const empty = layout.lanes.length === 0 && !strip;

  return (
    <section
      ref={root}
      aria-labelledby={headingId}
      aria-describedby={descriptionId}
      className={`rounded-xl border border-zinc-200 p-2 sm:p-3 dark:border-zinc-800 ${PANEL_CLASS}`}
    >
      <h2 id={headingId} className="sr-only">
        {t('timeline.label')}
      </h2>
      <p id={descriptionId} className="sr-only">
        {description}
      </p>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <ZoomControls onZoomIn={zoomIn} onZoomOut={zoomOut} onFitAll={fitAll} />
        <p className="text-xs text-zinc-700 sm:text-sm dark:text-zinc-300">
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
          ref={surface}
          data-timeline-surface=""
          className="cursor-grab touch-pan-y select-none active:cursor-grabbing"
        >
          <div className={`sticky top-0 z-10 ${PANEL_CLASS}`}>
            <TimelineAxis domain={domain} viewport={viewport} lang={lang} height={AXIS_HEIGHT} />
            {strip && <TimelineMarks {...draw} lanes={stripLanes} layout={strip} height={strip.height} />}
          </div>
          {empty ? (
            <p className="px-2 py-6 text-center text-sm text-zinc-600 dark:text-zinc-400">{t('timeline.empty')}</p>
          ) : (
            <TimelineMarks {...draw} lanes={lanes} layout={layout} height={layout.height}>
              <path d={bandPath(layout, viewport.width)} className={LANE_BAND_CLASS} />
              <path d={gridPath(domain, viewport, layout.height)} className="stroke-zinc-200 dark:stroke-zinc-800" />
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
              <path d={paths.all} data-part="links" className="stroke-zinc-400 dark:stroke-zinc-500" />
              <path
                d={paths.highlighted}
                data-part="links"
                strokeWidth={2}
                className="stroke-zinc-950 dark:stroke-white"
              />
            </TimelineMarks>
          )}
        </div>
        {laneSet && (laneSet.folded > 0 || snapshot.unfolded) && (
          <button
            type="button"
            aria-expanded={snapshot.unfolded}
            onClick={() => controller.setUnfolded(!snapshot.unfolded)}
            className="mt-1 inline-flex min-h-8 items-center rounded-md border border-zinc-300 px-2.5 text-sm hover:bg-zinc-100 touch:min-h-11 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            {snapshot.unfolded
              ? t(`timeline.lanes.fold.${laneSet.mode === 'person' ? 'person' : 'country'}`)
              : t(`timeline.lanes.unfold.${laneSet.mode === 'person' ? 'person' : 'country'}`, {
                  count: laneSet.lanes.length - 1 + laneSet.folded,
                })}
          </button>
        )}
        {hovered && hoveredEvent && !list && (
          <Suspense fallback={null}>
            <TimelineTooltip
              title={words.title(hovered.position).title}
              date={formatEventDate(hoveredEvent.date, lang)}
              anchor={hovered}
              containerWidth={viewport.width}
              rtl={rtl}
            />
          </Suspense>
        )}
        {list && (
          <Suspense fallback={null}>
            <CountPopover
              heading={list.heading}
              items={list.items}
              total={list.total}
              anchor={list.anchor}
              containerWidth={viewport.width}
              rtl={rtl}
              onPick={(id) => {
                setOpenCount(null);
                picked.current = id;
                onSelect(id, null);
              }}
              onZoom={() => {
                setOpenCount(null);
                const pad = Math.max(1, (list.end - list.start) * 0.1);
                controller.showDomain({ start: list.start - pad, end: list.end + pad }, 'discrete');
                controller.focusEvent(list.items[0]?.id ?? '');
              }}
              onClose={closeList}
            />
          </Suspense>
        )}
        {hint && (
          <p
            aria-hidden="true"
            data-wheel-hint=""
            style={{ insetBlockStart: lanesTop }}
            className="pointer-events-none absolute inset-x-0 z-20 mx-auto w-fit rounded-md bg-zinc-900/85 px-3 py-1.5 text-sm text-white dark:bg-zinc-100/90 dark:text-zinc-900"
          >
            {t('timeline.wheelHint', { key: isApple() ? '⌘' : 'Ctrl' })}
          </p>
        )}
      </div>
      <Overview
        index={index}
        shown={snapshot.shown}
        extent={snapshot.extent}
        domain={domain}
        viewport={viewport}
        lang={lang}
        onPreview={(next: DayDomain) => controller.showDomain(next, 'preview')}
        onChoose={(next: DayDomain) => controller.showDomain(next, 'discrete')}
      />
      <div className="mt-3">
        <TimelineLegend />
      </div>
    </section>
  );
});

function isApple(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
