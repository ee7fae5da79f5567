import type { CorpusTables } from './corpus-parts.ts';
import type { Corpus } from './corpus-schema.ts';
import { buildEventIndex, type EventIndex } from './event-index.ts';
import { completeTexts, type EventTexts } from './event-texts.ts';

/**
 * A corpus ready to explore: its tables, its events laid out for speed, and their complete
 * texts, which a split corpus brings in after the rest (corpus-parts.ts). Positions in `texts`
 * are positions in `index`.
 */
export interface LoadedCorpus extends CorpusTables {
  index: EventIndex;
  texts: EventTexts;
}

/** A corpus loaded whole (a file the reader opened, the benchmark's events): every text is in. */
export function loadedFromCorpus(corpus: Corpus): LoadedCorpus {
  const { schemaVersion, articles, people, countries } = corpus;
  const index = buildEventIndex(corpus);
  return { schemaVersion, articles, people, countries, index, texts: completeTexts(index.events) };
}
