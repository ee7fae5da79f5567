import { UTCDate } from '@date-fns/utc';
import { getDay, previousDay, subDays, subMonths, subYears, type Day } from 'date-fns';
import { spanOf, type CalendarDate, type DatePrecision } from './calendar-date.ts';
import type { RelativeRule } from './corpus-vocabulary.ts';
import { stripJoinedParticles, wordsOf } from './text-normalize.ts';
import { formatCalendarDate, parseCalendarDate } from './utc-date.ts';

// The rules live with the rest of the format's vocabulary; re-exported here, where they are applied.
export { RELATIVE_RULES, type RelativeRule } from './corpus-vocabulary.ts';

export interface ResolvedDate {
  start: CalendarDate;
  end: CalendarDate;
  precision: DatePrecision;
  rule: RelativeRule;
}

// Names come from Intl, not from hand-kept lists, in each locale whose readers use their own set:
// يناير (Egypt, Gulf), كانون الثاني (Levant, Iraq), جانفي (Maghreb), and the en and ru names.
const NAME_LOCALES = ['ar', 'ar-SY', 'ar-MA', 'ar-DZ', 'en', 'ru'];
const PAST_WORDS = ['الماضي', 'الماضيه', 'الفائت', 'الفائته', 'المنصرم', 'last', 'past', 'previous'];
const PAST_STEMS = ['прошл', 'минувш'];
const MONTH_WORDS = ['الشهر', 'شهر', 'month', 'месяц', 'месяце'];
const YEAR_WORDS = ['العام', 'عام', 'السنه', 'سنه', 'year', 'году', 'год'];
const TODAY_WORDS = ['اليوم', 'today', 'сегодня'];
const YESTERDAY_WORDS = ['امس', 'الامس', 'yesterday', 'вчера'];

interface NamePattern {
  words: string[];
  index: number;
  /** Russian names inflect (среда, в среду): compare stems, with room for an ending. */
  stem: boolean;
}

function namesOf(options: Intl.DateTimeFormatOptions, count: number, dateOf: (i: number) => Date): NamePattern[] {
  const patterns: NamePattern[] = [];
  for (const locale of NAME_LOCALES) {
    const formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    for (let index = 0; index < count; index++) {
      const words = wordsOf(formatter.format(dateOf(index)));
      const stem = locale === 'ru';
      patterns.push({ words: stem ? words.map(russianStem) : words, index, stem });
    }
  }
  return patterns;
}

function russianStem(word: string): string {
  // Never shorter than two letters: "май" is "ма" (мая, мае), not "м", which every м-word fits.
  const stem = word.replace(/[аяеуюиьй]+$/, '');
  return stem.length >= 2 ? stem : word.slice(0, 2);
}

// 2025-01-05 was a Sunday, so index i is the weekday number date-fns uses (0 = Sunday).
const WEEKDAYS = namesOf({ weekday: 'long' }, 7, (i) => new Date(Date.UTC(2025, 0, 5 + i)));
const MONTHS = namesOf({ month: 'long' }, 12, (i) => new Date(Date.UTC(2025, i, 15)));

function wordMatches(word: string, pattern: string, stem: boolean): boolean {
  if (!stem) return word === pattern;
  return word.startsWith(pattern) && word.length <= pattern.length + 2;
}

/** The name (weekday or month) that the words contain; the longest match wins. */
function findName(words: string[], patterns: NamePattern[]): number | null {
  let best: { index: number; length: number } | null = null;
  for (let at = 0; at < words.length; at++) {
    const found = matchNameAt(words, at, patterns);
    if (found && (!best || found.chars > best.length)) best = { index: found.index, length: found.chars };
  }
  return best?.index ?? null;
}

function matchNameAt(
  words: string[],
  at: number,
  patterns: NamePattern[],
): { index: number; length: number; chars: number } | null {
  let best: { index: number; length: number; chars: number } | null = null;
  for (const pattern of patterns) {
    if (at + pattern.words.length > words.length) continue;
    const fits = pattern.words.every((p, k) => wordMatches(words[at + k] ?? '', p, pattern.stem));
    const chars = pattern.words.join(' ').length;
    if (fits && (!best || chars > best.chars)) best = { index: pattern.index, length: pattern.words.length, chars };
  }
  return best;
}

