import { UTCDate } from '@date-fns/utc';
import { endOfMonth, format, isValid, parse } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeSpanProblem,
  fromDayNumber,
  isCalendarDate,
  isExactSpan,
  spanOf,
  toDayNumber,
} from './calendar-date.ts';
import { formatCalendarDate } from './utc-date.ts';

// The test script runs this file under America/Los_Angeles and Asia/Tokyo: a calendar date
// must come out the same in both, and the same as in UTC.
describe('calendar dates are the same day in every time zone', () => {
  it('runs under a time zone away from UTC, so that a shift would show', () => {
    expect(new Date(2025, 1, 12).getTimezoneOffset()).not.toBe(0);
  });

  it.each([
    ['1970-01-01', 0],
    ['2025-02-12', 20131],
    ['2024-02-29', 19782],
    ['2024-12-31', 20088],
  ])('toDayNumber(%s) is %i and fromDayNumber gives it back', (date, day) => {
    expect(toDayNumber(date)).toBe(day);
    expect(fromDayNumber(day)).toBe(date);
  });

  it('fromDayNumber(toDayNumber(d)) is d for every day of 2024-2026', () => {
    for (let day = toDayNumber('2024-01-01'); day <= toDayNumber('2026-12-31'); day++) {
      expect(toDayNumber(fromDayNumber(day))).toBe(day);
    }
  });
});

describe('isCalendarDate accepts only days that exist', () => {
  it.each([
    ['2025-02-12', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-2-12', false],
    ['0099-01-01', false],
    ['12 February 2025', false],
  ])('%s → %s', (text, valid) => expect(isCalendarDate(text)).toBe(valid));
});

describe('spanOf gives the whole period of a precision', () => {
  it.each([
    ['2025-02-12', 'day', '2025-02-12', '2025-02-12'],
    ['2025-02-12', 'month', '2025-02-01', '2025-02-28'],
    ['2024-02-10', 'month', '2024-02-01', '2024-02-29'],
    ['2024-12-31', 'month', '2024-12-01', '2024-12-31'],
    ['2024-06-15', 'year', '2024-01-01', '2024-12-31'],
  ] as const)('%s at %s precision spans %s..%s', (date, precision, start, end) => {
    expect(spanOf(date, precision)).toEqual({ start, end });
  });
});

describe('describeSpanProblem', () => {
  it('accepts a month that spans exactly its month', () => {
    expect(describeSpanProblem('2025-01-01', '2025-01-31', 'month')).toBeNull();
  });
  it('rejects start after end', () => {
    expect(describeSpanProblem('2025-02-13', '2025-02-12', 'day', true)).toBe(
      'start 2025-02-13 is after end 2025-02-12',
    );
  });
  it('rejects a month-precision date that does not span its month', () => {
    expect(describeSpanProblem('2025-01-01', '2025-01-30', 'month')).toBe(
      'a month-precision date must span 2025-01-01..2025-01-31, not 2025-01-01..2025-01-30',
    );
  });
  it('lets a range (an unknown day between bounds) span several days', () => {
    expect(describeSpanProblem('2025-02-12', '2025-02-13', 'day', true)).toBeNull();
  });
});

// The functions above do plain arithmetic for speed (they run for every date of a 100,000-event
// corpus and on every zoom frame); date-fns, which they used to call, is the reference.
describe('the arithmetic agrees with date-fns on every date-shaped string', () => {
  const reference = (text: string) => {
    if (!/^[1-9]\d{3}-\d{2}-\d{2}$/.test(text)) return null;
    const date = parse(text, 'yyyy-MM-dd', new UTCDate(0));
    if (!isValid(date)) return null;
    const utc = new UTCDate(date.getFullYear(), date.getMonth(), date.getDate());
    return format(utc, 'yyyy-MM-dd') === text ? utc : null;
  };
  const digits = (n: number) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const dateShaped = fc.oneof(
    fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
    fc
      .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    fc.string(),
  );

  it('isCalendarDate, toDayNumber and spanOf', () => {
    fc.assert(
      fc.property(dateShaped, (text) => {
        const expected = reference(text);
        expect(isCalendarDate(text)).toBe(expected !== null);
        if (!expected) return;
        expect(toDayNumber(text)).toBe(Math.round(expected.getTime() / 86_400_000));
        const monthStart = new UTCDate(expected.getFullYear(), expected.getMonth(), 1);
        expect(spanOf(text, 'month')).toEqual({
          start: format(monthStart, 'yyyy-MM-dd'),
          end: format(endOfMonth(monthStart), 'yyyy-MM-dd'),
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('fromDayNumber and formatCalendarDate over years 1000-9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1000-01-01'), max: toDayNumber('9999-12-31') }), (day) => {
        const date = new UTCDate(day * 86_400_000);
        expect(fromDayNumber(day)).toBe(format(date, 'yyyy-MM-dd'));
        expect(formatCalendarDate(date)).toBe(format(date, 'yyyy-MM-dd'));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isExactSpan answers as describeSpanProblem does, for real dates', () => {
  const day = fc.integer({ min: toDayNumber('2023-11-01'), max: toDayNumber('2025-02-28') }).map(fromDayNumber);
  const monthStart = day.map((d) => spanOf(d, 'month').start);
  const monthEnd = day.map((d) => spanOf(d, 'month').end);
  const date = fc.oneof(day, monthStart, monthEnd, fc.constantFrom('2024-01-01', '2024-12-31', '2025-01-01'));
  it('for any start, end, precision and range', () => {
    fc.assert(
      fc.property(
        date,
        date,
        fc.constantFrom('day', 'month', 'year') as fc.Arbitrary<'day' | 'month' | 'year'>,
        fc.boolean(),
        (start, end, precision, range) => {
          expect(isExactSpan(start, end, precision, range)).toBe(
            describeSpanProblem(start, end, precision, range) === null,
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});
