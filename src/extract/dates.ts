import { dateNameAt, relativeDateWord } from '../model/date-expression.ts';
import { stripJoinedParticles, wordsOf, type Token } from '../model/text-normalize.ts';

/**
 * A date expression found in a sentence, before it is resolved: what kind it is, the numbers it
 * gives, and its words as the text writes them.
 */
export interface DateMention {
  from: number;
  to: number;
  /** The words as written. */
  expression: string;
  kind:
    | 'day' // a day of a month, with or without the year: 22 ديسمبر 2024, 12 February
    | 'month' // a month with its year: December 2024
    | 'year' // in 2024
    | 'hijri-day' // 5 رمضان 1446
    | 'relative' // words the corpus rules resolve: الأربعاء, last month, вчера
    | 'ahead' // a weekday, a month or "next …" ahead of the article: الثلاثاء المقبل, tomorrow
    | 'unresolvable'; // words no rule covers: last week
  day?: number;
  /** 1-12. */
  month?: number;
  year?: number;
}

const HIJRI_MONTHS: [string, number][] = [
  ['محرم', 1],
  ['صفر', 2],
  ['ربيع الاول', 3],
  ['ربيع الثاني', 4],
  ['ربيع الاخر', 4],
  ['جمادي الاولي', 5],
  ['جمادي الاول', 5],
  ['جمادي الثانيه', 6],
  ['جمادي الاخره', 6],
  ['جمادي الاخر', 6],
  ['رجب', 7],
  ['شعبان', 8],
  ['رمضان', 9],
  ['شوال', 10],
  ['ذو القعده', 11],
  ['ذي القعده', 11],
  ['ذو الحجه', 12],
  ['ذي الحجه', 12],
].map(([name, month]) => [name as string, month as number]);

// Words that lead into a weekday or a time of it, kept in the expression: يوم الأحد, مساء الاثنين.
const LEAD_WORDS = new Set(['يوم', 'مساء', 'صباح', 'ليله', 'ظهر', 'فجر', 'عصر', 'on', 'в', 'во']);
const AHEAD_WORDS = new Set([
  'المقبل',
  'المقبله',
  'القادم',
  'القادمه',
  'next',
  'coming',
  'следующ',
  'будущ',
  'предстоящ',
]);
const AHEAD_STEMS = ['следующ', 'будущ', 'предстоящ'];
const TOMORROW = new Set(['غدا', 'غد', 'tomorrow', 'завтра']);
const WEEK = new Set(['الاسبوع', 'اسبوع', 'week', 'неделе', 'неделю', 'неделя']);
// Before an Arabic or a Russian month name, the words that make it a date and not another word
// (آب is August and "father"; Russian stems are short).
const MONTH_LEAD = new Set([
  'في',
  'خلال',
  'منذ',
  'شهر',
  'مطلع',
  'منتصف',
  'اواخر',
  'اوائل',
  'نهايه',
  'بدايه',
  'в',
  'с',
  'до',
  'in',
  'since',
  'during',
  'early',
  'late',
  'mid',
]);
const YEAR_LEAD = new Set(['عام', 'العام', 'سنه', 'in', 'в']);
const YEAR_TAIL = new Set(['году', 'год', 'года', 'г']);

const DIGITS = /[٠-٩۰-۹]/g;
function asciiDigits(word: string): string {
  return word.replace(DIGITS, (d) => String((d.charCodeAt(0) - (d >= '۰' ? 0x06f0 : 0x0660)) % 10));
}

function numberOf(word: string | undefined, max: number): number | null {
  if (word === undefined) return null;
  const match = /^(\d{1,4})(?:st|nd|rd|th|ого|го|е)?$/.exec(asciiDigits(word));
  const value = match ? Number(match[1]) : NaN;
  return value >= 1 && value <= max ? value : null;
}

const yearOf = (word: string | undefined) => {
  const value = numberOf(word, 9999);
  return value !== null && value >= 1000 ? value : null;
};

function isAhead(word: string): boolean {
  return AHEAD_WORDS.has(word) || AHEAD_STEMS.some((stem) => word.startsWith(stem));
}

