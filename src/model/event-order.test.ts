import { expect, test } from 'vitest';
import type { CorpusEvent } from '../model/corpus-schema.ts';
import { sortEvents } from './event-order.ts';

function event(id: string, start: string, end: string): CorpusEvent {
  return { id, date: { start, end } } as CorpusEvent;
}

test('events sort by start, then end (a day before its month), then id', () => {
  const events = [
    event('b-day', '2025-01-01', '2025-01-01'),
    event('late', '2025-02-12', '2025-02-12'),
    event('month', '2025-01-01', '2025-01-31'),
    event('a-day', '2025-01-01', '2025-01-01'),
    event('year', '2024-01-01', '2024-12-31'),
  ];
  expect(sortEvents(events).map((e) => e.id)).toEqual(['year', 'a-day', 'b-day', 'month', 'late']);
  expect(events[0]?.id).toBe('b-day');
});
