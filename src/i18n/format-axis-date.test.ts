import { describe, expect, test } from 'vitest';
import { toDayNumber } from '../model/calendar-date.ts';
import { formatTick } from './format-axis-date.ts';

describe('formatTick', () => {
  test.each([
    ['2025-01-01', 'year', 'en', '2025'],
    ['2025-02-01', 'month', 'en', 'Feb'],
    // British English abbreviates September to four letters (CLDR's en-GB).
    ['2025-09-01', 'month', 'en', 'Sept'],
    ['2025-02-01', 'month', 'ru', 'февр.'],
    ['2025-09-01', 'month', 'ru', 'сент.'],
    ['2025-01-01', 'month', 'ar', 'يناير'],
    ['2025-09-01', 'month', 'ar', 'سبتمبر'],
    ['2025-02-12', 'day', 'en', '12'],
    ['2025-02-12', 'day', 'ar', '12'],
  ] as const)('%s at %s level in %s reads %j', (date, level, lang, expected) => {
    expect(formatTick(toDayNumber(date), level, lang)).toBe(expected);
  });

  test('the first and last days of a year stay in their year whatever the time zone', () => {
    expect(formatTick(toDayNumber('2025-01-01'), 'year', 'en')).toBe('2025');
    expect(formatTick(toDayNumber('2024-12-31'), 'day', 'en')).toBe('31');
  });
});
