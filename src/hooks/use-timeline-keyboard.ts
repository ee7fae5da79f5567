import { select } from 'd3-selection';
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { EventIndex } from '../model/event-index.ts';
import {
  centreDomainOn,
  centreOfEvent,
  commandOfKey,
  eventInView,
  lanesOfEvent,
  positionAroundDay,
  targetOfMove,
  zoomDomainAbout,
} from '../model/keyboard-navigation.ts';
import type { CountMark, EventMark, LaneSet } from '../model/lane-layout.ts';
import { MIN_SPAN_DAYS, type DayDomain } from '../model/time-scale.ts';

interface UseTimelineKeyboardOptions {
  /** The timeline's root: the marks and counts drawn inside it take part. */
  root: RefObject<HTMLElement | null>;
  index: EventIndex;
  shown: Uint8Array;
  /** The lanes as drawn, to find the lanes an event is in. */
  laneSet: LaneSet;
  /** Time runs right to left (Arabic). */
  rtl: boolean;
  /** The event whose details are open: the tab stop follows it. */
  selectedId: string | undefined;
  /** The days in view. */
  domain: DayDomain;
  /** Shows these days, as one step. */
  showDomain: (domain: DayDomain, how: 'discrete') => void;
  /** Shows every shown event. */
  fitAll: () => void;
  /** Scrolls the lanes so that lane `lane` (an index into laneSet.lanes) is drawn. */
  revealLane: (lane: number) => void;
}

/**
 * Something to do once the view has been drawn: focus an event (revealing it first, or, to
 * return, only once it is drawn again, without moving the view), or the tab stop.
 */
type Job =
  | { kind: 'reveal'; position: number; attempts: number; lanesTried: number[] }
  | { kind: 'return'; position: number }
  | { kind: 'restore' };

const MARKS = '[data-event-id], [data-count]';

/**
 * The event a drawn mark stands for, from the datum d3 bound to it: not by its id, whose map of
 * 100,000 events takes 50-70 ms to make, a long task in the first rest after a zoom.
 */
function positionOfMark(mark: Element): number | undefined {
  return (select(mark).datum() as EventMark | undefined)?.position;
}

/** A selector for an attribute's exact value, quoted as a CSS string (CSS.escape is not in every DOM). */
function attribute(name: string, value: string): string {
  return `[${name}="${value.replace(/["\\\n]/g, (c) => (c === '\n' ? '\\a ' : `\\${c}`))}"]`;
}

// Enough halvings to go from the widest zoom (30 years) to the narrowest (2 days), and then some.
const MAX_ATTEMPTS = 16;
// A reveal that draws nothing new (nothing re-rendered) is given up after this long.
const WATCHDOG_MS = 600;

function holds(count: CountMark, day: number): boolean {
  return count.start <= day && day < count.end;
}

/** The drawn count whose days hold `day`, if any. */
function countHolding(node: Element, day: number): SVGElement | null {
  for (const count of node.querySelectorAll<SVGElement>('[data-count]')) {
    if (holds(select(count).datum() as CountMark, day)) return count;
  }
  return null;
}

/**
 * The timeline as one tab stop with roving focus: exactly one mark has tabindex 0 (the active
 * event's, else the earliest drawn), the arrow keys move to the previous and next shown event in
 * time order (the arrow pointing toward earlier dates goes earlier, so in Arabic it is the right
 * arrow), Home and End to the first and last, + and − zoom, 0 fits all. An event that is off
 * screen, in lanes scrolled away or inside a count is revealed first: the view pans, scrolls or
 * zooms until its mark is drawn, then it takes focus. Marks are drawn outside React (d3 joins),
 * so the tab stop is set on the DOM after each draw.
 */
