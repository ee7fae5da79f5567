import { select } from 'd3-selection';
import { useCallback, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { CountMark, EventMark } from '../../model/lane-layout.ts';
import { gestureDrawing, gestureDrawingLoaded, requestGestureDrawing } from './gesture-drawing.ts';
import { drawMarks, type DrawInput } from './draw-marks.ts';

/** What a pointer or keyboard did to a mark. */
export interface MarkHandlers {
  /** A mark was clicked, tapped, or activated with Enter or Space. */
  onActivate: (mark: EventMark, element: SVGElement) => void;
  /** A count was activated: list its events. */
  onActivateCount: (count: CountMark, element: SVGElement) => void;
  /** The pointer or focus entered a mark (or left it: null). */
  onHover: (mark: EventMark | null, element: SVGElement | null) => void;
}

interface TimelineMarksProps extends DrawInput, MarkHandlers {
  /** Height of the drawing. */
  height: number;
  /** A zoom or pan gesture is under way: frames are drawn on a canvas, the SVG once it rests. */
  moving?: boolean;
  /**
   * Changes when the shown events change (a filter, a search, another grouping of the lanes):
   * the new marks are painted on the canvas first, and drawn as SVG in the task after.
   */
  shown?: object | null;
  /** Drawn under the marks: grid lines, milestone lines, connectors. */
  children?: ReactNode;
}

/** Whether two drawings have the same inputs, each the same value or object. */
function sameDrawing(a: DrawInput, b: DrawInput): boolean {
  const keys = Object.keys(a) as (keyof DrawInput)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** The SVG drawing waiting for a frame to pass: its animation frame, then its task. */
interface Pending {
  frame: number;
  timer?: ReturnType<typeof setTimeout>;
}

interface Found {
  kind: 'event' | 'count';
  element: SVGElement;
}

function find(target: EventTarget | null): Found | null {
  if (!(target instanceof Element)) return null;
  const element = target.closest<SVGElement>('[data-event-id], [data-count]');
  if (!element) return null;
  return { kind: element.hasAttribute('data-count') ? 'count' : 'event', element };
}

/**
 * An SVG of lanes whose marks are drawn by `drawMarks` (d3 joins, not React elements, so a zoom
 * frame costs what is on screen). During a zoom or pan gesture (`moving`) a canvas over them
 * paints the same layout instead, and the SVG marks are brought up to date once the view rests.
 * Events are delegated: one listener per kind for all marks.
 */
export function TimelineMarks({
  height,
  moving = false,
  shown = null,
  children,
  onActivate,
  onActivateCount,
  onHover,
  ...draw
}: TimelineMarksProps) {
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const layer = useRef<SVGGElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const handlers = useRef<MarkHandlers>({ onActivate, onActivateCount, onHover });

  useLayoutEffect(() => {
    handlers.current = { onActivate, onActivateCount, onHover };
  });

  // The latest drawing, for the rehearsal below and for the SVG drawn after a frame.
  const latest = useRef(draw);
  const shownNow = useRef(shown);
  // What the canvas shows, while it shows a view at rest: a render that changes nothing drawn paints nothing.
  const canvasDrawn = useRef<DrawInput | null>(null);
  useLayoutEffect(() => {
    latest.current = draw;
    shownNow.current = shown;
  });
  // Once its code is in (gesture-drawing.ts), the canvas rehearses a gesture, after the frame
  // that shows the view (rehearse-gesture.ts).
  useEffect(() => {
    const [root, surface] = [svg.current, canvas.current];
    if (!root || !surface || typeof Path2D === 'undefined') return;
    let stopped = false;
    let stop = () => undefined as void;
    void gestureDrawingLoaded.then((drawing) => {
      if (stopped) return;
      stop = drawing.rehearseGesture(surface, () => {
        canvasDrawn.current = null;
        drawing.drawMarksOnCanvas(surface, latest.current, drawing.paletteOf(root));
      });
    });
    return () => {
      stopped = true;
      stop();
    };
  }, []);

  // The shown events the SVG marks were last drawn with, and the task that will draw them after a frame.
  const svgShown = useRef<object | null | undefined>(undefined);
  const svgDrawn = useRef<DrawInput | null>(null);
  const pending = useRef<Pending | null>(null);
  const cancelPending = useCallback(() => {
    if (!pending.current) return;
    cancelAnimationFrame(pending.current.frame);
    clearTimeout(pending.current.timer);
    pending.current = null;
  }, []);
  useEffect(() => cancelPending, [cancelPending]);

  useLayoutEffect(() => {
    const [node, surface, root] = [layer.current, canvas.current, svg.current];
    if (!node || !surface || !root) return;
    const drawSvg = () => {
      cancelPending();
      // A render that changes nothing drawn (a search under way, a tooltip) walks no marks.
      if (!svgDrawn.current || !sameDrawing(svgDrawn.current, latest.current)) drawMarks(node, latest.current);
      svgDrawn.current = latest.current;
      svgShown.current = shownNow.current;
      if (node.hasAttribute('opacity')) node.removeAttribute('opacity');
      surface.hidden = true;
    };
    // Other events shown (a filter, a search) are painted on the canvas first and drawn as SVG in
    // the task after that frame: the reader sees the answer without waiting for hundreds of marks
    // to be made, named and styled, and the keyboard and the pointer get them a frame later.
    // During a gesture the canvas draws every frame. Neither while a mark has focus: the
    // keyboard's place must not vanish under a wheel turn or a filter. (No Path2D: no canvas,
    // e.g. jsdom.)
    const fresh = !moving && svgShown.current !== undefined && shown !== svgShown.current;
    const drawing = gestureDrawing();
    if ((moving || fresh) && !drawing) requestGestureDrawing();
    const canvasFirst =
      (moving || fresh) && drawing && typeof Path2D !== 'undefined' && !node.contains(document.activeElement);
    if (!canvasFirst) {
      drawSvg();
      return;
    }
    const shows = !surface.hidden && !surface.style.opacity && canvasDrawn.current;
    if (moving || !shows || !sameDrawing(shows, draw)) {
      drawing.drawMarksOnCanvas(surface, draw, drawing.paletteOf(root), { fitLabels: !moving });
    }
    canvasDrawn.current = moving ? null : draw;
    // The SVG marks stay in the DOM, unchanged and unpainted, until they are drawn again. Opacity,
    // unlike visibility, is not inherited: no style is computed again for each mark.
    if (!node.hasAttribute('opacity')) node.setAttribute('opacity', '0');
    if (surface.style.opacity) surface.style.opacity = '';
    surface.hidden = false;
    if (moving) cancelPending();
    else if (!pending.current) {
      // After the frame that follows the one showing the answer: a keystroke or a click that
      // comes meanwhile is taken first, and a new answer replaces this one before it is drawn.
      const next: Pending = { frame: 0 };
      next.frame = requestAnimationFrame(() => {
        next.frame = requestAnimationFrame(() => (next.timer = setTimeout(drawSvg, 0)));
      });
      pending.current = next;
    }
  });

  // Listeners on the box around the SVG, not on the SVG: Chromium makes an SVG element with focus
  // listeners a tab stop of its own, an unnamed one beside the marks' one.
  useLayoutEffect(() => {
    const node = box.current;
    if (!node) return;
    const activate = (found: Found) => {
      const datum = select(found.element).datum();
      if (found.kind === 'count') handlers.current.onActivateCount(datum as CountMark, found.element);
      else handlers.current.onActivate(datum as EventMark, found.element);
    };
    // While the canvas shows the marks, the SVG ones are out of date: they take no pointer.
    const stale = () => layer.current?.hasAttribute('opacity') === true;
    const hover = (event: Event) => {
      const found = stale() ? null : find(event.target);
      if (found?.kind === 'event') handlers.current.onHover(select(found.element).datum() as EventMark, found.element);
      else handlers.current.onHover(null, null);
    };
    select(node)
      .on('click.marks', (event: MouseEvent) => {
        const found = stale() ? null : find(event.target);
        if (found) activate(found);
      })
      .on('keydown.marks', (event: KeyboardEvent) => {
        const found = find(event.target);
        if (!found || (event.key !== 'Enter' && event.key !== ' ')) return;
        // Space would scroll the lanes: it activates, as on a button.
        event.preventDefault();
        activate(found);
      })
      .on('pointerover.marks focusin.marks', hover)
      .on('pointerout.marks focusout.marks', () => handlers.current.onHover(null, null));
    return () => {
      select(node).on('.marks', null);
    };
  }, []);

  return (
    <div ref={box} className="relative">
      <svg
        ref={svg}
        width={draw.width}
        height={height}
        direction={draw.rtl ? 'rtl' : 'ltr'}
        className="block overflow-clip"
      >
        {children}
        <g ref={layer} />
      </svg>
      {/* x runs from the left in both directions (the layout mirrors it), so the canvas sits at left. */}
      <canvas ref={canvas} hidden aria-hidden="true" className="pointer-events-none absolute top-0 left-0" />
    </div>
  );
}
