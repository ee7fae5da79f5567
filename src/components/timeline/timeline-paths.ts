import type { EventIndex } from '../../model/event-index.ts';
import { rowY, type LaneLayout } from '../../model/lane-layout.ts';
import { ticksOf, type DayDomain, type Viewport } from '../../model/time-scale.ts';
import { AXIS_TICK_SPACING } from './lane-geometry.ts';

// Each of these is one <path>, however many lines it holds: the DOM stays flat as the corpus grows.

const r = (n: number) => Math.round(n * 10) / 10;

/** Connectors between the marks of an event that appears in several lanes; the highlighted ones apart. */
export function connectorPaths(
  layout: LaneLayout,
  highlighted: ReadonlySet<number>,
  half: number,
): { all: string; highlighted: string } {
  let all = '';
  let strong = '';
  for (const link of layout.links) {
    const y0 = (layout.lanes[link.from.lane]?.top ?? 0) + rowY(link.from.row) + half;
    const y1 = (layout.lanes[link.to.lane]?.top ?? 0) + rowY(link.to.row) - half;
    const segment = `M${r(link.x)},${r(y0)}V${r(y1)}`;
    if (highlighted.has(link.position)) strong += segment;
    else all += segment;
  }
  return { all, highlighted: strong };
}

/**
 * Milestones across the lanes (0..height): a line at a milestone known to the day, a band over
 * one known only to the month or year (or a span of days), with no line in it: a line would say
 * which day.
 */
export function milestonePaths(
  strip: LaneLayout,
  dates: Pick<EventIndex, 'start' | 'end'>,
  width: number,
  height: number,
): { lines: string; bands: string } {
  let lines = '';
  let bands = '';
  for (const mark of strip.marks) {
    const days = dates.end[mark.position]! + 1 - dates.start[mark.position]!;
    if (mark.bar) {
      const x0 = Math.max(-4, mark.bar.x0);
      const x1 = Math.min(width + 4, mark.bar.x1);
      bands += `M${r(x0)},0H${r(x1)}V${r(height)}H${r(x0)}Z`;
    } else if (days === 1) lines += `M${r(mark.x)},0V${r(height)}`;
  }
  return { lines, bands };
}

/** Faint vertical lines at the axis ticks, through the lanes. */
export function gridPath(domain: DayDomain, viewport: Viewport, height: number): string {
  return ticksOf(domain, viewport, AXIS_TICK_SPACING)
    .map((tick) => `M${r(tick.x)},0V${r(height)}`)
    .join('');
}

/** Every other lane on a band, so a lane's rows read as one; drawn under everything else. */
export function bandPath(layout: LaneLayout, width: number): string {
  let d = '';
  layout.lanes.forEach((lane, i) => {
    if (i % 2) return;
    d += `M0,${r(lane.top)}H${width}V${r(lane.top + lane.height)}H0Z`;
  });
  return d;
}
