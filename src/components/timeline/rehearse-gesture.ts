import { gestureWait, holdForAnswer } from '../../hooks/gesture-quiet.ts';

// Frames of the rehearsal after its first. With five, the compositor has made the four buffers
// that a gesture's frames cycle through; with three, a gesture's third frame still made one.
const REHEARSAL_FRAMES = 5;
// Shown, so that the compositor takes its frames, but too faint to change a pixel.
const REHEARSAL_OPACITY = '0.001';

/**
 * Rehearses a gesture on the timeline's canvas: `paint` draws the view on it for a few frames,
 * shown but all but transparent, so that the reader's first zoom or pan pays for none of what a
 * first time costs: the palette read, the bitmap allocated, the fonts and the drawing code
 * warmed, and the compositor's buffers for the canvas made. Drawn unseen only (hidden), the first
 * frames of a gesture still made the compositor's buffers, and one of them was often dropped
 * (docs/performance.md).
 *
 * It starts in a task, not an idle callback: the search index is built in background tasks
 * meanwhile, and those would starve an idle callback for seconds. It gives way to what the reader
 * waits for: while a search's answer is on its way its frames would take the page's thread, and
 * the machine's, from that answer, and an answer shown on the canvas stays until its marks are
 * drawn as SVG. A gesture ends it: its own frames make what it would. Returns a function that stops it.
 */
export function rehearseGesture(surface: HTMLCanvasElement, paint: () => void): () => void {
  let left = REHEARSAL_FRAMES;
  let frame = 0;
  let stopped = false;
  const again = () => void (frame = requestAnimationFrame(step));
  const step = () => {
    if (stopped || gestureWait() > 0) return;
    if (holdForAnswer(again)) {
      // Hidden meanwhile: a canvas shown, however faintly, costs each of the frames a copy of it.
      if (surface.style.opacity) surface.hidden = true;
      return;
    }
    if (!surface.hidden && !surface.style.opacity) return again();
    paint();
    const more = left-- > 0;
    surface.style.opacity = more ? REHEARSAL_OPACITY : '';
    surface.hidden = !more;
    if (more) again();
  };
  // A task after the frame that shows the view.
  let timer: ReturnType<typeof setTimeout> | undefined;
  frame = requestAnimationFrame(() => (timer = setTimeout(step, 0)));
  return () => {
    stopped = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
