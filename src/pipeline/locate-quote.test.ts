import { describe, expect, it } from 'vitest';
import { locateQuote, quoteIsAt } from './locate-quote.ts';

const TEXT = 'أجرى الرئيس الروسي\nفلاديمير بوتين الأربعاء، اتصالاً. 𝒳 وقال: نعم. وقال: نعم.';

describe('locateQuote finds a quote verbatim, letting only white space differ', () => {
  it('matches across a line break and returns the article text itself', () => {
    const found = locateQuote(TEXT, 'الروسي فلاديمير   بوتين');
    expect(found).toEqual({ start: 12, end: 33, quote: 'الروسي\nفلاديمير بوتين' });
  });

  it('counts offsets in code points, not UTF-16 units', () => {
    const found = locateQuote(TEXT, 'وقال: نعم.', 1);
    if (typeof found === 'string') throw new Error(found);
    expect(quoteIsAt(TEXT, found.quote, found.start, found.end)).toBe(true);
    expect(found.start).toBe(Array.from(TEXT.slice(0, TEXT.indexOf('وقال'))).length);
  });

  it('rejects a re-worded quote', () => {
    expect(locateQuote(TEXT, 'الرئيس الروسي فلاديمير بوتين يوم الأربعاء')).toBe(
      'the quote does not occur in the article (only white space may differ)',
    );
  });

  it('does not fold Arabic spellings: a quote is verbatim', () => {
    expect(typeof locateQuote(TEXT, 'اجرى الرئيس')).toBe('string');
  });

  it('asks which occurrence when a quote occurs twice, and takes the one named', () => {
    expect(locateQuote(TEXT, 'وقال: نعم.')).toMatch(/occurs 2 times/);
    const second = locateQuote(TEXT, 'وقال: نعم.', 2);
    const first = locateQuote(TEXT, 'وقال: نعم.', 1);
    if (typeof first === 'string' || typeof second === 'string') throw new Error('expected matches');
    expect(second.start).toBeGreaterThan(first.start);
    expect(locateQuote(TEXT, 'وقال: نعم.', 3)).toMatch(/occurrence 3 asked/);
  });

  it('quoteIsAt rejects offsets that do not point at the quote', () => {
    expect(quoteIsAt(TEXT, 'الروسي', 12, 18)).toBe(true);
    expect(quoteIsAt(TEXT, 'الروسي', 13, 19)).toBe(false);
  });
});
