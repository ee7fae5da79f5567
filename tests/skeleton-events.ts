import type { CorpusEvent, EventType } from '../src/model/corpus-schema.ts';
import { buildEventIndex } from '../src/model/index-events.ts';

/** An event with just what the event index reads of it: enough for lanes, layouts and walks. */
export function skeletonEvent(
  id: string,
  type: EventType,
  start: string,
  end: string,
  countries: string[],
  people: string[] = [],
): CorpusEvent {
  return { id, type, date: { start, end }, countries, people } as unknown as CorpusEvent;
}

/**
 * Five events in four lanes by country: a call and a month-long visit between Russia and Syria,
 * a statement naming three countries, one naming Russia alone, and a milestone.
 */
export const FIVE_EVENTS = buildEventIndex({
  events: [
    skeletonEvent('call', 'call', '2025-02-12', '2025-02-12', ['RU', 'SY'], ['putin', 'sharaa']),
    skeletonEvent('visit', 'meeting', '2025-01-01', '2025-01-31', ['RU', 'SY'], ['bogdanov']),
    skeletonEvent('talk', 'statement', '2025-02-13', '2025-02-13', ['US', 'TR', 'SY'], []),
    skeletonEvent('remark', 'statement', '2025-02-20', '2025-02-20', ['RU'], ['peskov']),
    skeletonEvent('fall', 'milestone', '2024-12-01', '2024-12-31', ['SY'], ['assad']),
  ],
});
