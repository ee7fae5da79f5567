import { inBackground } from '../../hooks/gesture-quiet.ts';
import { formatTick } from '../../i18n/format-axis-date.ts';
import type { Language } from '../../model/corpus-schema.ts';
import { ticksOf } from '../../model/time-scale.ts';
import type { TimelineController } from '../../model/timeline-controller.ts';
import { AXIS_TICK_SPACING } from './lane-geometry.ts';

// Zooms tried, each narrower than the last by this factor: from the whole view down to days.
const STEPS = 12;
const FACTOR = 0.6;

/**
 * Runs, once after the timeline is first drawn and a step per background task, what a gesture's
 * frames run: the lanes laid out at narrower and narrower zooms (without showing them), and the
 * axis's ticks at each, so that the first frames of the reader's first zoom do not pay for it.
 * V8 optimizes the layout's loop only after a few calls, and a cold layout of 100,000 events
 * takes several frames' worth of time. Each step also makes the date formatters of a tick level
 * before a gesture needs them. Waits while a gesture is under way; returns a function that stops it.
 */
export function warmGesturePath(controller: TimelineController, lang: Language, steps = STEPS): () => void {
  const stop = new AbortController();
  let step = 0;
  // One zoom a burst: a cold layout of 100,000 events already fills one.
  inBackground(() => {
    const { domain, viewport } = controller.getSnapshot();
    const half = ((domain.end - domain.start) * FACTOR ** step) / 2;
    const centre = (domain.start + domain.end) / 2;
    const zoomed = { start: centre - half, end: centre + half };
    controller.rehearse(zoomed);
    for (const tick of ticksOf(zoomed, viewport, AXIS_TICK_SPACING)) formatTick(tick.day, tick.level, lang);
    return ++step >= steps;
  }, stop.signal);
  return () => stop.abort();
}
