import { describe, expect, test } from 'vitest';
import { wrapText } from './wrap-text.ts';

// Every character 10 pixels wide: widths are easy to reason about.
const measure = (text: string) => Array.from(text).length * 10;
const wrap = (text: string, width: number, maxLines = 3) =>
  wrapText(text, measure, { weight: 'regular', size: 10, width, maxLines });

describe('wrapText', () => {
  test.each([
    ['one line when it fits', 'Putin calls al-Sharaa', 300, ['Putin calls al-Sharaa']],
    ['breaks at spaces', 'Putin calls al-Sharaa', 120, ['Putin calls', 'al-Sharaa']],
    ['Arabic the same way, in logical order', 'بوتين يتصل بالشرع', 100, ['بوتين يتصل', 'بالشرع']],
    ['ends in an ellipsis when lines run out', 'one two three four five six', 90, ['one two', 'three…']],
    ['cuts a word wider than a line', 'Constantinopolitan', 80, ['Constan…']],
  ])('%s', (_name, text, width, lines) => {
    expect(wrap(text, width, 2)).toEqual(lines);
  });

  test('no line is wider than asked', () => {
    const text = 'Bogdanov meets al-Sharaa in Damascus, the first Russian visit since the fall of Assad';
    for (const width of [60, 100, 170, 333])
      for (const line of wrap(text, width, 10)) expect(measure(line)).toBeLessThanOrEqual(width);
  });
});
