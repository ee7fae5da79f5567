import { describe, expect, test } from 'vitest';
import { createI18n } from './create-i18n.ts';
import { resources } from './resources.ts';

const ALL = { ar: resources.ar.translation, ru: resources.ru.translation };

describe('event counts use each language’s plural forms', () => {
  test.each([
    [0, '0 events'],
    [1, '1 event'],
    [2, '2 events'],
    [1234, '1,234 events'],
  ])('English: %i is %j', (count, expected) => {
    expect(createI18n('en').t('events.count', { count })).toBe(expected);
  });

  test.each([
    [1, '1 событие'],
    [2, '2 события'],
    [4, '4 события'],
    [5, '5 событий'],
    [11, '11 событий'],
    [21, '21 событие'],
    [22, '22 события'],
    [25, '25 событий'],
    [1234, '1 234 события'],
  ])('Russian: %i is %j', (count, expected) => {
    // Intl writes Russian thousands with a no-break space.
    expect(
      createI18n('ru', ALL)
        .t('events.count', { count })
        .replace(/\u00a0/g, ' '),
    ).toBe(expected);
  });

  test.each([
    [0, 'لا أحداث'],
    [1, 'حدث واحد'],
    [2, 'حدثان'],
    [3, '3 أحداث'],
    [10, '10 أحداث'],
    [11, '11 حدثاً'],
    [99, '99 حدثاً'],
    [100, '100 حدث'],
    [103, '103 أحداث'],
  ])('Arabic: %i is %j, in Latin digits like the dates', (count, expected) => {
    expect(createI18n('ar', ALL).t('events.count', { count })).toBe(expected);
  });
});