const LATIN = /^[a-z]/;

/**
 * The date expressions in `tokens[from..to)` of `text`, left to right. A word is read as a date
 * only with what makes it one: an English month or weekday is capitalised, an Arabic or Russian
 * month stands by a number, a qualifier or a preposition, a Russian weekday after в or на.
 */
export function findDateMentions(text: string, tokens: readonly Token[], from: number, to: number): DateMention[] {
  const words = tokens.map((t) => stripJoinedParticles(t.word));
  const raw = (k: number) => text.slice(tokens[k]!.start, tokens[k]!.end);
  const capitalised = (k: number) => /^\p{Lu}/u.test(raw(k));
  const found: DateMention[] = [];
  const push = (start: number, end: number, kind: DateMention['kind'], fields: Partial<DateMention> = {}) => {
    let first = start;
    while (first > from && LEAD_WORDS.has(words[first - 1]!)) first--;
    found.push({
      from: first,
      to: end,
      expression: text.slice(tokens[first]!.start, tokens[end - 1]!.end),
      kind,
      ...fields,
    });
  };

  for (let at = from; at < to; at++) {
    const word = words[at]!;
    // ISO and numeric dates: 2025-02-12, 12.02.2025, 12/02/2025.
    const numeric = numericDate(text, tokens, words, at, to);
    if (numeric) {
      push(at, at + 3, 'day', numeric);
      at += 2;
      continue;
    }
    const hijri = hijriAt(words, at, to);
    if (hijri) {
      push(at, hijri.end, 'hijri-day', hijri);
      at = hijri.end - 1;
      continue;
    }
    const month = dateNameAt(words, at, 'month');
    if (month && at + month.length <= to && (!LATIN.test(word) || capitalised(at))) {
      const before = numberOf(words[at - 1], 31);
      const afterDay = numberOf(words[at + month.length], 31);
      let end = at + month.length;
      let start = at;
      let day: number | undefined;
      if (before !== null && at - 1 >= from) {
        day = before;
        start = at - 1;
      } else if (afterDay !== null && yearOf(words[end]) === null) {
        day = afterDay;
        end++;
      }
      const year = yearOf(words[end]);
      if (year !== null) end++;
      if (
        year !== null &&
        words[end] !== undefined &&
        (YEAR_TAIL.has(words[end]!) || words[end] === 'ه' || words[end] === 'م')
      )
        end++;
      const qualifier = words[end];
      const leadOk = MONTH_LEAD.has(words[start - 1] ?? '') || LATIN.test(word);
      if (day !== undefined) {
        push(start, end, 'day', { day, month: month.index + 1, ...(year !== null ? { year } : {}) });
      } else if (year !== null) {
        push(start, end, 'month', { month: month.index + 1, year });
      } else if (qualifier !== undefined && isAhead(qualifier)) {
        push(start, end + 1, 'ahead');
        end++;
      } else if (qualifier !== undefined && relativeDateWord(qualifier) === 'past') {
        // "в декабре прошлого года", "ديسمبر الماضي": the qualifier belongs to the expression.
        const yearWord = words[end + 1] !== undefined && relativeDateWord(words[end + 1]!) === 'year';
        push(start, end + (yearWord ? 2 : 1), 'relative');
        end += yearWord ? 2 : 1;
      } else if (leadOk) {
        push(start, end, 'relative');
      } else {
        continue;
      }
      at = end - 1;
      continue;
    }
    const weekday = dateNameAt(words, at, 'weekday');
    if (weekday && (!LATIN.test(word) || capitalised(at))) {
      const russian = /^\p{Script=Cyrillic}/u.test(word);
      const prev = words[at - 1] ?? '';
      const prevPast = relativeDateWord(prev) === 'past';
      const prevAhead = isAhead(prev);
      if (russian && !['в', 'во', 'на'].includes(prev) && !prevPast && !prevAhead) continue;
      let start = at;
      let end = at + weekday.length;
      // "в прошлый четверг", "last Thursday", "next Tuesday": the qualifier comes first.
      if ((prevPast || prevAhead) && at - 1 >= from) {
        start = at - 1;
        if (['в', 'во', 'на'].includes(words[at - 2] ?? '') && at - 2 >= from) start = at - 2;
      }
      // "أمس الأربعاء": the day named twice; "yesterday" is kept with it.
      if (at - 1 >= from && ['yesterday', 'today'].includes(relativeDateWord(prev) ?? '')) start = at - 1;
      const next = words[end];
      if (next !== undefined && end < to && relativeDateWord(next) === 'past') end++;
      const ahead = prevAhead || (next !== undefined && end < to && isAhead(next));
      if (ahead && next !== undefined && isAhead(next)) end++;
      push(start, end, ahead ? 'ahead' : 'relative');
      at = end - 1;
      continue;
    }
    const relative = relativeDateWord(word);
    if (TOMORROW.has(word)) {
      push(at, at + 1, 'ahead');
      continue;
    }
    if (WEEK.has(word) || (relative === 'month' && at + 1 < to) || (relative === 'year' && at + 1 < to)) {
      // "الشهر الماضي", "last month", "в прошлом месяце", "next week", "الأسبوع المقبل".
      const next = words[at + 1];
      const prev = words[at - 1];
      const pastAfter = next !== undefined && at + 1 < to && relativeDateWord(next) === 'past';
      const aheadAfter = next !== undefined && at + 1 < to && isAhead(next);
      const pastBefore = prev !== undefined && at - 1 >= from && relativeDateWord(prev) === 'past';
      const aheadBefore = prev !== undefined && at - 1 >= from && isAhead(prev);
      if (!pastAfter && !aheadAfter && !pastBefore && !aheadBefore) {
        const year = yearOf(next);
        if (relative === 'year' && year !== null && YEAR_LEAD.has(word)) {
          push(at, at + 2, 'year', { year });
          at++;
        }
        continue;
      }
      let start = pastBefore || aheadBefore ? at - 1 : at;
      if (start > from && ['в', 'на'].includes(words[start - 1]!)) start--;
      const end = pastAfter || aheadAfter ? at + 2 : at + 1;
      const kind = aheadAfter || aheadBefore ? 'ahead' : WEEK.has(word) ? 'unresolvable' : 'relative';
      push(start, end, kind);
      at = end - 1;
      continue;
    }
    if (relative === 'today' || relative === 'yesterday') {
      // "اليوم الأحد" / "أمس الأربعاء": read with the weekday that follows.
      if (dateNameAt(words, at + 1, 'weekday')) continue;
      push(at, at + 1, 'relative');
      continue;
    }
    // "in 2024", "في عام 2024", "в 2024 году".
    const year = yearOf(word);
    if (year !== null && YEAR_LEAD.has(words[at - 1] ?? '') && at - 1 >= from) {
      const tail = YEAR_TAIL.has(words[at + 1] ?? '') ? 1 : 0;
      push(at - 1, at + 1 + tail, 'year', { year });
      at += tail;
    }
  }
  return found;
}

function numericDate(
  text: string,
  tokens: readonly Token[],
  words: readonly string[],
  at: number,
  to: number,
): { day: number; month: number; year: number } | null {
  if (at + 3 > to) return null;
  const span = text.slice(tokens[at]!.start, tokens[at + 2]!.end);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asciiDigits(span));
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const dotted = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})$/.exec(asciiDigits(span));
  if (dotted && words[at] !== undefined)
    return { day: Number(dotted[1]), month: Number(dotted[3]), year: Number(dotted[4]) };
  return null;
}

function hijriAt(words: readonly string[], at: number, to: number) {
  const day = numberOf(words[at], 30);
  if (day === null) return null;
  for (const [name, month] of HIJRI_MONTHS) {
    const parts = wordsOf(name);
    if (at + 1 + parts.length > to) continue;
    if (!parts.every((part, k) => words[at + 1 + k] === part)) continue;
    let end = at + 1 + parts.length;
    const year = yearOf(words[end]);
    if (year === null || year < 1300 || year > 1600) return null;
    end++;
    if (words[end] === 'ه') end++;
    return { day, month, year, end };
  }
  return null;
}
