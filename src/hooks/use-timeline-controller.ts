import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { parseViewState } from '../model/view-state.ts';
import { TimelineController, type TimelineSnapshot } from '../model/timeline-controller.ts';
import type { TimeWindow } from '../model/time-scale.ts';
import { noteGestureMove } from './gesture-quiet.ts';

interface UseTimelineControllerOptions {
  /** The window the link opened on, if it named one: read once, when the controller is made. */
  window: TimeWindow | undefined;
  /** Writes a window the reader chose into the URL. */
  onCommit: (window: TimeWindow) => void;
}

/** The window a URL's search names, if it names a whole one. */
function windowOfSearch(search: string): TimeWindow | undefined {
  const { from, to } = parseViewState(search).state;
  return from && to ? { from, to } : undefined;
}

/**
 * The timeline's controller, made once for the explorer: it opens on the link's window and
 * follows history (Back and Forward) from then on; it writes the reader's windows through
 * `onCommit`. Moves of the view are told to the page's gesture clock, for background work.
 */
export function useTimelineController({ window, onCommit }: UseTimelineControllerOptions): TimelineController {
  const [controller] = useState(() => new TimelineController({ window }));
  useLayoutEffect(() => controller.setCommit(onCommit), [controller, onCommit]);

  useEffect(() => {
    const onPopState = () => controller.showWindow(windowOfSearch(globalThis.location.search));
    globalThis.addEventListener('popstate', onPopState);
    let last = controller.getSnapshot();
    const unsubscribe = controller.subscribe(() => {
      const now = controller.getSnapshot();
      if (now.moving && now.transform !== last.transform) noteGestureMove();
      last = now;
    });
    return () => {
      globalThis.removeEventListener('popstate', onPopState);
      unsubscribe();
    };
  }, [controller]);
  return controller;
}

/** Everything the controller holds now; re-renders on each change. */
export function useTimelineSnapshot(controller: TimelineController): TimelineSnapshot {
  return useSyncExternalStore(controller.subscribe, controller.getSnapshot);
}

/** The visible window alone; re-renders only when its days change. */
export function useTimelineWindow(controller: TimelineController): TimeWindow {
  return useSyncExternalStore(controller.subscribe, controller.getWindow);
}
