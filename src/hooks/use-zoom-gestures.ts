import { select } from 'd3-selection';
import { zoom, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { constrainTransform } from '../model/time-scale.ts';
import type { TimelineController } from '../model/timeline-controller.ts';

/** A wheel event that asks to zoom: a pinch on a touchpad (which browsers send with Ctrl), or Ctrl/⌘ and the wheel. */
function zoomsPage(event: WheelEvent): boolean {
  return event.ctrlKey || event.metaKey;
}

/**
 * How far a wheel event zooms, as d3-zoom's default but for the pinch: a touchpad pinch sends
 * many small deltas (and Ctrl), which d3 scales up tenfold; a mouse wheel turned with Ctrl sends
 * notches of about 100 pixels, which must not zoom ten times as fast.
 */
function wheelDelta(event: WheelEvent): number {
  const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  const pinch = event.deltaMode === 0 && Math.abs(event.deltaY) < 50;
  return -event.deltaY * unit * (pinch ? 10 : 1);
}

/**
 * d3-zoom on `surface`, reporting every gesture to the controller, which owns the transform: the
 * controller's transform is mirrored into d3-zoom (its `__zoom`) whenever it changes elsewhere (a
 * button, a key, history), so the next gesture starts from it. Drag, pinch, double-click and a
 * sideways swipe move the view; the wheel zooms only with Ctrl or ⌘ (or a pinch), so that it still
 * scrolls the page past a tall timeline: a plain wheel calls `onPlainWheel` (to say how to zoom).
 */
export function useZoomGestures(
  surface: RefObject<HTMLElement | null>,
  controller: TimelineController,
  onPlainWheel?: () => void,
): void {
  const [behaviour] = useState(() => zoom<HTMLElement, unknown>());
  const hint = useRef(onPlainWheel);
  useLayoutEffect(() => {
    hint.current = onPlainWheel;
  });

  useLayoutEffect(() => {
    const node = surface.current;
    if (!node) return;
    const selection = select(node);
    let syncing = false;
    const sync = () => {
      const { transform, viewport } = controller.getSnapshot();
      behaviour
        .extent([
          [0, 0],
          [Math.max(1, viewport.width), 1],
        ])
        .scaleExtent(controller.scaleExtent())
        .translateExtent(controller.translateExtent());
      const current = zoomTransform(node);
      if (current.k === transform.k && current.x === transform.x) return;
      syncing = true;
      try {
        behaviour.transform(selection, transform);
      } finally {
        syncing = false;
      }
    };
    behaviour
      .filter((event: Event) => {
        if (event.type === 'wheel') {
          const wheel = event as WheelEvent;
          // Sideways scrolling pans (below), and only a zooming wheel is d3's.
          return Math.abs(wheel.deltaX) <= Math.abs(wheel.deltaY) && zoomsPage(wheel);
        }
        if (!(event instanceof MouseEvent)) return true;
        // A drag listens on the event's window; a synthetic event without one cannot start it.
        return !event.ctrlKey && !event.button && event.view !== null;
      })
      .wheelDelta(wheelDelta)
      .constrain(constrainTransform)
      .clickDistance(4)
      // Double-click zooms at once: no transition, which also honours prefers-reduced-motion.
      .duration(0)
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (syncing) return;
        const input = event.sourceEvent as Event | null;
        // A double click or a double tap is one step, like a button; wheel, drag and pinch are gestures.
        const step = input?.type === 'dblclick' || input?.type === 'touchend';
        controller.setTransform(event.transform, step ? 'discrete' : 'continuous');
      })
      .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (!syncing && event.sourceEvent) controller.rest();
      });
    selection.call(behaviour);
    sync();
    const unsubscribe = controller.subscribe(sync);
    const onWheel = (event: WheelEvent) => {
      if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        // A sideways swipe or shift-wheel pans, as it scrolls elsewhere on the page.
        event.preventDefault();
        const transform = zoomTransform(node);
        controller.setTransform(transform.translate(-event.deltaX / transform.k, 0), 'continuous');
      } else if (!zoomsPage(event)) hint.current?.();
    };
    node.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      unsubscribe();
      node.removeEventListener('wheel', onWheel);
      selection.on('.zoom', null);
    };
  }, [behaviour, surface, controller]);
}
