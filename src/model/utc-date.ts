import { UTCDate } from '@date-fns/utc';
import { fieldsOf, type CalendarDate } from './calendar-date.ts';

/*
 * Calendar dates as UTC dates (`UTCDate`), for date arithmetic with date-fns (date-expression.ts,
 * the corpus build): a UTC date's fields are the calendar's, so no time zone can shift a day. Apart
 * from calendar-date.ts so that the page, which needs no date-fns arithmetic, does not load it.
 */

/** Parses `YYYY-MM-DD` into a UTC date, or null when it is not a real calendar date. */
export function parseCalendarDate(text: string): UTCDate | null {
  const fields = fieldsOf(text);
  return fields ? new UTCDate(fields[0], fields[1] - 1, fields[2]) : null;
}

/** Formats a UTC date as `YYYY-MM-DD`. */
export function formatCalendarDate(date: UTCDate): CalendarDate {
  // The UTC fields are the calendar's (see above): no zone, no locale, so no formatter is needed.
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
