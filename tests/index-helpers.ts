import { skeletonAt, type EventIndex } from '../src/model/event-index.ts';
import type { EventSkeleton } from '../src/model/corpus-parts.ts';

/** Every event of an index as a skeleton object, in time order: for tests that compare lists. */
export function skeletonsOf(index: EventIndex): EventSkeleton[] {
  return Array.from({ length: index.count }, (_, i) => skeletonAt(index, i));
}
