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
