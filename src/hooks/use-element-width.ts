import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The content width of an element in CSS pixels, kept up to date with a ResizeObserver.
 * `fixed` overrides the measurement: tests (jsdom has no layout) and benchmarks pass a width.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fixed?: number): number {
  const [measured, setMeasured] = useState(0);

  useLayoutEffect(() => {
    const element = ref.current;
    if (fixed !== undefined || !element) return;
    // Whole pixels: sub-pixel jitter would re-lay out the marks for nothing.
    const update = (width: number) => setMeasured(Math.max(0, Math.floor(width)));
    update(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) update(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fixed]);

  return fixed ?? measured;
}
