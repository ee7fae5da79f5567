import { describe, expect, test } from 'vitest';
import { shortName } from './short-name.ts';

const person = (name: Record<'ar' | 'en' | 'ru', string>, aliases?: string[]) => ({ name, aliases });

describe('shortName', () => {
  const qasra = person({ ar: 'مرهف أبو قصرة', en: 'Murhaf Abu Qasra', ru: 'Мурхаф Абу Касра' }, [
    'أبو قصرة',
    'Abu Qasra',
    'Абу Касра',
  ]);
  test.each([
    ['ar', 'أبو قصرة'],
    ['en', 'Abu Qasra'],
    ['ru', 'Абу Касра'],
  ] as const)('takes the alias that ends the name, in %s, over its last word', (lang, expected) => {
    expect(shortName(qasra, lang)).toBe(expected);
  });

  test('takes the shortest such alias', () => {
    const shaibani = person({ ar: 'أسعد حسن الشيباني', en: 'Asaad Hassan al-Shaibani', ru: 'Асаад Хасан аш-Шейбани' }, [
      'Asaad al-Shaibani',
      'Hassan al-Shaibani',
      'al-Shaibani',
    ]);
    expect(shortName(shaibani, 'en')).toBe('al-Shaibani');
  });

  test('falls back to the last word, and never takes part of a word', () => {
    const putin = person({ ar: 'فلاديمير بوتين', en: 'Vladimir Putin', ru: 'Владимир Путин' }, ['tin']);
    expect(shortName(putin, 'en')).toBe('Putin');
    expect(shortName(putin, 'ar')).toBe('بوتين');
  });
});
