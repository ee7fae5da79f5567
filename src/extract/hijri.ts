import { UTCDate } from '@date-fns/utc';
import { addDays } from 'date-fns';
import type { CalendarDate } from '../model/calendar-date.ts';
import { formatCalendarDate } from '../model/utc-date.ts';

// The Umm al-Qura calendar that Gulf and most Arab media date by. Intl formats any day in it;
// converting back is a search around the mean-month estimate.
const FORMAT = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
});
const MEAN_YEAR = 354.36667;
const MEAN_MONTH = 29.530589;
// 1 Muharram 1 AH (16 July 622, Julian), as days from 1970-01-01.
const EPOCH_DAY = -492_148;

function hijriOf(date: UTCDate): [day: number, month: number, year: number] {
  const parts = FORMAT.formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [part('day'), part('month'), part('relatedYear') || part('year')];
}

/**
 * The Gregorian date of a day of the Umm al-Qura calendar (month 1-12), or null when there is
 * no such day (a 30th in a month of 29 days, a year outside the calendar's tables).
 */
export function hijriToGregorian(day: number, month: number, year: number): CalendarDate | null {
  if (day < 1 || day > 30 || month < 1 || month > 12 || year < 1300 || year > 1600) return null;
  const estimate = EPOCH_DAY + Math.floor((year - 1) * MEAN_YEAR + (month - 1) * MEAN_MONTH) + day - 1;
  const base = new UTCDate(estimate * 86_400_000);
  for (let offset = -5; offset <= 5; offset++) {
    const candidate = addDays(base, offset);
    const [d, m, y] = hijriOf(candidate);
    if (d === day && m === month && y === year) return formatCalendarDate(candidate);
  }
  return null;
}
