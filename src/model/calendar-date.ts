/**
 * A calendar date as `YYYY-MM-DD`. Never a `Date` at midnight: a day is the same day in every
 * time zone, so every computation here runs on day numbers or UTC fields that no zone can shift.
 */
export type CalendarDate = string;

/** The granularity an article gives a date at. */
export type DatePrecision = 'day' | 'month' | 'year';

// Years 1000-9999: JavaScript dates read two-digit years as 19xx, and news needs no earlier ones.
const ISO_DATE = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

// These run for every date of every event (validation, the time index) and on every zoom frame
// (the window in the URL): plain arithmetic on the fields, no date library, no Date per call.

/** The year, month (1-12) and day of `YYYY-MM-DD`, or null when it is not a real calendar date. */
export function fieldsOf(text: string): [year: number, month: number, day: number] | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return [year, month, day];
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The instant at which `YYYY-MM-DD` begins in UTC, for a formatter that writes in UTC (whose
 * fields are then the calendar's); null when it is not a real calendar date.
 */
export function utcInstantOf(text: string): Date | null {
  const fields = fieldsOf(text);
  return fields ? new Date(Date.UTC(fields[0], fields[1] - 1, fields[2])) : null;
}

/** True when `text` is `YYYY-MM-DD` and names a day that exists (no 2025-02-30). */
export function isCalendarDate(text: string): boolean {
  return fieldsOf(text) !== null;
}

/**
 * Days since 1970-01-01. The timeline indexes and scales events by this integer, so that
 * comparisons and binning never touch a `Date`.
 */
export function toDayNumber(date: CalendarDate): number {
  const fields = fieldsOf(date);
  if (!fields) throw new RangeError(`not a calendar date: ${date}`);
  return Date.UTC(fields[0], fields[1] - 1, fields[2]) / MS_PER_DAY;
}

/** The calendar date of a day number: the inverse of `toDayNumber`. */
export function fromDayNumber(day: number): CalendarDate {
  const date = new Date(day * MS_PER_DAY);
  const [year, month, dayOfMonth] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${dayOfMonth < 10 ? '0' : ''}${dayOfMonth}`;
}

/** The first and last day of the month or year that `date` falls in, or the day itself. */
export function spanOf(date: CalendarDate, precision: DatePrecision): { start: CalendarDate; end: CalendarDate } {
  const fields = fieldsOf(date);
  if (!fields) throw new RangeError(`not a calendar date: ${date}`);
  if (precision === 'day') return { start: date, end: date };
  const year = date.slice(0, 4);
  if (precision === 'month') {
    const month = date.slice(5, 7);
    return { start: `${year}-${month}-01`, end: `${year}-${month}-${daysInMonth(fields[0], fields[1])}` };
  }
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

/**
 * `describeSpanProblem(start, end, precision, range) === null` for two dates already known to be
 * real, without building a span: validating a corpus asks it of every event.
 */
export function isExactSpan(start: CalendarDate, end: CalendarDate, precision: DatePrecision, range = false): boolean {
  if (range) return start <= end;
  if (precision === 'day') return start === end;
  // The same year, starting on its first day of the period and ending on the last.
  for (let k = 0; k < 4; k++) if (start.charCodeAt(k) !== end.charCodeAt(k)) return false;
  if (precision === 'year') return start.endsWith('-01-01') && end.endsWith('-12-31');
  if (start.charCodeAt(5) !== end.charCodeAt(5) || start.charCodeAt(6) !== end.charCodeAt(6)) return false;
  if (!start.endsWith('-01')) return false;
  const last = daysInMonth(Number(start.slice(0, 4)), Number(start.slice(5, 7)));
  return end.charCodeAt(8) - 48 === Math.floor(last / 10) && end.charCodeAt(9) - 48 === last % 10;
}
