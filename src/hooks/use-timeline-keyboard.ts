import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { commandOfKey } from '../model/keyboard-navigation.ts';
import type { TimelineController, TimelineSnapshot } from '../model/timeline-controller.ts';

/** The marks and counts the keyboard moves among carry their layout key in this attribute. */
export const ITEM_KEY = 'data-key';

function itemOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest(`[${ITEM_KEY}]`) : null;
}

/** An item's element, by its key. */
export function findItem(root: ParentNode, key: string): HTMLElement | SVGElement | null {
  for (const element of root.querySelectorAll<HTMLElement | SVGElement>(`[${ITEM_KEY}]`)) {
    if (element.getAttribute(ITEM_KEY) === key) return element;
  }
  return null;
}

/**
 * The timeline's keys, read on `root` and carried out by the controller, which chooses the item
 * to go to from its layout: the arrows walk the items in time order (the one pointing toward
 * earlier dates goes earlier: in Arabic, the right arrow), Home and End go to the first and last
 * event, + and − zoom about the keyboard's item, 0 fits all. Once the view is drawn, focus goes
 * where the controller asked; a mark removed by a redraw (a zoom, a filter) hands focus to the
 * tab stop, so that it stays in the timeline.
 */
export function useTimelineKeyboard(
  root: RefObject<HTMLElement | null>,
  controller: TimelineController,
  snapshot: TimelineSnapshot,
  rtl: boolean,
): void {
  const direction = useRef(rtl);
  // The item that had focus, to know when a redraw took it away.
  const focused = useRef<Element | null>(null);
  // A request made before the timeline was drawn (it was away in another view) is not carried out.
  const done = useRef(snapshot.focus?.seq);
  useLayoutEffect(() => {
    direction.current = rtl;
  });

  useEffect(() => {
    const node = root.current;
    if (!node) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.target instanceof Element) || event.target.closest('input, select, textarea')) return;
      const command = commandOfKey(event.key, direction.current, event);
      if (!command) return;
      // Arrows elsewhere in the timeline (its buttons) keep their meaning; zoom keys work anywhere in it.
      if (command.kind === 'move' && !itemOf(event.target)) return;
      event.preventDefault();
      controller.command(command);
    };
    const onFocusIn = (event: FocusEvent) => {
      const item = itemOf(event.target);
      focused.current = item;
      const key = item?.getAttribute(ITEM_KEY);
      if (key) controller.activate(key);
    };
    node.addEventListener('keydown', onKeyDown);
    node.addEventListener('focusin', onFocusIn);
    return () => {
      node.removeEventListener('keydown', onKeyDown);
      node.removeEventListener('focusin', onFocusIn);
    };
  }, [root, controller]);

  // After the marks are drawn (the children's layout effects run first).
  useLayoutEffect(() => {
    const node = root.current;
    if (!node) return;
    const { focus, tabStop } = snapshot;
    if (focus && focus.seq !== done.current) {
      done.current = focus.seq;
      findItem(node, focus.key)?.focus();
      return;
    }
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (focused.current && !focused.current.isConnected && lost && tabStop) {
      focused.current = null;
      findItem(node, tabStop)?.focus({ preventScroll: true });
    }
  });
}
