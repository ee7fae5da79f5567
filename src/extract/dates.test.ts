import { describe, expect, it } from 'vitest';
import { tokenize } from '../model/text-normalize.ts';
import { findDateMentions } from './dates.ts';
import { hijriToGregorian } from './hijri.ts';
import { resolveDateMention } from './resolve-date.ts';

/** The dates a text gives, resolved as for a contact of `status` in an article of `published`. */
function datesIn(text: string, published: string | null = '2025-02-13', status: 'occurred' | 'planned' = 'occurred') {
  const tokens = tokenize(text);
  return findDateMentions(text, tokens, 0, tokens.length).map((mention) => {
    const { date } = resolveDateMention(mention, { published, alternatives: [], status });
    return {
      expression: date.expression,
      start: date.start,
      end: date.end,
      rule: date.rule,
      ...(date.ambiguous ? { ambiguous: true } : {}),
    };
  });
}

// These run under two time zones (the test script): calendar dates must not move with the zone.
describe('dates in running text, resolved against the publication date by the corpus rules', () => {
  it.each([
    ['أجرى الرئيس الأربعاء، اتصالاً', 'الأربعاء', '2025-02-12', '2025-02-12', 'weekday'],
    ['والثلاثاء، قال بوجدانوف', 'والثلاثاء', '2025-02-11', '2025-02-11', 'weekday'],
    ['بُثت مساء الاثنين إن', 'مساء الاثنين', '2025-02-10', '2025-02-10', 'weekday'],
    ['في دمشق الشهر الماضي.', 'الشهر الماضي', '2025-01-01', '2025-01-31', 'previous-month'],
    ['استقبل الرئيس، أمس، الوزير', 'أمس', '2025-02-12', '2025-02-12', 'yesterday'],
    ['في تصريحات، أمس الأربعاء، أن', 'أمس الأربعاء', '2025-02-12', '2025-02-12', 'weekday'],
    ['قال اليوم إن', 'اليوم', '2025-02-13', '2025-02-13', 'today'],
    ['منذ سقوطه في ديسمبر الماضي', 'ديسمبر الماضي', '2024-12-01', '2024-12-31', 'month-name-last'],
    ['met on Monday in Riyadh', 'on Monday', '2025-02-10', '2025-02-10', 'weekday'],
    ['in Amman yesterday', 'yesterday', '2025-02-12', '2025-02-12', 'yesterday'],
    ['провёл во вторник разговор', 'во вторник', '2025-02-11', '2025-02-11', 'weekday'],
    ['Вчера в Анкаре', 'Вчера', '2025-02-12', '2025-02-12', 'yesterday'],
  ])('%s → «%s» %s..%s (%s)', (text, expression, start, end, rule) => {
    expect(datesIn(text)).toEqual([{ expression, start, end, rule }]);
  });

  it.each([
    ['زار دمشق في 22 ديسمبر 2024، والتقى', '22 ديسمبر 2024', '2024-12-22'],
    ['On 18 February 2025, delegations met', 'On 18 February 2025', '2025-02-18'],
    ['on February 18, 2025 in Riyadh', 'on February 18, 2025', '2025-02-18'],
    ['состоялась 18 февраля 2025 года', '18 февраля 2025 года', '2025-02-18'],
    ['في ٢٢ ديسمبر ٢٠٢٤', '٢٢ ديسمبر ٢٠٢٤', '2024-12-22'],
    ['بتاريخ 2025-02-18 في', '2025-02-18', '2025-02-18'],
    ['بتاريخ 18.02.2025 في', '18.02.2025', '2025-02-18'],
  ])('a date given in full: %s', (text, expression, day) => {
    expect(datesIn(text, null)).toEqual([{ expression, start: day, end: day, rule: 'explicit' }]);
  });

  it('a day and month without a year: the nearest such day before the article, or after it for a plan', () => {
    expect(datesIn('يوم 15 يناير، أكد', '2025-01-17')).toMatchObject([{ start: '2025-01-15', rule: 'explicit' }]);
    expect(datesIn('заявила 12 марта, что', '2025-03-13')).toMatchObject([{ start: '2025-03-12' }]);
    expect(datesIn('on 28 December', '2025-01-05')).toMatchObject([{ start: '2024-12-28' }]);
    expect(datesIn('will visit on 3 January', '2024-12-20', 'planned')).toMatchObject([{ start: '2025-01-03' }]);
  });

  it('a Hijri date in the Umm al-Qura calendar', () => {
    expect(datesIn('يوم 5 رمضان 1446 هـ، الرئيس')).toEqual([
      { expression: 'يوم 5 رمضان 1446 هـ', start: '2025-03-05', end: '2025-03-05', rule: 'explicit' },
    ]);
    expect(hijriToGregorian(15, 7, 1446)).toBe('2025-01-15');
    expect(hijriToGregorian(7, 1, 1447)).toBe('2025-07-02');
    expect(hijriToGregorian(31, 1, 1446)).toBeNull();
  });

  it('a date ahead of the article is flagged, never guessed: the rules count back', () => {
    expect(datesIn('سيزور القاهرة الأسبوع المقبل', '2025-05-14', 'planned')).toEqual([
      { expression: 'الأسبوع المقبل', start: null, end: null, rule: null, ambiguous: true },
    ]);
    expect(datesIn('سيجري اتصالاً الثلاثاء المقبل')).toMatchObject([
      { expression: 'الثلاثاء المقبل', start: null, ambiguous: true },
    ]);
    expect(datesIn('is due to hold talks on Friday', '2025-04-22', 'planned')).toMatchObject([
      { start: null, ambiguous: true },
    ]);
    expect(datesIn('на следующей неделе')).toMatchObject([{ start: null, ambiguous: true }]);
  });

  it('words no rule covers keep their words and no date', () => {
    expect(datesIn('استقبل الأسبوع الماضي في عمّان')).toEqual([
      { expression: 'الأسبوع الماضي', start: null, end: null, rule: null },
    ]);
  });

  it('an article with no publication date keeps the words of a relative date, with no day', () => {
    expect(datesIn('خلال لقائه أمس في الرياض', null)).toEqual([
      { expression: 'أمس', start: null, end: null, rule: null },
    ]);
  });

  it('keeps the other readings when the publication date is uncertain', () => {
    const tokens = tokenize('والخميس، أعرب');
    const [mention] = findDateMentions('والخميس، أعرب', tokens, 0, tokens.length);
    const { date } = resolveDateMention(mention!, {
      published: '2025-02-13',
      alternatives: ['2025-02-12'],
      status: 'occurred',
    });
    expect(date).toMatchObject({
      start: '2025-02-13',
      ambiguous: true,
      readings: [{ start: '2025-02-06', anchor: '2025-02-12' }],
    });
  });

  it('takes no date from words that only look like one', () => {
    // A month name needs a number, a qualifier or a preposition; May, March are verbs too.
    expect(datesIn('قال الأب إن')).toEqual([]);
    expect(datesIn('they may march on')).toEqual([]);
    expect(datesIn('сообщили в МИД РФ')).toEqual([]);
    expect(datesIn('среди участников')).toEqual([]);
    expect(datesIn('القمة العالمية للحكومات 2025 في دبي')).toEqual([]);
  });
});
