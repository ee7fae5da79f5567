import { describe, expect, test } from 'vitest';
import { pickLanguage, writeLanguageParam } from './pick-language.ts';

describe('pickLanguage', () => {
  test.each([
    ['?lang=ar', ['en-US'], 'ar'],
    ['?lang=ru', ['ar-EG'], 'ru'],
    ['?lang=en', ['ru-RU'], 'en'],
    ['?q=putin&lang=ru&from=2025', ['ar'], 'ru'],
    ['?lang=AR', ['en'], 'ar'],
    ['?lang=ar-SY', ['en'], 'ar'],
    ['?lang=ar&lang=ru', ['en'], 'ar'],
    ['?lang=fr', ['ru-RU', 'en'], 'ru'],
    ['?lang=', ['ru'], 'ru'],
    ['', ['fr-FR', 'ar-EG', 'en'], 'ar'],
    ['', ['EN-gb', 'ru'], 'en'],
    ['', ['ru_RU'], 'ru'],
    ['', ['de-DE', 'fr'], 'en'],
    ['', [], 'en'],
    ['?lang=%E2%9C%93', [], 'en'],
  ] as const)('search %j with navigator %j picks %s', (search, navigatorLanguages, expected) => {
    expect(pickLanguage(search, navigatorLanguages)).toBe(expected);
  });
});

describe('writeLanguageParam', () => {
  test.each([
    ['', 'ar', '?lang=ar'],
    ['?', 'ru', '?lang=ru'],
    ['?lang=en', 'ar', '?lang=ar'],
    ['?q=a%20b&lang=en&from=2025-01', 'ru', '?q=a%20b&lang=ru&from=2025-01'],
    ['?q=a+b', 'en', '?q=a+b&lang=en'],
    ['?lang=en&x=1&lang=ar', 'ru', '?lang=ru&x=1'],
    ['?flag&lang=ar', 'en', '?flag&lang=en'],
  ] as const)('writing into %j the language %s gives %j, other parameters untouched', (search, lang, expected) => {
    expect(writeLanguageParam(search, lang)).toBe(expected);
  });

  test('a written language is the one picked back', () => {
    for (const lang of ['ar', 'en', 'ru'] as const) {
      expect(pickLanguage(writeLanguageParam('?q=x&lang=fr', lang), ['en'])).toBe(lang);
    }
  });
});
