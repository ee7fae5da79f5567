import { utcInstantOf, type CalendarDate, type DatePrecision } from '../model/calendar-date.ts';
import type { Language } from '../model/corpus-schema.ts';

// Intl rather than a date library: the browser already holds every language's month names, so
// the app ships no locale data and Arabic and Russian dates need no chunk of their own.
// British English for the day-month-year order that the other two languages share.
const TAGS: Record<Language, string> = { en: 'en-GB', ar: 'ar', ru: 'ru' };

// Latin digits in every language, as the rest of the page has them (format-number.ts), and the
// Gregorian calendar whatever a browser's default for the language. UTC throughout: the dates are
// UTC dates whose fields are the calendar's, so no zone may shift them.
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached formatter for `lang` with `options`, keyed by `key`: building one costs far more than
 * using it, and the axis asks for one per tick label.
 */
export function dateFormatter(lang: Language, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${lang} ${key}`;
  let formatter = formatters.get(id);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(`${TAGS[lang]}-u-ca-gregory-nu-latn`, { ...options, timeZone: 'UTC' });
    formatters.set(id, formatter);
  }
  return formatter;
}

/** The day, month and year fields of `date` as `formatter` writes them, without its literals. */
export function dateParts(
  formatter: Intl.DateTimeFormat,
  date: Date | number,
): Record<'day' | 'month' | 'year', string> {
  const fields = { day: '', month: '', year: '' };
  for (const part of formatter.formatToParts(date)) {
    if (part.type === 'day' || part.type === 'month' || part.type === 'year') fields[part.type] = part.value;
  }
  return fields;
}

/** A date as the corpus gives it: an event's date or one of its other readings. */
export interface DateSpan {
  start: CalendarDate;
  end: CalendarDate;
  precision: DatePrecision;
  /** An unknown day between start and end rather than the whole span. */
  range?: true;
}

// The month's form depends on the fields around it, so each precision formats its own fields:
// with a day, Russian takes the genitive ("12 января 2025"); without one, the standalone name
// ("январь 2025"). The parts are put back in the order that all three languages share, leaving
// out the literals Intl adds (Russian "январь 2025 г.").
const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

type Fields = ReturnType<typeof dateParts>;

const WHOLE: Record<DatePrecision, (fields: Fields) => string> = {
  day: (f) => `${f.day} ${f.month} ${f.year}`,
  month: (f) => `${f.month} ${f.year}`,
  year: (f) => f.year,
};

// Each date's fields, once per language and precision: the timeline names every mark and count
// by its dates at rest, and formatToParts costs far more than the lookup. Bounded by the days a
// corpus spans, times three languages and three precisions.
const fieldsOfDate = new Map<string, Fields | null>();

/** `date` written by `render` from its fields at `precision` in `lang`; a non-date as it is. */
function write(date: CalendarDate, precision: DatePrecision, lang: Language, render = WHOLE[precision]): string {
  const key = `${lang} ${precision} ${date}`;
  let fields = fieldsOfDate.get(key);
  if (fields === undefined) {
    // The formatters write in UTC, whose fields at this instant are the calendar's: no zone shifts it.
    const parsed = utcInstantOf(date);
    fields = parsed ? dateParts(dateFormatter(lang, precision, OPTIONS[precision]), parsed) : null;
    fieldsOfDate.set(key, fields);
  }
  return fields ? render(fields) : date;
}

function sameYear(a: CalendarDate, b: CalendarDate): boolean {
  return a.slice(0, 4) === b.slice(0, 4);
}

function sameMonth(a: CalendarDate, b: CalendarDate): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/** Two dates at one precision, sharing what they share: "12–13 February 2025", "January – March 2025". */
function writeSpan(start: CalendarDate, end: CalendarDate, precision: DatePrecision, lang: Language): string {
  const last = write(end, precision, lang);
  if (precision === 'day' && sameMonth(start, end)) return `${write(start, 'day', lang, (f) => f.day)}–${last}`;
  if (precision === 'day' && sameYear(start, end)) {
    return `${write(start, 'day', lang, (f) => `${f.day} ${f.month}`)} – ${last}`;
  }
  if (precision === 'month' && sameYear(start, end)) return `${write(start, 'month', lang, (f) => f.month)} – ${last}`;
  if (precision === 'year') return `${write(start, precision, lang)}–${last}`;
  return `${write(start, precision, lang)} – ${last}`;
}

/**
 * An event date for display at its precision: "12 February 2025", "January 2025", "2024",
 * or for a range (an unknown day within it) the two bounds, "12–13 February 2025".
 */
export function formatEventDate(date: DateSpan, lang: Language): string {
  if (date.start === date.end || !date.range) return write(date.start, date.precision, lang);
  return writeSpan(date.start, date.end, date.precision, lang);
}

/** One calendar day for display: "13 February 2025". */
export function formatDay(date: CalendarDate, lang: Language): string {
  return write(date, 'day', lang);
}

/** The `datetime` attribute of a `<time>` for a date, or undefined for a range, which has none. */
export function toDateTimeAttribute(date: DateSpan): string | undefined {
  if (date.range && date.start !== date.end) return undefined;
  if (date.precision === 'year') return date.start.slice(0, 4);
  if (date.precision === 'month') return date.start.slice(0, 7);
  return date.start;
}
