import { useEffect, useState } from 'react';

/**
 * State kept in sessionStorage under `key`: a reload (or a crash of the page) loses nothing the
 * editor pasted or decided, and nothing leaves the browser. `isValid` checks what is read back;
 * anything else starts from `initial`.
 */
export function useSessionState<T>(
  key: string,
  initial: T,
  isValid: (value: unknown) => value is T,
): [T, (next: T | ((current: T) => T)) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = window.sessionStorage.getItem(key);
      const parsed: unknown = stored === null ? undefined : JSON.parse(stored);
      return isValid(parsed) ? parsed : initial;
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      window.sessionStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or off (a private window): the page goes on without it.
    }
  }, [key, value]);
  return [value, setValue];
}
