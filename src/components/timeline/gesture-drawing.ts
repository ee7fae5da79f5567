import type * as BrushModule from 'd3-brush';
import type * as CanvasModule from './draw-marks-canvas.ts';

/** The code that draws a gesture's frames on a canvas (draw-marks-canvas.ts). */
export type CanvasDrawing = typeof CanvasModule;
/** d3-brush, which the overview's window is dragged and drawn with. */
export type OverviewBrush = typeof BrushModule;

let loaded: CanvasDrawing | null = null;
let request: () => void = () => undefined;
const requested = new Promise<void>((resolve) => (request = resolve));

/**
 * The canvas's code once it is in. It is fetched when a reader is about to need it (the pointer,
 * a finger or focus comes to the timeline, or a gesture begins), not with the page: many readers
 * never zoom, and the first view needs none of it.
 */
export const gestureDrawingLoaded: Promise<CanvasDrawing> = requested
  .then(() => import('./draw-marks-canvas.ts'))
  .then((module) => (loaded = module));

/** The canvas's code, or null while it has not arrived. */
export function gestureDrawing(): CanvasDrawing | null {
  return loaded;
}

let brush: OverviewBrush | null = null;

/**
 * d3-brush, for the overview's window: fetched at the same moment, for the same reason (until it
 * is in, the overview draws the window itself, and a gesture on it waits for it).
 */
export const overviewBrushLoaded: Promise<OverviewBrush> = requested
  .then(() => import('d3-brush'))
  .then((module) => (brush = module));

/** d3-brush, or null while it has not arrived. */
export function overviewBrush(): OverviewBrush | null {
  return brush;
}

/** Fetches the canvas's and the brush's code (once). */
export function requestGestureDrawing(): void {
  request();
}
