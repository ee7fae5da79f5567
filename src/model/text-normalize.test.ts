import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, wordsOf } from './text-normalize.ts';

describe('foldForSearch makes the spellings a reader treats as one compare equal', () => {
  it.each([
    ['alef with hamza above, below and madda', 'أحمد إيران آب', 'احمد ايران اب'],
    ['taa marbuta as haa', 'الرئاسة السورية', 'الرئاسه السوريه'],
    ['alef maqsura as yaa', 'مستوى', 'مستوي'],
    ['tatweel', 'الشـــرع', 'الشرع'],
    ['diacritics', 'الأَرْبِعَاءُ', 'الاربعاء'],
    ['case', 'PUTIN Putin', 'putin putin'],
    ['Russian ё', 'Пётр', 'петр'],
    ['runs of white space', '  a \n\t b  ', 'a b'],
  ])('%s', (_, text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it('splits words without punctuation, Arabic or Latin', () => {
    expect(wordsOf('والخميس، قال: “نعم”.')).toEqual(['والخميس', 'قال', 'نعم']);
  });
});

// foldForSearch skips each step that a quick test shows would change nothing; the plain chain of
// replacements it replaced is the reference it must agree with on any text.
describe('foldForSearch agrees with the plain chain of replacements', () => {
  const reference = (text: string) =>
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/\p{Mn}|\u0640/gu, '')
      .replace(/[أإآٱ]/g, 'ا')
      .replace(/ة/g, 'ه')
      .replace(/ى/g, 'ي')
      .replace(/ё/g, 'е')
      .replace(/\s+/g, ' ')
      .trim();
  const pieces = fc.constantFrom(
    ...'أإآٱاةىيёЁеEé\u0301\u064e\u0650\u0651\u0652\u0670\u0640\u0654\u0655ﻻﺃ \t\n\u00a0\u2003\u200f«»—ABCxyzйЙ'.split(
      '',
    ),
  );
  const text = fc.oneof(
    fc.array(pieces, { maxLength: 30 }).map((chars) => chars.join('')),
    fc.string({ unit: 'binary', maxLength: 30 }),
  );

  it('on text mixing scripts, marks, compatibility forms and spaces', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(foldForSearch(value)).toBe(reference(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('the blocks it trusts to hold no non-spacing mark hold none', () => {
    const trusted =
      /[\t\n\v\f\r\u0020-\u02FF\u0370-\u0482\u048A-\u0590\u0600-\u060F\u061B-\u063F\u0641-\u064A\u0660-\u066F\u0671-\u06D5\u2000-\u20CF]/;
    const marks: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (trusted.test(char) && /\p{Mn}/u.test(char)) marks.push(code.toString(16));
    }
    expect(marks).toEqual([]);
  });
});
