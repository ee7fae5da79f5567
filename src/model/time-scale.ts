import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { fromDayNumber, toDayNumber, type CalendarDate } from './calendar-date.ts';
import type { EventIndex } from './event-index.ts';

/** The visible window as the URL carries it: calendar dates, both inclusive. */
export interface TimeWindow {
  from: CalendarDate;
  to: CalendarDate;
}

/** A stretch of continuous time in day numbers, end exclusive: day d covers [d, d + 1). */
export interface DayDomain {
  start: number;
  end: number;
}

/** What the timeline draws into: its width in pixels, and whether time runs right to left. */
export interface Viewport {
  width: number;
  rtl: boolean;
}

/** The narrowest and widest spans a reader can zoom to, in days. */
export const MIN_SPAN_DAYS = 2;
export const MAX_SPAN_DAYS = Math.round(30 * 365.25);

// Calendar dates are years 1000-9999 (see calendar-date.ts): a window must stay inside them.
const FIRST_DAY = toDayNumber('1000-01-01');
const END_DAY = toDayNumber('9999-12-31') + 1;
const MS_PER_DAY = 86_400_000;
// Float noise from zoom arithmetic must not widen a window by a whole day.
const EPSILON = 1e-6;

/** The continuous days a window covers: from its first day's start to its last day's end. */
export function domainOfWindow(window: TimeWindow): DayDomain {
  return { start: toDayNumber(window.from), end: toDayNumber(window.to) + 1 };
}

/** The whole days a continuous domain touches: the inverse of `domainOfWindow` on whole days. */
export function windowOfDomain(domain: DayDomain): TimeWindow {
  const first = Math.floor(domain.start + EPSILON);
  const last = Math.max(first, Math.ceil(domain.end - EPSILON) - 1);
  return { from: fromDayNumber(first), to: fromDayNumber(last) };
}

/** True when two windows name the same days. */
export function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  return a.from === b.from && a.to === b.to;
}

/**
 * Keeps a domain between the zoom limits (about its centre) and inside the years calendar dates
 * can name, so that every domain the timeline shows has a window the URL can carry.
 */
export function clampDomain(domain: DayDomain, bounds: DayDomain = { start: FIRST_DAY, end: END_DAY }): DayDomain {
  const span = Math.min(MAX_SPAN_DAYS, Math.max(MIN_SPAN_DAYS, domain.end - domain.start), bounds.end - bounds.start);
  const centre = (domain.start + domain.end) / 2;
  const start = Math.min(Math.max(centre - span / 2, bounds.start), bounds.end - span);
  return { start, end: start + span };
}

/** Maps day numbers to x: earlier to the left, or to the right when time runs right to left. */
export function scaleOfDomain(domain: DayDomain, viewport: Viewport): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([domain.start, domain.end])
    .range(viewport.rtl ? [viewport.width, 0] : [0, viewport.width]);
}

/**
 * The scale that zoom transforms are relative to: one pixel per day from day 0. Fixed for a
 * viewport, so a transform's k is simply pixels per day.
 */
export function baseScale(viewport: Viewport): ScaleLinear<number, number> {
  return scaleOfDomain({ start: 0, end: viewport.width }, viewport);
}

/** The zoom transform that shows `domain` across the viewport. */
export function transformOfDomain(domain: DayDomain, viewport: Viewport): ZoomTransform {
  const k = viewport.width / (domain.end - domain.start);
  // The base maps day d to d (or width - d); solve k * base(start) + x = the start's edge.
  const x = viewport.rtl ? viewport.width - k * (viewport.width - domain.start) : -k * domain.start;
  return zoomIdentity.translate(x, 0).scale(k);
}