/**
 * The weekday (0 = Sunday) or month (0 = January) whose name starts at `words[at]` (folded
 * words, joined particles off), and how many words the name takes: for finding date
 * expressions in running text with the names this module resolves.
 */
export function dateNameAt(
  words: string[],
  at: number,
  kind: 'weekday' | 'month',
): { index: number; length: number } | null {
  const found = matchNameAt(words, at, kind === 'weekday' ? WEEKDAYS : MONTHS);
  return found && { index: found.index, length: found.length };
}

/** What a word (folded, particles off) contributes to a relative date expression, if anything. */
export function relativeDateWord(word: string): 'past' | 'month' | 'year' | 'today' | 'yesterday' | null {
  if (PAST_WORDS.includes(word) || PAST_STEMS.some((stem) => word.startsWith(stem))) return 'past';
  if (MONTH_WORDS.includes(word)) return 'month';
  if (YEAR_WORDS.includes(word)) return 'year';
  if (TODAY_WORDS.includes(word)) return 'today';
  if (YESTERDAY_WORDS.includes(word)) return 'yesterday';
  return null;
}

function hasAny(words: string[], list: string[]): boolean {
  return words.some((word) => list.includes(word));
}

function hasPastQualifier(words: string[]): boolean {
  return hasAny(words, PAST_WORDS) || words.some((word) => PAST_STEMS.some((stem) => word.startsWith(stem)));
}

function day(date: UTCDate, rule: RelativeRule): ResolvedDate {
  const text = formatCalendarDate(date);
  return { start: text, end: text, precision: 'day', rule };
}

function period(date: UTCDate, precision: DatePrecision, rule: RelativeRule): ResolvedDate {
  return { ...spanOf(formatCalendarDate(date), precision), precision, rule };
}

/**
 * Resolves a relative date expression in Arabic, English or Russian against the date an article
 * was published (the anchor). Returns null when the expression is not one the rules cover; the
 * corpus build then asks for an explicit date rather than guessing.
 *
 * Rules, all counted back from the anchor because articles report what has happened:
 * - a weekday name ("الأربعاء", "on Wednesday", "в среду"): the latest such day on or before the anchor;
 * - a weekday with "last" ("الخميس الماضي", "last Thursday"): the latest such day strictly before it;
 * - "last month" ("الشهر الماضي"): the calendar month before the anchor's month;
 * - a month name ("في ديسمبر"): the latest such month on or before the anchor's month;
 *   with "last" ("ديسمبر الماضي"): the latest such month strictly before it (so the year may change);
 * - "last year" ("العام الماضي"): the year before the anchor's year;
 * - "today" ("اليوم") and "yesterday" ("أمس").
 */
export function resolveDateExpression(expression: string, anchor: CalendarDate): ResolvedDate | null {
  const anchorDate = parseCalendarDate(anchor);
  if (!anchorDate) return null;
  const words = wordsOf(expression).map(stripJoinedParticles);
  const past = hasPastQualifier(words);

  const weekday = findName(words, WEEKDAYS);
  if (weekday !== null) {
    const sameDay = getDay(anchorDate) === weekday;
    if (sameDay && !past) return day(anchorDate, 'weekday');
    return day(previousDay(anchorDate, weekday as Day), past ? 'weekday-last' : 'weekday');
  }

  const month = findName(words, MONTHS);
  if (month !== null) {
    const monthsBack = (anchorDate.getMonth() - month + 12) % 12 || (past ? 12 : 0);
    return period(subMonths(startOfMonthUtc(anchorDate), monthsBack), 'month', past ? 'month-name-last' : 'month-name');
  }

  if (past && hasAny(words, MONTH_WORDS))
    return period(subMonths(startOfMonthUtc(anchorDate), 1), 'month', 'previous-month');
  if (past && hasAny(words, YEAR_WORDS)) return period(subYears(anchorDate, 1), 'year', 'previous-year');
  if (hasAny(words, YESTERDAY_WORDS)) return day(subDays(anchorDate, 1), 'yesterday');
  if (hasAny(words, TODAY_WORDS)) return day(anchorDate, 'today');
  return null;
}

function startOfMonthUtc(date: UTCDate): UTCDate {
  return new UTCDate(date.getFullYear(), date.getMonth(), 1);
}