export function useTimelineKeyboard(options: UseTimelineKeyboardOptions) {
  const latest = useRef(options);
  // The event the keyboard is on (a position in the index), or undefined before any.
  const active = useRef<number | undefined>(undefined);
  const job = useRef<Job | null>(null);
  // The mark that had focus: if a redraw removes it, focus goes to the new tab stop, not the page.
  const focused = useRef<Element | null>(null);
  const watchdog = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useLayoutEffect(() => {
    latest.current = options;
  });

  const { selectedId, index } = options;
  useLayoutEffect(() => {
    if (selectedId !== undefined) active.current = index.positionOf.get(selectedId) ?? active.current;
  }, [selectedId, index]);

  /** Gives tabindex 0 to the active event's first mark, else to the earliest drawn, and -1 to the rest. */
  const syncTabStop = useCallback((): HTMLElement | SVGElement | null => {
    const node = latest.current.root.current;
    if (!node) return null;
    const { index: events, domain } = latest.current;
    let stop: HTMLElement | SVGElement | null = null;
    const current = active.current === undefined ? undefined : events.events[active.current];
    if (current) stop = node.querySelector(attribute('data-event-id', current.id));
    if (!stop) {
      // The earliest event in view; a mark just past the edge (drawn so that it slides in) is not.
      let earliest = Infinity;
      for (const mark of node.querySelectorAll<SVGElement>('[data-event-id]')) {
        const position = positionOfMark(mark) ?? Infinity;
        if (position < earliest && eventInView(events, position, domain)) [earliest, stop] = [position, mark];
      }
    }
    stop ??= node.querySelector<SVGElement>('[data-count]');
    for (const other of node.querySelectorAll(`:is(${MARKS})[tabindex="0"]`)) {
      if (other !== stop) other.setAttribute('tabindex', '-1');
    }
    if (stop && stop.getAttribute('tabindex') !== '0') stop.setAttribute('tabindex', '0');
    return stop;
  }, []);

  const finish = useCallback(
    (target: HTMLElement | SVGElement | null, scroll: boolean) => {
      job.current = null;
      clearTimeout(watchdog.current);
      const stop = syncTabStop();
      (target ?? stop)?.focus({ preventScroll: !scroll });
    },
    [syncTabStop],
  );

  /**
   * Where an event cannot be drawn apart even at the narrowest zoom (more events on its days than
   * a lane has rows), the count that holds it takes focus, and the arrows carry on from the event.
   */
  const giveUp = useCallback(
    (position: number) => {
      const node = latest.current.root.current;
      const day = latest.current.index.start[position]!;
      finish(node && countHolding(node, day), true);
    },
    [finish],
  );

  /**
   * A job waits for the next draw; if none comes (the view could not change), a reveal ends on
   * the tab stop and a restore is dropped, so that no later redraw moves focus unasked.
   */
  const watch = useCallback(
    (next: Job) => {
      job.current = next;
      clearTimeout(watchdog.current);
      watchdog.current = setTimeout(() => {
        if (job.current !== next) return;
        if (next.kind === 'restore') job.current = null;
        else giveUp(next.position);
      }, WATCHDOG_MS);
    },
    [giveUp],
  );

  /** One step toward showing the event: pan to it, scroll to a lane of it not yet drawn, or zoom in on it. */
  const reveal = useCallback((position: number, lanesTried: number[]): boolean => {
    const { index: events, domain, showDomain, laneSet, revealLane, root } = latest.current;
    const centre = centreOfEvent(events, position);
    if (!eventInView(events, position, domain)) {
      showDomain(centreDomainOn(domain, centre), 'discrete');
      return true;
    }
    // Counted in the lanes drawn, it may have room in another: each lane is tried once.
    const hidden = lanesOfEvent(laneSet, position).find(
      (lane) =>
        !lanesTried.includes(lane) && !root.current?.querySelector(attribute('data-lane', laneSet.lanes[lane]!.key)),
    );
    if (hidden !== undefined) {
      lanesTried.push(hidden);
      revealLane(hidden);
      return true;
    }
    // In view but counted with its neighbours: zoom in on it, centred, until it is drawn apart.
    // (The zoom stops at its narrowest, give or take the rounding of the window to whole days.)
    if (domain.end - domain.start < MIN_SPAN_DAYS * 1.5) return false;
    showDomain(zoomDomainAbout(centreDomainOn(domain, centre), centre, 2), 'discrete');
    return true;
  }, []);

  /** Runs after every draw: carries on with a pending job, or keeps the tab stop right. */
  const settle = useCallback(() => {
    const node = latest.current.root.current;
    const pending = job.current;
    if (!node) return;
    if (pending?.kind === 'restore') return finish(null, false);
    if (pending) {
      const { index: events, domain } = latest.current;
      const id = events.events[pending.position]?.id;
      const mark = id === undefined ? null : node.querySelector<SVGElement>(attribute('data-event-id', id));
      if (mark && eventInView(events, pending.position, domain)) return finish(mark, true);
      // Returning waits for the draws still to come (the watchdog ends it); it does not move the view.
      if (pending.kind === 'return') return;
      if (pending.attempts++ >= MAX_ATTEMPTS || !reveal(pending.position, pending.lanesTried))
        return giveUp(pending.position);
      // The view may have been drawn (and the job done) before showDomain returned.
      if (job.current === pending) watch(pending);
      return;
    }
    const stop = syncTabStop();
    // The focused mark was removed by a redraw (a zoom, a filter): focus stays in the timeline,
    // on the tab stop, as soon as there is one (marks may be away while a gesture draws a canvas).
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (focused.current && !focused.current.isConnected && lost && stop) {
      focused.current = null;
      stop.focus({ preventScroll: true });
    }
  }, [finish, reveal, syncTabStop, watch]);

  useLayoutEffect(settle);

  useEffect(() => {
    const node = options.root.current;
    if (!node) return;
    const onFocusIn = (event: FocusEvent) => {
      const mark = event.target instanceof Element ? event.target.closest(MARKS) : null;
      focused.current = mark;
      const position = mark?.hasAttribute('data-event-id') ? positionOfMark(mark) : undefined;
      if (position !== undefined) active.current = position;
    };
    const onFocusOut = (event: FocusEvent) => {
      const left = event.target;
      // Still in the page: the reader moved on. Removed by a redraw: keep it, so settle() restores focus.
      queueMicrotask(() => {
        if (focused.current === left && left instanceof Element && left.isConnected) focused.current = null;
      });
    };
    node.addEventListener('focusin', onFocusIn);
    node.addEventListener('focusout', onFocusOut);
    return () => {
      node.removeEventListener('focusin', onFocusIn);
      node.removeEventListener('focusout', onFocusOut);
      clearTimeout(watchdog.current);
    };
  }, [options.root]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const target = event.target;
      if (!(target instanceof Element) || target.closest('input, select, textarea')) return;
      const mark = target.closest(MARKS);
      const command = commandOfKey(event.key, latest.current.rtl, event);
      if (!command) {
        // Enter or Space on a count zooms in to its events (TimelineMarks): focus follows.
        if (mark?.hasAttribute('data-count') && (event.key === 'Enter' || event.key === ' '))
          watch({ kind: 'restore' });
        return;
      }
      const { index: events, shown, domain, showDomain, fitAll } = latest.current;
      if (command.kind === 'move') {
        // Arrows on the zoom buttons keep their meaning; the timeline's are for its marks.
        if (!mark) return;
        event.preventDefault();
        let to: number | undefined;
        const count = mark.hasAttribute('data-count') ? (select(mark).datum() as CountMark) : null;
        const inCount = count && active.current !== undefined && holds(count, events.start[active.current]!);
        if (count && !inCount && (command.to === 'earlier' || command.to === 'later')) {
          to = positionAroundDay(events, shown, count.start, command.to);
        } else {
          to = targetOfMove(shown, active.current, command.to);
        }
        if (to === undefined) return;
        active.current = to;
        job.current = { kind: 'reveal', position: to, attempts: 0, lanesTried: [] };
        settle();
        return;
      }
      event.preventDefault();
      // Before the change: the view may be drawn again before showDomain returns.
      if (mark) watch({ kind: 'restore' });
      if (command.kind === 'zoom') {
        // About the focused event, which keeps its place; else about the middle of the view.
        const about =
          mark && active.current !== undefined
            ? centreOfEvent(events, active.current)
            : (domain.start + domain.end) / 2;
        showDomain(zoomDomainAbout(domain, about, command.factor), 'discrete');
      } else {
        fitAll();
      }
    },
    [settle, watch],
  );

  // Native, like the marks' own listeners (TimelineMarks), and on the way down (capture), so that
  // a count's Enter is seen here before its listener zooms.
  const { root } = options;
  useEffect(() => {
    const node = root.current;
    node?.addEventListener('keydown', onKeyDown, true);
    return () => node?.removeEventListener('keydown', onKeyDown, true);
  }, [root, onKeyDown]);

  /**
   * Gives focus back to an event whose mark went away meanwhile (the details panel narrows the
   * timeline, and the mark may be counted until it closes): its mark as soon as a draw shows it,
   * else, when draws stop, the count that holds it or the tab stop. The view does not move.
   */
  const focusEvent = useCallback(
    (id: string) => {
      const position = latest.current.index.positionOf.get(id);
      if (position === undefined) return;
      active.current = position;
      watch({ kind: 'return', position });
      settle();
    },
    [watch, settle],
  );
  return { focusEvent };
}
