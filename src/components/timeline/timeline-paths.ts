import type { LaneLayout } from '../../model/lane-layout.ts';
import { ticksOf, type DayDomain, type Viewport } from '../../model/time-scale.ts';
import { AXIS_TICK_SPACING, laneTop, rowY, type LaneGeometry } from './lane-geometry.ts';

// Each of these is one <path>, however many lines it holds: the DOM stays flat as the corpus grows.

const r = (n: number) => Math.round(n * 10) / 10;

/** Connectors between the marks of an event that appears in several lanes; the highlighted ones apart. */
export function connectorPaths(
  layout: LaneLayout,
  geometry: LaneGeometry,
  highlighted: ReadonlySet<number>,
): { all: string; highlighted: string } {
  const half = geometry.markSize / 2;
  let all = '';
  let strong = '';
  for (const link of layout.links) {
    const y0 = laneTop(link.from.lane, geometry) + rowY(link.from.row, geometry) + half;
    const y1 = laneTop(link.to.lane, geometry) + rowY(link.to.row, geometry) - half;
    const segment = `M${r(link.x)},${r(y0)}V${r(y1)}`;
    if (highlighted.has(link.position)) strong += segment;
    else all += segment;
  }
  return { all, highlighted: strong };
}

// Lines run through the lanes drawn (y0..y1), not the whole list: a line as tall as a thousand
// lanes would make every zoom frame repaint all of it.

/** Milestones across the lanes: a line at each, a band over a period. */
export function milestonePaths(strip: LaneLayout, y0: number, y1: number): { lines: string; bands: string } {
  let lines = '';
  let bands = '';
  for (const mark of strip.marks) {
    lines += `M${r(mark.x)},${y0}V${y1}`;
    if (mark.bar) {
      const x0 = Math.max(-4, mark.bar.x0);
      bands += `M${r(x0)},${y0}H${r(mark.bar.x1)}V${y1}H${r(x0)}Z`;
    }
  }
  return { lines, bands };
}

/** Faint vertical lines at the axis ticks, through the lanes. */
export function gridPath(domain: DayDomain, viewport: Viewport, y0: number, y1: number): string {
  return ticksOf(domain, viewport, AXIS_TICK_SPACING)
    .map((tick) => `M${r(tick.x)},${y0}V${y1}`)
    .join('');
}

/** Every other lane in view on a band, so a lane's rows read as one; drawn under everything else. */
export function bandPath(range: { first: number; last: number }, geometry: LaneGeometry, width: number): string {
  let d = '';
  for (let lane = range.first; lane < range.last; lane++) {
    if (lane % 2) continue;
    const top = laneTop(lane, geometry);
    d += `M0,${top}H${width}V${top + geometry.laneHeight}H0Z`;
  }
  return d;
}
