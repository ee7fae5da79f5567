import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, once the frame after its change is painted: for what may follow what the reader asked
 * to see (the facets' counts after the events they count). A newer value replaces one still
 * waiting, and its render, a transition, gives way to input.
 */
export function useAfterPaint<T>(value: T): T {
  const [later, setLater] = useState(value);
  useEffect(() => {
    if (later === value) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame's callbacks run before it is painted; a task queued from one runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setLater(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, later]);
  return later;
}
