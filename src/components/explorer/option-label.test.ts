import { describe, expect, test } from 'vitest';
import { createI18n } from '../../i18n/create-i18n.ts';
import { resources } from '../../i18n/resources.ts';
import { optionLabel } from './option-label.ts';

const ALL = { ar: resources.ar.translation, ru: resources.ru.translation };

describe('optionLabel says what t() says, count by count', () => {
  test.each(['en', 'ru', 'ar'] as const)(
    'in %s, for counts with every plural form and names with $ and braces',
    (lang) => {
      const { t } = createI18n(lang, ALL);
      for (const name of ['Россия', 'Syria', 'A$&B', '{{count}}', 'أحمد']) {
        for (const count of [0, 1, 2, 3, 5, 11, 21, 22, 101, 1234]) {
          expect(optionLabel(t, name, count)).toBe(t('explorer.filters.option', { name, count }));
        }
      }
    },
  );
});
