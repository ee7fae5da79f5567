import { isCalendarDate, spanOf, type CalendarDate } from '../model/calendar-date.ts';
import { resolveDateExpression } from '../model/date-expression.ts';
import type { DateMention } from './dates.ts';
import { hijriToGregorian } from './hijri.ts';
import { cue, type Cue, type CueCode } from './cues.ts';
import type { ContactStatus, ProposedDate } from './types.ts';

export interface DateContext {
  published: CalendarDate | null;
  alternatives: readonly CalendarDate[];
  status: ContactStatus;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Resolves a date expression by the corpus's rules (date-expression.ts) against the publication
 * date, and says how. Words that need an anchor keep their words and no day when there is none;
 * a weekday or "next week" ahead of the article is not guessed, since the rules count back.
 */
export function resolveDateMention(mention: DateMention, context: DateContext): { date: ProposedDate; why: Cue } {
  const { expression } = mention;
  const unresolved = (code: CueCode, ambiguous = false): { date: ProposedDate; why: Cue } => ({
    date: {
      start: null,
      end: null,
      precision: null,
      expression,
      rule: null,
      ...(ambiguous ? { ambiguous: true as const } : {}),
    },
    why: cue(code, { expression }),
  });
  const explicit = (start: CalendarDate, precision: 'day' | 'month' | 'year', why: Cue) => ({
    date: { ...spanOf(start, precision), precision, expression, rule: 'explicit' as const },
    why,
  });

  switch (mention.kind) {
    case 'hijri-day': {
      const day = hijriToGregorian(mention.day!, mention.month!, mention.year!);
      return day ? explicit(day, 'day', cue('date-hijri', { expression, date: day })) : unresolved('date-invalid');
    }
    case 'day': {
      const { day, month } = mention;
      if (mention.year !== undefined) {
        const date = `${mention.year}-${pad(month!)}-${pad(day!)}`;
        return isCalendarDate(date)
          ? explicit(date, 'day', cue('date-full', { expression }))
          : unresolved('date-invalid');
      }
      if (!context.published) return unresolved('date-no-anchor');
      const date = nearestDayOfMonth(day!, month!, context.published, context.status);
      return date
        ? explicit(date, 'day', cue('date-day-month', { expression, date, anchor: context.published }))
        : unresolved('date-invalid');
    }
    case 'month':
      return explicit(`${mention.year}-${pad(mention.month!)}-01`, 'month', cue('date-full', { expression }));
    case 'year':
      return explicit(`${mention.year}-01-01`, 'year', cue('date-full', { expression }));
    case 'ahead':
      return unresolved('date-ahead', true);
    case 'unresolvable':
      return unresolved('date-no-rule');
    case 'relative': {
      if (!context.published) return unresolved('date-no-anchor');
      if (context.status === 'planned') return unresolved('date-ahead', true);
      const resolved = resolveDateExpression(expression, context.published);
      if (!resolved) return unresolved('date-no-rule');
      const readings = context.alternatives.flatMap((anchor) => {
        const other = resolveDateExpression(expression, anchor);
        if (!other || (other.start === resolved.start && other.end === resolved.end)) return [];
        return [{ start: other.start, end: other.end, precision: other.precision, anchor }];
      });
      const date: ProposedDate = {
        start: resolved.start,
        end: resolved.end,
        precision: resolved.precision,
        expression,
        rule: resolved.rule,
        ...(readings.length > 0 ? { ambiguous: true as const, readings } : {}),
      };
      const span = resolved.start === resolved.end ? resolved.start : `${resolved.start}..${resolved.end}`;
      return { date, why: cue('date', { expression, date: span, rule: resolved.rule, anchor: context.published }) };
    }
  }
}

/** A cue for the other readings of an ambiguous date: "2025-02-12 gives 2025-02-06". */
export function readingsCue(date: ProposedDate): Cue | null {
  if (!date.readings?.length) return null;
  return cue('date-readings', { readings: date.readings.map((r) => `${r.anchor} → ${r.start}`).join(', ') });
}

/** The day and month in the year that puts it nearest the anchor on the side the status gives. */
function nearestDayOfMonth(
  day: number,
  month: number,
  anchor: CalendarDate,
  status: ContactStatus,
): CalendarDate | null {
  const year = Number(anchor.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map((y) => `${y}-${pad(month)}-${pad(day)}`).filter(isCalendarDate);
  if (status === 'planned') return candidates.find((date) => date >= anchor) ?? null;
  return candidates.filter((date) => date <= anchor).at(-1) ?? null;
}
