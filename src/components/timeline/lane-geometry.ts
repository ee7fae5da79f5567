import { DEFAULT_LAYOUT, type LayoutOptions } from '../../model/lane-layout.ts';

/** Vertical sizes of a lane, in pixels: a label line, then the mark rows, then the count row. */
export interface LaneGeometry {
  markSize: number;
  rowHeight: number;
  labelHeight: number;
  laneHeight: number;
}

/**
 * Least room between two axis ticks: a label ("сент.", "2025", "سبتمبر") and a gap before the
 * next. The grid lines through the lanes stand at the same ticks.
 */
export const AXIS_TICK_SPACING = 64;

const ROW_HEIGHT = 16;
const LABEL_HEIGHT = 16;
const PADDING = 4;

/** The geometry of lanes laid out with `options`: rows of marks plus one row for counts. */
export function laneGeometry(options: LayoutOptions = DEFAULT_LAYOUT): LaneGeometry {
  return {
    markSize: options.markSize,
    rowHeight: ROW_HEIGHT,
    labelHeight: LABEL_HEIGHT,
    laneHeight: LABEL_HEIGHT + (options.rows + 1) * ROW_HEIGHT + PADDING,
  };
}

/** The y of a lane's top edge. */
export function laneTop(lane: number, geometry: LaneGeometry): number {
  return lane * geometry.laneHeight;
}

/** The y of the centre of a row, within its lane. */
export function rowY(row: number, geometry: LaneGeometry): number {
  return geometry.labelHeight + row * geometry.rowHeight + geometry.rowHeight / 2;
}

/** The lanes to draw for a scroll position: those in view plus one either side, at most `cap`. */
export function lanesInView(
  scrollTop: number,
  viewHeight: number,
  laneCount: number,
  geometry: LaneGeometry,
  cap: number,
): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / geometry.laneHeight) - 1);
  const last = Math.min(laneCount, Math.ceil((scrollTop + viewHeight) / geometry.laneHeight) + 1, first + cap);
  return { first, last };
}
