import { describe, expect, test } from 'vitest';
import { formatDay, formatEventDate, toDateTimeAttribute, type DateSpan } from './format-date.ts';

const day: DateSpan = { start: '2025-02-12', end: '2025-02-12', precision: 'day' };
const month: DateSpan = { start: '2025-01-01', end: '2025-01-31', precision: 'month' };
const year: DateSpan = { start: '2024-01-01', end: '2024-12-31', precision: 'year' };
const dayRange: DateSpan = { start: '2025-02-12', end: '2025-02-13', precision: 'day', range: true };
const crossMonthRange: DateSpan = { start: '2025-01-30', end: '2025-02-02', precision: 'day', range: true };
const crossYearRange: DateSpan = { start: '2024-12-30', end: '2025-01-02', precision: 'day', range: true };
const monthRange: DateSpan = { start: '2025-01-01', end: '2025-03-31', precision: 'month', range: true };

describe('formatEventDate', () => {
  test.each([
    [day, 'en', '12 February 2025'],
    [day, 'ru', '12 февраля 2025'],
    [day, 'ar', '12 فبراير 2025'],
    [month, 'en', 'January 2025'],
    [month, 'ru', 'январь 2025'],
    [month, 'ar', 'يناير 2025'],
    [year, 'en', '2024'],
    [year, 'ar', '2024'],
    [dayRange, 'en', '12–13 February 2025'],
    [dayRange, 'ru', '12–13 февраля 2025'],
    [crossMonthRange, 'en', '30 January – 2 February 2025'],
    [crossYearRange, 'en', '30 December 2024 – 2 January 2025'],
    [monthRange, 'en', 'January – March 2025'],
    [monthRange, 'ru', 'январь – март 2025'],
  ] as const)('%j in %s reads %j', (date, lang, expected) => {
    expect(formatEventDate(date, lang)).toBe(expected);
  });

  test('the first and last day of a month stay in that month whatever the time zone', () => {
    // Guards against building a Date at local midnight from an ISO string, which moves the day
    // west of UTC. The test script also runs this file under other TZ values.
    expect(formatDay('2025-01-01', 'en')).toBe('1 January 2025');
    expect(formatDay('2025-01-31', 'en')).toBe('31 January 2025');
    expect(formatDay('2024-12-31', 'en')).toBe('31 December 2024');
  });

  test('a string that is not a calendar date is shown as it is rather than as a wrong date', () => {
    expect(formatDay('2025-02-30', 'en')).toBe('2025-02-30');
  });
});

describe('toDateTimeAttribute', () => {
  test.each([
    [day, '2025-02-12'],
    [month, '2025-01'],
    [year, '2024'],
    [dayRange, undefined],
  ] as const)('%j has datetime %j', (date, expected) => {
    expect(toDateTimeAttribute(date)).toBe(expected);
  });
});
