import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A ref for a panel that, when the panel goes away, gives focus back to `opener` (the control
 * that opened it), so that a keyboard user carries on where they were. Only when focus was in
 * the panel or lost with it: a reader who has since clicked elsewhere keeps their place. The
 * latest `opener` counts, so a panel reused for another event returns to that event's opener.
 */
export function useReturnFocus<T extends HTMLElement>(
  opener: HTMLElement | SVGElement | null | undefined,
  /** Called instead when the opener is gone from the page (a mark redrawn away, say). */
  fallback?: () => void,
): RefObject<T | null> {
  const panelRef = useRef<T>(null);
  const openerRef = useRef(opener);
  const fallbackRef = useRef(fallback);
  useLayoutEffect(() => {
    openerRef.current = opener;
    fallbackRef.current = fallback;
  }, [opener, fallback]);
  // A layout effect, because its cleanup runs before React removes the panel's elements: focus
  // is still inside the panel then, and can be seen to be. (React itself puts focus back on an
  // element outside the panel after the commit; the check says what we mean without relying on it.)
  useLayoutEffect(() => {
    const panel = panelRef.current;
    const [latest, latestFallback] = [openerRef, fallbackRef];
    return () => {
      const active = document.activeElement;
      const focusWasHere = !active || active === document.body || (panel?.contains(active) ?? false);
      const target = latest.current;
      if (!focusWasHere) return;
      if (target?.isConnected) target.focus();
      else latestFallback.current?.();
    };
  }, []);
  return panelRef;
}
