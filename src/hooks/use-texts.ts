import { useSyncExternalStore } from 'react';
import type { CorpusEvent } from '../model/corpus-schema.ts';
import type { EventTexts, TextsProgress } from '../model/event-texts.ts';

/** How far the corpus's complete events have come in; re-renders as shards arrive. */
export function useTextsProgress(texts: EventTexts): TextsProgress {
  return useSyncExternalStore(texts.subscribe, texts.progress);
}

/** Every complete event in index order, once all are in; undefined before. */
export function useAllTexts(texts: EventTexts): readonly CorpusEvent[] | undefined {
  const progress = useTextsProgress(texts);
  return progress.loaded === progress.total ? texts.all() : undefined;
}
