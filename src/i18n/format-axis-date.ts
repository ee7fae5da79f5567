import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import type { Language } from '../model/corpus-schema.ts';
import type { TickLevel } from '../model/time-scale.ts';
import { dateLocaleOf } from './format-date.ts';

// A tick names the coarsest thing that changed there, as d3's multi-scale axis does: the year at
// a new year, the month at a new month, else the day. LLL is the standalone short month, so
// Russian reads "фев." rather than the genitive, and Arabic gets its full month names (يناير),
// which date-fns keeps for the short form too.
const PATTERNS: Record<TickLevel, string> = { year: 'yyyy', month: 'LLL', day: 'd' };
const MS_PER_DAY = 86_400_000;

/**
 * The label of an axis tick at `day` (a day number) in the UI language. Straight from the day
 * number to a UTC date, whose fields are the calendar's in every zone: the axis formats tens of
 * labels per zoom frame, so it skips the round trip through a date string.
 */
export function formatTick(day: number, level: TickLevel, lang: Language): string {
  return format(new UTCDate(day * MS_PER_DAY), PATTERNS[level], { locale: dateLocaleOf(lang) });
}
