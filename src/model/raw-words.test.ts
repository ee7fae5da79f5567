import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RawWords } from './raw-words.ts';

// Every character `\s` matches, and others beside them, some of which look like space and are not.
const SPACES = '\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const NOT_SPACES = 'aAzé\u0645\u0640\u0416\u200b\u200c\u180e\u2060\u00ad\u0085\u001c.';

/** The values a table made of `valueOf` visits for each text, in order. */
function visited<V>(table: RawWords<V>, text: string): V[] {
  const values: V[] = [];
  table.forEachWord(text, (value) => values.push(value));
  return values;
}

describe('RawWords', () => {
  it('finds the words that splitting on white space finds, in order', () => {
    const table = new RawWords((raw) => raw);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...SPACES, ...NOT_SPACES), maxLength: 40 }), (text) => {
        expect(visited(table, text)).toEqual(text.split(/\s+/).filter(Boolean));
      }),
      { numRuns: 2000 },
    );
  });

  it('makes the value of each distinct word once, however many words it holds', () => {
    const made: string[] = [];
    const table = new RawWords((raw) => {
      made.push(raw);
      return raw.toUpperCase();
    });
    const words = Array.from({ length: 5000 }, (_, k) => `w${k.toString(36)}`);
    expect(visited(table, words.join(' '))).toEqual(words.map((word) => word.toUpperCase()));
    expect(visited(table, [...words].reverse().join('\n'))).toEqual(words.map((word) => word.toUpperCase()).reverse());
    expect(made).toEqual(words);
  });

  it('tells apart words that share a beginning or differ in length only', () => {
    const table = new RawWords((raw) => raw);
    expect(visited(table, 'ab abc a ab abcd abc')).toEqual(['ab', 'abc', 'a', 'ab', 'abcd', 'abc']);
  });
});
