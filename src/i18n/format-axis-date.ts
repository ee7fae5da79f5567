import type { Language } from '../model/corpus-schema.ts';
import type { TickLevel } from '../model/time-scale.ts';
import { dateFormatter, dateParts } from './format-date.ts';

// A tick names the coarsest thing that changed there, as d3's multi-scale axis does: the year at
// a new year, the month at a new month, else the day. A short month on its own is the standalone
// form, so Russian reads "февр." (CLDR's abbreviation) rather than the genitive, and Arabic gets
// its full month names (يناير), which CLDR keeps for the short form too.
const OPTIONS: Record<TickLevel, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short' },
  day: { day: 'numeric' },
};
const MS_PER_DAY = 86_400_000;

/**
 * The label of an axis tick at `day` (a day number) in the UI language. Straight from the day
 * number to a UTC timestamp, whose fields are the calendar's in every zone: the axis formats tens
 * of labels per zoom frame, so it skips the round trip through a date string, and reuses one
 * formatter per language and level (dateFormatter caches them).
 */
export function formatTick(day: number, level: TickLevel, lang: Language): string {
  // The field alone, without any literal that Intl might put around it.
  return dateParts(dateFormatter(lang, `tick ${level}`, OPTIONS[level]), day * MS_PER_DAY)[level];
}
