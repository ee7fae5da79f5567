import { select, type Selection } from 'd3-selection';
import { zoom, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { noteGestureMove } from './gesture-quiet.ts';
import {
  clampDomain,
  constrainTransform,
  domainOfTransform,
  domainOfWindow,
  sameWindow,
  scaleExtentFor,
  transformOfDomain,
  translateExtentFor,
  windowOfDomain,
  type DayDomain,
  type TimeWindow,
  type Viewport,
} from '../model/time-scale.ts';

/** How a window change came about: a gesture in progress, or one step (a button, a link). */
export type WindowChange = 'continuous' | 'discrete';

interface UseZoomOptions {
  /** The element that receives wheel, drag, pinch and double-click. */
  surface: RefObject<HTMLElement | null>;
  viewport: Viewport;
  /** Height of the surface, for d3-zoom's extent (jsdom has no layout to measure). */
  height: number;
  /** The window the parent holds; a change from outside moves the zoom without being reported back. */
  window: TimeWindow;
  /** Where panning may go. */
  bounds: DayDomain;
  onWindowChange: (window: TimeWindow, how: WindowChange) => void;
  /** A mouse drag's vertical movement, so the lanes can scroll with it (the zoom is horizontal only). */
  onVerticalDrag?: (dy: number) => void;
}

export interface Zoom {
  /** The continuous days in view, derived from d3's transform. */
  domain: DayDomain;
  /** A gesture is under way: the view changed continuously less than REST_MS ago. */
  moving: boolean;
  /** Zooms about the centre by `factor` (2 shows half as many days), clamped to the zoom limits. */
  zoomBy: (factor: number, how?: WindowChange) => void;
  /** Moves the window later in time (negative: earlier) by a share of its width. */
  panBy: (fractionOfWindow: number, how?: WindowChange) => void;
  /**
   * Shows `domain`, clamped to the zoom limits and the bounds. 'preview' shows it without
   * reporting it, for a gesture elsewhere (the overview's brush) that reports when it ends.
   */
  showDomain: (domain: DayDomain, how?: WindowChange | 'preview') => void;
}

type Source = WindowChange | 'sync';

// Recent windows reported to the parent, so that their echo in the `window` prop is not taken
// for a change from outside (it may arrive after the zoom has moved on).
const ECHO_MEMORY = 64;
// A gesture has ended when the view has not changed for this long (wheel events come every
// 16-50 ms while the wheel turns).
const REST_MS = 150;

function keyOf(window: TimeWindow): string {
  return `${window.from}/${window.to}`;
}

/**
 * d3-zoom on `surface`, with the visible window derived from its transform. Every change of view
 * (wheel, drag, pinch, double-click, and the zoomBy/panBy/showDomain calls) goes through d3-zoom's
 * one "zoom" listener, so buttons, benchmarks and gestures share one code path, with no animation.
 */
export function useZoom({
  surface,
  viewport,
  height,
  window,
  bounds,
  onWindowChange,
  onVerticalDrag,
}: UseZoomOptions): Zoom {
  const [behaviour] = useState(() => zoom<HTMLElement, unknown>());
  const [state, setState] = useState<{ transform: ZoomTransform; viewport: Viewport } | null>(null);
  const [moving, setMoving] = useState(false);
  const rest = useRef<ReturnType<typeof setTimeout>>(undefined);
  const source = useRef<Source | null>(null);
  const latest = useRef({ viewport, onWindowChange, onVerticalDrag });
  const synced = useRef<{ viewport: Viewport; window: TimeWindow } | null>(null);
  const reported = useRef<{ last: TimeWindow | null; recent: string[] }>({ last: null, recent: [] });

  useLayoutEffect(() => {
    latest.current = { viewport, onWindowChange, onVerticalDrag };
  });

  const apply = useCallback(
    (how: Source, change: (selection: Selection<HTMLElement, unknown, null, undefined>) => void) => {
      const node = surface.current;
      if (!node || latest.current.viewport.width <= 0) return;
      source.current = how;
      try {
        change(select(node));
      } finally {
        source.current = null;
      }
    },
    [surface],
  );

  useLayoutEffect(() => {
    const node = surface.current;
    if (!node) return;
    const selection = select(node);
    behaviour
      .filter((event: MouseEvent | TouchEvent) => {
        // Sideways wheel pans (below); right-click and ctrl-drag keep their usual meaning.
        if (event instanceof MouseEvent && event.type === 'wheel') {
          const wheel = event as WheelEvent;
          return Math.abs(wheel.deltaX) <= Math.abs(wheel.deltaY);
        }
        if (!(event instanceof MouseEvent)) return true;
        // A drag listens on the event's window; a synthetic event without one cannot start it.
        return !event.ctrlKey && !event.button && event.view !== null;
      })
      .constrain(constrainTransform)
      .clickDistance(4)
      // Double-click zooms at once: no transition, which also honours prefers-reduced-motion.
      .duration(0)
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        const { viewport: current, onWindowChange: report, onVerticalDrag: drag } = latest.current;
        const how = source.current;
        if (how === 'sync') return setState({ transform: event.transform, viewport: current });
        // The new transform and the window it reports render together, at once: one render per
        // frame of a gesture, drawn in that frame (otherwise the state update could wait for a
        // later task and render a second time).
        flushSync(() => {
          setState({ transform: event.transform, viewport: current });
          const input = event.sourceEvent as Event | null;
          if (input instanceof MouseEvent && input.type === 'mousemove' && drag) drag(input.movementY);
          // A double click or double tap is one step, like a button; wheel, drag and pinch are gestures.
          const step = input?.type === 'dblclick' || input?.type === 'touchend';
          const change = how ?? (step ? 'discrete' : 'continuous');
          clearTimeout(rest.current);
          if (change === 'continuous') {
            noteGestureMove();
            setMoving(true);
            rest.current = setTimeout(() => setMoving(false), REST_MS);
          } else setMoving(false);
          const next = windowOfDomain(domainOfTransform(event.transform, current));
          const memory = reported.current;
          if (memory.last && sameWindow(memory.last, next)) return;
          memory.last = next;
          memory.recent = [...memory.recent.slice(1 - ECHO_MEMORY), keyOf(next)];
          report(next, change);
        });
      });
    selection.call(behaviour);
    // A sideways trackpad swipe or shift-wheel pans, as it scrolls elsewhere on the page.
    const onWheel = (event: WheelEvent) => {
      if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
      event.preventDefault();
      behaviour.translateBy(selection, -event.deltaX / zoomTransform(node).k, 0);
    };
    node.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      node.removeEventListener('wheel', onWheel);
      selection.on('.zoom', null);
      clearTimeout(rest.current);
    };
  }, [behaviour, surface]);

  useLayoutEffect(() => {
    const node = surface.current;
    if (!node || viewport.width <= 0) return;
    behaviour
      .extent([
        [0, 0],
        [viewport.width, Math.max(1, height)],
      ])
      .scaleExtent(scaleExtentFor(viewport))
      .translateExtent(translateExtentFor(bounds, viewport));
    const previous = synced.current;
    synced.current = { viewport, window };
    let target: DayDomain | null = null;
    if (!previous || (!sameWindow(previous.window, window) && !isEcho(reported.current, window))) {
      target = clampDomain(domainOfWindow(window), bounds);
    } else if (previous.viewport.width !== viewport.width || previous.viewport.rtl !== viewport.rtl) {
      // Same days across the new width or direction, not the rounded window: no jump on resize.
      target = domainOfTransform(zoomTransform(node), previous.viewport);
    }
    if (!target) return;
    const transform = transformOfDomain(target, viewport);
    reported.current = { last: windowOfDomain(target), recent: [] };
    apply('sync', (selection) => behaviour.transform(selection, transform));
  }, [behaviour, surface, apply, viewport, height, bounds, window]);

  const domain =
    state && state.viewport.width > 0
      ? domainOfTransform(state.transform, state.viewport)
      : clampDomain(domainOfWindow(window), bounds);

  const zoomBy = useCallback(
    (factor: number, how: WindowChange = 'continuous') => apply(how, (s) => behaviour.scaleBy(s, factor)),
    [apply, behaviour],
  );
  const panBy = useCallback(
    (fraction: number, how: WindowChange = 'continuous') =>
      apply(how, (s) => {
        const { width, rtl } = latest.current.viewport;
        const k = zoomTransform(s.node()!).k;
        behaviour.translateBy(s, ((rtl ? 1 : -1) * fraction * width) / k, 0);
      }),
    [apply, behaviour],
  );
  const showDomain = useCallback(
    (target: DayDomain, how: WindowChange | 'preview' = 'discrete') =>
      apply(how === 'preview' ? 'sync' : how, (s) =>
        behaviour.transform(s, transformOfDomain(clampDomain(target, bounds), latest.current.viewport)),
      ),
    [apply, behaviour, bounds],
  );

  return { domain, moving, zoomBy, panBy, showDomain };
}

/** True when `window` is one this hook reported; forgets it and everything reported before it. */
function isEcho(memory: { recent: string[] }, window: TimeWindow): boolean {
  const at = memory.recent.indexOf(keyOf(window));
  if (at < 0) return false;
  memory.recent = memory.recent.slice(at + 1);
  return true;
}
