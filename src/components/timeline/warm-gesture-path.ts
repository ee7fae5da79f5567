import { inBackground } from '../../hooks/gesture-quiet.ts';
import { formatTick } from '../../i18n/format-axis-date.ts';
import type { Language } from '../../model/corpus-schema.ts';
import type { EventIndex } from '../../model/event-index.ts';
import { layoutLanes, type LaneRange, type LaneSet } from '../../model/lane-layout.ts';
import { ticksOf, type DayDomain, type Viewport } from '../../model/time-scale.ts';
import { AXIS_TICK_SPACING } from './lane-geometry.ts';

/** What the timeline shows now, for laying it out at other zooms. */
export interface GestureView {
  index: EventIndex;
  laneSet: LaneSet;
  domain: DayDomain;
  viewport: Viewport;
  range: LaneRange;
  lang: Language;
}

// Zooms tried, each narrower than the last by this factor: from the whole view down to days.
const STEPS = 12;
const FACTOR = 0.6;

/**
 * Runs, once after the timeline is first drawn and a step per background task, what a
 * gesture's frames run: the lanes laid out at narrower and narrower zooms, and the axis's ticks
 * at each, so that the first frames of the reader's first zoom do not pay for it. V8 optimizes the layout's loop only
 * after a few calls: at 100,000 events a cold layout of the whole view took 6-11 ms, a warm one
 * under 1 (in Node), and the first zoom frames had no time for the difference. Each step also
 * makes the date formatters of a tick level before a gesture needs them. Waits while a gesture
 * is under way (inBackground); returns a function that stops it.
 */
export function warmGesturePath(view: () => GestureView, steps = STEPS): () => void {
  const stop = new AbortController();
  let step = 0;
  // One zoom a burst: a cold layout of 100,000 events already fills one.
  inBackground(() => {
    const { index, laneSet, domain, viewport, range, lang } = view();
    const half = ((domain.end - domain.start) * FACTOR ** step) / 2;
    const centre = (domain.start + domain.end) / 2;
    const zoomed = { start: centre - half, end: centre + half };
    layoutLanes(index, laneSet, zoomed, viewport, range);
    for (const tick of ticksOf(zoomed, viewport, AXIS_TICK_SPACING)) formatTick(tick.day, tick.level, lang);
    return ++step >= steps;
  }, stop.signal);
  return () => stop.abort();
}
