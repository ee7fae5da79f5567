import { describe, expect, it } from 'vitest';
import { describeSpanProblem, fromDayNumber, isCalendarDate, spanOf, toDayNumber } from './calendar-date.ts';

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
