import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arabicReadings, stripJoinedParticles, tokenize, wordsOf } from './text-normalize.ts';

describe('tokenize finds the words wordsOf gives, where the text writes them', () => {
  it('folds each word and keeps its place in the original text', () => {
    const text = 'والتقى «بوجدانوف»، الأربِعاء: Lavrov.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(['والتقي', 'بوجدانوف', 'الاربعاء', 'lavrov']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['والتقى', 'بوجدانوف', 'الأربِعاء', 'Lavrov']);
  });

  it('agrees with wordsOf on any text', () => {
    const pieces = fc.constantFrom(...'والتقى بوتين، الأربعاء “قال” Лавров: U.S. ٥ رمضان\n\t'.split(''));
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(tokenize(text).map((t) => t.word)).toEqual(wordsOf(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('Arabic joined conjunctions and prepositions', () => {
  it.each([
    ['والخميس', 'الخميس'],
    ['بالدوحه', 'الدوحه'],
    ['وبالدوحه', 'الدوحه'],
    ['للرئيس', 'الرئيس'],
    ['وللرئيس', 'الرئيس'],
    ['كالعاده', 'العاده'],
    // Words that only begin with those letters are left alone.
    ['وزير', 'وزير'],
    ['بوتين', 'بوتين'],
    ['لبنان', 'لبنان'],
    ['بلال', 'بلال'],
  ])('stripJoinedParticles(%s) is %s', (word, stripped) => {
    expect(stripJoinedParticles(word)).toBe(stripped);
  });

  it('gives every reading of a word, itself first, for lookups in lists of known words', () => {
    expect(arabicReadings('والتقي')).toEqual(['والتقي', 'التقي', 'تقي']);
    expect(arabicReadings('لبوتين')).toEqual(['لبوتين', 'بوتين']);
    expect(arabicReadings('وبالدوحه')).toEqual(['وبالدوحه', 'الدوحه', 'دوحه', 'بالدوحه']);
    expect(arabicReadings('وزير')).toEqual(['وزير', 'زير']);
  });
});
