import { format, type Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { parseCalendarDate, type CalendarDate, type DatePrecision } from '../model/calendar-date.ts';
import type { Language } from '../model/corpus-schema.ts';

// British English for the day-month-year order that the other two languages share. Arabic and
// Russian month names come with their language's strings (load-language.ts registers them).
const LOCALES: Partial<Record<Language, Locale>> = { en: enGB };

/** Adds a language's date-fns locale: its dates are written in English until then. */
export function registerDateLocale(lang: Language, locale: Locale): void {
  LOCALES[lang] = locale;
}

/** The date-fns locale that writes dates in `lang`. */
export function dateLocaleOf(lang: Language): Locale {
  return LOCALES[lang] ?? enGB;
}

/** A date as the corpus gives it: an event's date or one of its other readings. */
export interface DateSpan {
  start: CalendarDate;
  end: CalendarDate;
  precision: DatePrecision;
  /** An unknown day between start and end rather than the whole span. */
  range?: true;
}

// LLLL is the standalone month name: Russian "январь 2025", not the genitive "января 2025"
// that MMMM gives for "12 января 2025".
const PATTERNS: Record<DatePrecision, string> = { day: 'd MMMM yyyy', month: 'LLLL yyyy', year: 'yyyy' };

function write(date: CalendarDate, pattern: string, lang: Language): string {
  // parseCalendarDate gives a UTC date whose fields are the calendar fields: no zone shifts it.
  const parsed = parseCalendarDate(date);
  return parsed ? format(parsed, pattern, { locale: dateLocaleOf(lang) }) : date;
}

function sameYear(a: CalendarDate, b: CalendarDate): boolean {
  return a.slice(0, 4) === b.slice(0, 4);
}

function sameMonth(a: CalendarDate, b: CalendarDate): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/** Two dates at one precision, sharing what they share: "12–13 February 2025", "January – March 2025". */
function writeSpan(start: CalendarDate, end: CalendarDate, precision: DatePrecision, lang: Language): string {
  const full = PATTERNS[precision];
  if (precision === 'day' && sameMonth(start, end)) return `${write(start, 'd', lang)}–${write(end, full, lang)}`;
  if (precision === 'day' && sameYear(start, end)) return `${write(start, 'd MMMM', lang)} – ${write(end, full, lang)}`;
  if (precision === 'month' && sameYear(start, end)) return `${write(start, 'LLLL', lang)} – ${write(end, full, lang)}`;
  if (precision === 'year') return `${write(start, full, lang)}–${write(end, full, lang)}`;
  return `${write(start, full, lang)} – ${write(end, full, lang)}`;
}

/**
 * An event date for display at its precision: "12 February 2025", "January 2025", "2024",
 * or for a range (an unknown day within it) the two bounds, "12–13 February 2025".
 */
export function formatEventDate(date: DateSpan, lang: Language): string {
  if (date.start === date.end || !date.range) return write(date.start, PATTERNS[date.precision], lang);
  return writeSpan(date.start, date.end, date.precision, lang);
}

/** One calendar day for display: "13 February 2025". */
export function formatDay(date: CalendarDate, lang: Language): string {
  return write(date, PATTERNS.day, lang);
}

/** The `datetime` attribute of a `<time>` for a date, or undefined for a range, which has none. */
export function toDateTimeAttribute(date: DateSpan): string | undefined {
  if (date.range && date.start !== date.end) return undefined;
  if (date.precision === 'year') return date.start.slice(0, 4);
  if (date.precision === 'month') return date.start.slice(0, 7);
  return date.start;
}
