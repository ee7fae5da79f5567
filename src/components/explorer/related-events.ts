import type { CorpusEvent } from '../../model/corpus-schema.ts';
import { compareEvents } from '../../model/event-order.ts';

/**
 * The events `event` names as related, and those that name it (a statement about a call lists
 * the call; the call's details list the statement too), in time order, each once.
 */
export function relatedEvents(events: readonly CorpusEvent[], event: CorpusEvent): CorpusEvent[] {
  const named = new Set(event.related ?? []);
  return events
    .filter((other) => other.id !== event.id && (named.has(other.id) || other.related?.includes(event.id)))
    .sort(compareEvents);
}
