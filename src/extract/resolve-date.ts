import { isCalendarDate, spanOf, type CalendarDate } from '../model/calendar-date.ts';
import { resolveDateExpression } from '../model/date-expression.ts';
import type { DateMention } from './dates.ts';
import { hijriToGregorian } from './hijri.ts';
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
export function resolveDateMention(mention: DateMention, context: DateContext): { date: ProposedDate; why: string } {
  const { expression } = mention;
  const unresolved = (why: string, ambiguous = false): { date: ProposedDate; why: string } => ({
    date: {
      start: null,
      end: null,
      precision: null,
      expression,
      rule: null,
      ...(ambiguous ? { ambiguous: true as const } : {}),
    },
    why,
  });
  const explicit = (start: CalendarDate, precision: 'day' | 'month' | 'year', why: string) => ({
    date: { ...spanOf(start, precision), precision, expression, rule: 'explicit' as const },
    why,
  });

  switch (mention.kind) {
    case 'hijri-day': {
      const day = hijriToGregorian(mention.day!, mention.month!, mention.year!);
      return day
        ? explicit(day, 'day', `Hijri date «${expression}» is ${day} (Umm al-Qura calendar)`)
        : unresolved(`«${expression}» is not a day of the Umm al-Qura calendar`);
    }
    case 'day': {
      const { day, month } = mention;
      if (mention.year !== undefined) {
        const date = `${mention.year}-${pad(month!)}-${pad(day!)}`;
        return isCalendarDate(date)
          ? explicit(date, 'day', `date given in full: «${expression}»`)
          : unresolved(`«${expression}» is not a calendar date`);
      }
      if (!context.published) return unresolved(`«${expression}» gives no year, and the publication date is unknown`);
      const date = nearestDayOfMonth(day!, month!, context.published, context.status);
      return date
        ? explicit(
            date,
            'day',
            `«${expression}» gives day and month; the year is the publication's (${context.status === 'planned' ? 'the next such day' : 'the latest such day'} from ${context.published})`,
          )
        : unresolved(`«${expression}» is not a calendar date`);
    }
    case 'month':
      return explicit(`${mention.year}-${pad(mention.month!)}-01`, 'month', `month given in full: «${expression}»`);
    case 'year':
      return explicit(`${mention.year}-01-01`, 'year', `year given: «${expression}»`);
    case 'ahead':
      return unresolved(
        `«${expression}» lies ahead of the article: the corpus rules count back from the publication date, so no day is guessed`,
        true,
      );
    case 'unresolvable':
      return unresolved(`no corpus rule resolves «${expression}»: give the date by hand if the article allows`);
    case 'relative': {
      if (!context.published)
        return unresolved(`«${expression}» needs the publication date, which is unknown: the words are kept`);
      if (context.status === 'planned')
        return unresolved(
          `«${expression}» for a planned contact: the corpus rules count back, so no day is guessed`,
          true,
        );
      const resolved = resolveDateExpression(expression, context.published);
      if (!resolved) return unresolved(`no corpus rule resolves «${expression}»`);
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
      const why = `«${expression}» → ${resolved.start === resolved.end ? resolved.start : `${resolved.start}..${resolved.end}`} by the rule ${resolved.rule}, counted from ${context.published}`;
      return {
        date,
        why:
          readings.length > 0
            ? `${why}; ambiguous: from ${readings.map((r) => `${r.anchor} it is ${r.start}`).join(', ')}`
            : why,
      };
    }
  }
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