/** The days a zoom transform shows: the inverse of `transformOfDomain`. */
export function domainOfTransform(transform: ZoomTransform, viewport: Viewport): DayDomain {
  const [a, b] = transform.rescaleX(baseScale(viewport)).domain() as [number, number];
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

/**
 * Where panning may go: the corpus's days widened by half the widest zoom on each side, so even
 * fully zoomed out the corpus can sit anywhere in view, and never past the years dates can name.
 */
export function panBounds(extent: DayDomain): DayDomain {
  return {
    start: Math.max(FIRST_DAY, extent.start - MAX_SPAN_DAYS / 2),
    end: Math.min(END_DAY, extent.end + MAX_SPAN_DAYS / 2),
  };
}

/** The zoom scale limits (pixels per day) that hold the span between the two limits. */
export function scaleExtentFor(viewport: Viewport): [number, number] {
  return [viewport.width / MAX_SPAN_DAYS, viewport.width / MIN_SPAN_DAYS];
}

/** Where panning may go, in the base scale's coordinates, as d3-zoom's translateExtent wants it. */
export function translateExtentFor(bounds: DayDomain, viewport: Viewport): [[number, number], [number, number]] {
  const base = baseScale(viewport);
  const [a, b] = [base(bounds.start), base(bounds.end)];
  return [
    [Math.min(a, b), -Infinity],
    [Math.max(a, b), Infinity],
  ];
}

/**
 * d3-zoom's default constraint on x only: time pans sideways; vertical drags scroll the lanes,
 * so the transform's y stays 0.
 */
export function constrainTransform(
  transform: ZoomTransform,
  extent: [[number, number], [number, number]],
  translateExtent: [[number, number], [number, number]],
): ZoomTransform {
  const dx0 = transform.invertX(extent[0][0]) - translateExtent[0][0];
  const dx1 = transform.invertX(extent[1][0]) - translateExtent[1][0];
  const dx = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
  const moved = transform.translate(dx, 0);
  return zoomIdentity.translate(moved.x, 0).scale(moved.k);
}

/** The first and last day (end exclusive) of the events where `shown` is 1, or null if none. */
export function extentOf(index: EventIndex, shown: Uint8Array): DayDomain | null {
  // Events are in start order: the first shown one starts earliest.
  let first = 0;
  while (first < index.count && !shown[first]) first++;
  if (first === index.count) return null;
  // No event lasts longer than maxSpan days: read from the last, once events start more than that
  // before the latest end found, none of them or before them ends later.
  let end = -Infinity;
  for (let i = index.count - 1; i >= first && index.start[i]! + index.maxSpan + 1 > end; i--)
    if (shown[i]) end = Math.max(end, index.end[i]! + 1);
  return { start: index.start[first]!, end };
}

/** Margin on each side of a fitted window: a share of the span, and at least a few days. */
const FIT_MARGIN = 0.05;
const FIT_MIN_MARGIN_DAYS = 3;

/** A window for when there is nothing to fit: the year the first article was published in. */
export const DEFAULT_WINDOW: TimeWindow = { from: '2025-01-01', to: '2025-12-31' };

/**
 * The window that shows every shown event with a little room on each side (all events when
 * none is shown). Past the widest zoom it keeps the latest years: news readers look at the recent end.
 */
export function fitWindow(index: EventIndex, shown: Uint8Array): TimeWindow {
  const extent = extentOf(index, shown) ?? extentOf(index, new Uint8Array(index.count).fill(1));
  if (!extent) return DEFAULT_WINDOW;
  const margin = Math.max(FIT_MIN_MARGIN_DAYS, Math.ceil((extent.end - extent.start) * FIT_MARGIN));
  const end = extent.end + margin;
  const start = Math.max(extent.start - margin, end - MAX_SPAN_DAYS);
  return windowOfDomain(clampDomain({ start, end }));
}

/** A window `span` days wide centred on the event at `position`, widened to show all of it. */
export function centreWindowOn(index: EventIndex, position: number, span: number): TimeWindow {
  const first = index.start[position];
  const last = index.end[position];
  if (first === undefined || last === undefined) throw new RangeError(`no event at position ${position}`);
  const width = Math.max(span, last + 1 - first + 2 * FIT_MIN_MARGIN_DAYS);
  const centre = (first + last + 1) / 2;
  return windowOfDomain(clampDomain({ start: Math.round(centre - width / 2), end: Math.round(centre + width / 2) }));
}

/** How fine the boundary a tick falls on is: the label says the coarsest thing that changed. */
export type TickLevel = 'year' | 'month' | 'day';

export interface Tick {
  /** The day the tick marks the start of. */
  day: number;
  /** Its x in the viewport. */
  x: number;
  level: TickLevel;
}

interface TickStep {
  unit: TickLevel;
  step: number;
  /** The shortest gap between two ticks, in days. */
  gap: number;
}

const STEPS: readonly TickStep[] = [
  { unit: 'day', step: 1, gap: 1 },
  { unit: 'day', step: 2, gap: 2 },
  { unit: 'day', step: 7, gap: 7 },
  { unit: 'day', step: 14, gap: 14 },
  { unit: 'month', step: 1, gap: 28 },
  { unit: 'month', step: 3, gap: 89 },
  { unit: 'month', step: 6, gap: 181 },
  ...[1, 2, 5, 10, 20, 50, 100].map((step) => ({ unit: 'year' as const, step, gap: 365 * step })),
];

/** The finest tick step whose ticks stay at least `minSpacing` pixels apart. */
export function chooseTickStep(domain: DayDomain, width: number, minSpacing: number): TickStep {
  const pixelsPerDay = width / (domain.end - domain.start);
  return STEPS.find((s) => s.gap * pixelsPerDay >= minSpacing) ?? STEPS[STEPS.length - 1]!;
}

function datesOf(step: TickStep, start: Date, stop: Date): Date[] {
  if (step.unit === 'year') return utcYear.every(step.step)?.range(start, stop) ?? [];
  if (step.unit === 'month') return utcMonth.every(step.step)?.range(start, stop) ?? [];
  // Day steps restart each month (1, 8, 15, 22); a tick too close to the next month's 1st is dropped.
  return utcDay.range(start, stop).filter((date) => {
    const d = date.getUTCDate();
    const monthLength = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    return (d - 1) % step.step === 0 && (step.step === 1 || d + step.step <= monthLength + 1);
  });
}

/**
 * Ticks for a domain: years, months or days as the zoom allows, placed by the viewport's
 * direction. Computed on UTC instants of day numbers, so no time zone moves a tick.
 */
export function ticksOf(domain: DayDomain, viewport: Viewport, minSpacing: number): Tick[] {
  const step = chooseTickStep(domain, viewport.width, minSpacing);
  const scale = scaleOfDomain(domain, viewport);
  const start = new Date(Math.ceil(domain.start) * MS_PER_DAY);
  const stop = new Date(Math.ceil(domain.end) * MS_PER_DAY);
  return datesOf(step, start, stop).map((date) => {
    const day = Math.round(date.getTime() / MS_PER_DAY);
    const level: TickLevel = date.getUTCDate() !== 1 ? 'day' : date.getUTCMonth() !== 0 ? 'month' : 'year';
    return { day, x: scale(day), level };
  });
}
