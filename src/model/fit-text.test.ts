import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { fitText } from './fit-text.ts';

// One pixel per code point: widths are easy to reason about.
const measure = (text: string) => [...text].length;

describe('fitText', () => {
  test('keeps a text that fits whole', () => {
    expect(fitText('Putin ↔ al-Sharaa', 17, measure)).toBe('Putin ↔ al-Sharaa');
  });

  test('cuts a longer one with an ellipsis, without a space before it', () => {
    expect(fitText('Putin ↔ al-Sharaa', 6, measure)).toBe('Putin…');
    expect(fitText('Putin ↔ al-Sharaa', 10, measure)).toBe('Putin ↔ a…');
  });

  test('keeps the first words of an Arabic text, and its marks with their letters', () => {
    expect(fitText('بوتين ↔ الشرع', 6, measure)).toBe('بوتين…');
    // Each letter with its vowel mark is one grapheme of two code points: a cut never splits them.
    expect(fitText('شَرِعٌ كبير', 5, measure)).toBe('شَرِ…');
    expect(fitText('شَرِعٌ كبير', 4, measure)).toBe('شَ…');
  });

  test('with no limit, gives the text whole without measuring it (a gesture frame clips it instead)', () => {
    const counted = vi.fn(measure);
    expect(fitText('Bogdanov: statement', Infinity, counted)).toBe('Bogdanov: statement');
    expect(counted).not.toHaveBeenCalled();
  });

  test('gives nothing when not even a letter fits', () => {
    expect(fitText('Bogdanov', 1, measure)).toBe('');
  });

  test('never returns more than fits, for any text and width', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 0, max: 50 }), (text, width) => {
        const fitted = fitText(text, width, measure);
        expect(fitted === text || measure(fitted) <= width).toBe(true);
      }),
    );
  });
});
