import { describe, expect, test } from 'vitest';
import { createI18n } from './create-i18n.ts';
import { formatEventDate } from './format-date.ts';
import { loadLanguage } from './load-language.ts';

describe('a language other than English is loaded when first shown', () => {
  test('before, only its name is known and the rest falls back to English; after, all of it', async () => {
    const i18n = createI18n('ru');
    expect(i18n.t('language.name')).toBe('Русский');
    expect(i18n.t('app.name')).toBe('Tarikh');
    await loadLanguage(i18n, 'ru');
    expect(i18n.t('app.name')).toBe('Тарих');
    expect(formatEventDate({ start: '2025-01-01', end: '2025-01-31', precision: 'month' }, 'ru')).toBe('январь 2025');
  });

  test('English is there from the start, and loading it again does nothing', async () => {
    const i18n = createI18n('en');
    expect(i18n.t('app.name')).toBe('Tarikh');
    await loadLanguage(i18n, 'en');
    expect(i18n.t('app.name')).toBe('Tarikh');
  });
});
