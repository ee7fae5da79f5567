import { skeletonsOf } from '../../tests/index-helpers.ts';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { generateSyntheticCorpus } from '../bench/synthetic-corpus.ts';
import { fromDayNumber, toDayNumber } from './calendar-date.ts';
import type { CorpusEvent } from './corpus-schema.ts';
import { positionsInWindow } from './/event-index.ts';
import { buildEventIndex } from './index-events.ts';
import { sortEvents } from './event-order.ts';

const FIRST = toDayNumber('2024-01-01');

function event(id: string, start: number, span: number, countries: string[], people: string[]): CorpusEvent {
  return {
    id,
    type: 'call',
    date: {
      start: fromDayNumber(FIRST + start),
      end: fromDayNumber(FIRST + start + span),
      precision: 'day',
      rule: 'explicit',
    },
    countries,
    people,
  } as CorpusEvent;
}

const events = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^[a-z]{1,3}$/),
    // Mostly a few days apart (counted by day), sometimes centuries (sorted by comparison).
    start: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 20 }) }, fc.integer({ min: 0, max: 60_000 })),
    span: fc.constantFrom(0, 0, 0, 30),
    countries: fc.uniqueArray(fc.constantFrom('RU', 'SY', 'TR'), { minLength: 1, maxLength: 2 }),
    people: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 2 }),
  }),
  { selector: (e) => e.id, maxLength: 40 },
);

describe('buildEventIndex', () => {
  test('puts events in the date order of sortEvents (start, end, id), whatever the input order', () => {
    fc.assert(
      fc.property(events, (raw) => {
        const corpus = { events: raw.map((e) => event(e.id, e.start, e.span, e.countries, e.people)) };
        const index = buildEventIndex(corpus);
        expect(skeletonsOf(index).map((e) => e.id)).toEqual(sortEvents(corpus.events).map((e) => e.id));
        skeletonsOf(index).forEach((e, i) => {
          expect(index.start[i]).toBe(toDayNumber(e.date.start));
          expect(index.end[i]).toBe(toDayNumber(e.date.end));
          expect(index.ids.positionOf(e.id)).toBe(i);
          const countries = [...index.countryRefs.subarray(index.countryStart[i], index.countryStart[i + 1])];
          expect(countries.map((k) => index.countryCodes[k])).toEqual(e.countries);
          const people = [...index.personRefs.subarray(index.personStart[i], index.personStart[i + 1])];
          expect(people.map((k) => index.personIds[k])).toEqual(e.people);
        });
      }),
    );
  });

  test('finds every event that overlaps a window, month-long ones that began before it included', () => {
    const index = buildEventIndex(generateSyntheticCorpus(2000));
    const from = toDayNumber('2023-03-10');
    const to = toDayNumber('2023-03-20');
    const { first, last } = positionsInWindow(index, from, to);
    const overlapping = skeletonsOf(index).filter(
      (e) => toDayNumber(e.date.end) >= from && toDayNumber(e.date.start) <= to,
    );
    const found = skeletonsOf(index)
      .slice(first, last)
      .filter((e) => toDayNumber(e.date.end) >= from);
    expect(found).toEqual(overlapping);
    expect(overlapping.length).toBeGreaterThan(0);
  });
});
