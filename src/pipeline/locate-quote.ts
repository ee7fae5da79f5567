/** Where a quote stands in an article: code-point offsets (end exclusive) and the exact text there. */
export interface QuoteLocation {
  start: number;
  end: number;
  quote: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds `quote` in `text`, letting only white space differ (an annotator may re-wrap a quote,
 * never re-word it). Returns the `occurrence`-th match (1-based), or an error in words.
 * Offsets count Unicode code points, as W3C Web Annotation's TextPositionSelector does.
 */
export function locateQuote(text: string, quote: string, occurrence?: number): QuoteLocation | string {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return 'the quote is empty';
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'gu');
  const matches = [...text.matchAll(pattern)];
  if (matches.length === 0) return 'the quote does not occur in the article (only white space may differ)';
  if (occurrence === undefined && matches.length > 1) {
    return `the quote occurs ${matches.length} times in the article: say which with "occurrence"`;
  }
  const match = matches[(occurrence ?? 1) - 1];
  if (!match) return `occurrence ${occurrence} asked, but the quote occurs ${matches.length} time(s)`;
  const start = codePointLength(text.slice(0, match.index));
  return { start, end: start + codePointLength(match[0]), quote: match[0] };
}

/** True when `start..end` (code points) of `text` is exactly `quote`. */
export function quoteIsAt(text: string, quote: string, start: number, end: number): boolean {
  return Array.from(text).slice(start, end).join('') === quote;
}

function codePointLength(text: string): number {
  return Array.from(text).length;
}
