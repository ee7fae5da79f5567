import type * as CanvasModule from './draw-marks-canvas.ts';

/** The code that draws a gesture's frames on a canvas (draw-marks-canvas.ts). */
export type CanvasDrawing = typeof CanvasModule;

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

/** Fetches the canvas's code (once). */
export function requestGestureDrawing(): void {
  request();
}
