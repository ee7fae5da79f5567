import { UTCDate } from '@date-fns/utc';
import { endOfMonth, format, isValid, parse } from 'date-fns';

/**
 * A calendar date as `YYYY-MM-DD`. Never a `Date` at midnight: a day is the same day in every
 * time zone, so every computation here runs on UTC dates (`UTCDate`) that no zone can shift.
 */
export type CalendarDate = string;

/** The granularity an article gives a date at. */
export type DatePrecision = 'day' | 'month' | 'year';

// Years 1000-9999: JavaScript dates read two-digit years as 19xx, and news needs no earlier ones.
const ISO_DATE = /^[1-9]\d{3}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

/** Parses `YYYY-MM-DD` into a UTC date, or null when it is not a real calendar date. */
export function parseCalendarDate(text: string): UTCDate | null {
  if (!ISO_DATE.test(text)) return null;
  const date = parse(text, 'yyyy-MM-dd', new UTCDate(0));
  // parse() builds through the reference date's zone: rebuild it as UTC fields.
  if (!isValid(date)) return null;
  const utc = new UTCDate(date.getFullYear(), date.getMonth(), date.getDate());
  return formatCalendarDate(utc) === text ? utc : null;
}

/** True when `text` is `YYYY-MM-DD` and names a day that exists (no 2025-02-30). */
export function isCalendarDate(text: string): boolean {
  return parseCalendarDate(text) !== null;
}

/** Formats a UTC date as `YYYY-MM-DD`. */
export function formatCalendarDate(date: UTCDate): CalendarDate {
  return format(date, 'yyyy-MM-dd');
}

/**
 * Days since 1970-01-01. The timeline indexes and scales events by this integer, so that
 * comparisons and binning never touch a `Date`.
 */
export function toDayNumber(date: CalendarDate): number {
  const parsed = parseCalendarDate(date);
  if (!parsed) throw new RangeError(`not a calendar date: ${date}`);
  return Math.round(parsed.getTime() / MS_PER_DAY);
}

/** The calendar date of a day number: the inverse of `toDayNumber`. */
export function fromDayNumber(day: number): CalendarDate {
  return formatCalendarDate(new UTCDate(day * MS_PER_DAY));
}

/** The first and last day of the month or year that `date` falls in, or the day itself. */
export function spanOf(date: CalendarDate, precision: DatePrecision): { start: CalendarDate; end: CalendarDate } {
  const parsed = parseCalendarDate(date);
  if (!parsed) throw new RangeError(`not a calendar date: ${date}`);
  if (precision === 'day') return { start: date, end: date };
  if (precision === 'month') {
    const start = new UTCDate(parsed.getFullYear(), parsed.getMonth(), 1);
    return { start: formatCalendarDate(start), end: formatCalendarDate(endOfMonth(start)) };
  }
  const year = String(parsed.getFullYear());
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/**
 * Checks that `start..end` is exactly one day, month or year at `precision`; returns what is
 * wrong, or null. A `range` (an unknown day between two bounds) only needs `start <= end`.
 */
export function describeSpanProblem(
  start: CalendarDate,
  end: CalendarDate,
  precision: DatePrecision,
  range = false,
): string | null {
  if (!isCalendarDate(start)) return `start "${start}" is not a real calendar date`;
  if (!isCalendarDate(end)) return `end "${end}" is not a real calendar date`;
  if (start > end) return `start ${start} is after end ${end}`;
  if (range) return null;
  const span = spanOf(start, precision);
  if (span.start !== start || span.end !== end) {
    return `a ${precision}-precision date must span ${span.start}..${span.end}, not ${start}..${end}`;
  }
  return null;
}
