import { describe, expect, it } from 'vitest';
import { dateNameAt, relativeDateWord, resolveDateExpression } from './date-expression.ts';

describe('resolveDateExpression counts back from the publication date', () => {
  it.each([
    // Weekday names: the latest such day on or before the anchor (Thursday 13 February 2025).
    ['الأربعاء', '2025-02-13', '2025-02-12', '2025-02-12', 'weekday'],
    ['وفي وقت سابق الأربعاء', '2025-02-13', '2025-02-12', '2025-02-12', 'weekday'],
    ['والثلاثاء', '2025-02-13', '2025-02-11', '2025-02-11', 'weekday'],
    ['والخميس', '2025-02-13', '2025-02-13', '2025-02-13', 'weekday'],
    ['الأربعاء', '2025-02-12', '2025-02-12', '2025-02-12', 'weekday'],
    ['on Tuesday', '2025-02-13', '2025-02-11', '2025-02-11', 'weekday'],
    ['в среду', '2025-02-13', '2025-02-12', '2025-02-12', 'weekday'],
    ['в пятницу', '2025-02-13', '2025-02-07', '2025-02-07', 'weekday'],
    // With "last": strictly before, so the same weekday as the anchor is a week back.
    ['الخميس الماضي', '2025-02-13', '2025-02-06', '2025-02-06', 'weekday-last'],
    ['last Tuesday', '2025-02-13', '2025-02-11', '2025-02-11', 'weekday-last'],
    ['الجمعة الماضية', '2025-02-13', '2025-02-07', '2025-02-07', 'weekday-last'],
    ['в прошлый четверг', '2025-02-13', '2025-02-06', '2025-02-06', 'weekday-last'],
    // Last month: the calendar month before, across a year boundary too.
    ['الشهر الماضي', '2025-02-13', '2025-01-01', '2025-01-31', 'previous-month'],
    ['الشهر الماضي', '2025-01-10', '2024-12-01', '2024-12-31', 'previous-month'],
    ['last month', '2024-03-31', '2024-02-01', '2024-02-29', 'previous-month'],
    ['в прошлом месяце', '2025-02-13', '2025-01-01', '2025-01-31', 'previous-month'],
    // A month name with "last": the latest such month strictly before the anchor's month.
    ['ديسمبر الماضي', '2025-02-13', '2024-12-01', '2024-12-31', 'month-name-last'],
    ['كانون الأول الماضي', '2025-02-13', '2024-12-01', '2024-12-31', 'month-name-last'],
    ['ديسمبر الماضي', '2025-12-20', '2024-12-01', '2024-12-31', 'month-name-last'],
    ['فبراير الماضي', '2025-02-13', '2024-02-01', '2024-02-29', 'month-name-last'],
    ['last December', '2025-01-05', '2024-12-01', '2024-12-31', 'month-name-last'],
    ['в декабре прошлого года', '2025-02-13', '2024-12-01', '2024-12-31', 'month-name-last'],
    // A bare month name: the latest such month on or before the anchor's month.
    ['في يناير', '2025-02-13', '2025-01-01', '2025-01-31', 'month-name'],
    ['في شباط', '2025-02-13', '2025-02-01', '2025-02-28', 'month-name'],
    ['в декабре', '2025-02-13', '2024-12-01', '2024-12-31', 'month-name'],
    ['in March', '2025-02-13', '2024-03-01', '2024-03-31', 'month-name'],
    ['العام الماضي', '2025-02-13', '2024-01-01', '2024-12-31', 'previous-year'],
    ['last year', '2025-01-01', '2024-01-01', '2024-12-31', 'previous-year'],
    ['أمس', '2025-03-01', '2025-02-28', '2025-02-28', 'yesterday'],
    ['вчера', '2025-01-01', '2024-12-31', '2024-12-31', 'yesterday'],
    ['اليوم', '2025-02-13', '2025-02-13', '2025-02-13', 'today'],
  ])('"%s" in an article of %s is %s..%s (%s)', (expression, anchor, start, end, rule) => {
    expect(resolveDateExpression(expression, anchor)).toMatchObject({ start, end, rule });
  });

  it('gives month precision to a month and day precision to a weekday', () => {
    expect(resolveDateExpression('الشهر الماضي', '2025-02-13')?.precision).toBe('month');
    expect(resolveDateExpression('الأربعاء', '2025-02-13')?.precision).toBe('day');
    expect(resolveDateExpression('العام الماضي', '2025-02-13')?.precision).toBe('year');
  });

  it('is forgiving of Arabic spelling variants (hamza on alef, diacritics, tatweel)', () => {
    expect(resolveDateExpression('الاربعاء', '2025-02-13')?.start).toBe('2025-02-12');
    expect(resolveDateExpression('الأربِعاء', '2025-02-13')?.start).toBe('2025-02-12');
    expect(resolveDateExpression('الشـهر الماضى', '2025-02-13')?.start).toBe('2025-01-01');
  });

  it('the ambiguous case: the same words give different days for two possible publication dates', () => {
    // An article of Wednesday 12 or Thursday 13 February says "on Thursday" (والخميس).
    expect(resolveDateExpression('والخميس', '2025-02-13')?.start).toBe('2025-02-13');
    expect(resolveDateExpression('والخميس', '2025-02-12')?.start).toBe('2025-02-06');
  });

  it('returns null for words no rule covers, rather than guessing', () => {
    expect(resolveDateExpression('قريباً', '2025-02-13')).toBeNull();
    expect(resolveDateExpression('recently', '2025-02-13')).toBeNull();
    expect(resolveDateExpression('الأربعاء', 'not a date')).toBeNull();
  });
});

describe('dateNameAt finds the names in running words', () => {
  it('reads a weekday or a month where it starts, and how many words it takes', () => {
    expect(dateNameAt(['قال', 'الاربعاء'], 1, 'weekday')).toEqual({ index: 3, length: 1 });
    expect(dateNameAt(['في', 'كانون', 'الثاني'], 1, 'month')).toEqual({ index: 0, length: 2 });
    expect(dateNameAt(['в', 'мае'], 1, 'month')).toEqual({ index: 4, length: 1 });
  });

  // Regression: the stem of "май" was "м", which every word in м fitted ("в МИД", "мы").
  it('does not take a short Russian word for May', () => {
    expect(dateNameAt(['мид'], 0, 'month')).toBeNull();
    expect(dateNameAt(['мы'], 0, 'month')).toBeNull();
    expect(resolveDateExpression('в мае', '2025-06-01')?.start).toBe('2025-05-01');
  });

  it('says what a word adds to a relative date', () => {
    expect(['الماضي', 'last', 'прошлом', 'الشهر', 'year', 'اليوم', 'вчера', 'قال'].map(relativeDateWord)).toEqual([
      'past',
      'past',
      'past',
      'month',
      'year',
      'today',
      'yesterday',
      null,
    ]);
  });
});
