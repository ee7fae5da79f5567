import { useSyncExternalStore } from 'react';
import type { EventTexts } from '../model/event-texts.ts';

/** Re-renders as texts come in or fail; the number changes each time. */
export function useTextsVersion(texts: EventTexts): number {
  return useSyncExternalStore(texts.subscribe, texts.version);
}
