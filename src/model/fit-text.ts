const ELLIPSIS = '…';
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `text` as it fits in `width` pixels by `measure`: whole, or its longest start that fits with an
 * ellipsis after it (cut between graphemes, so no letter loses its marks), or '' when not even
 * one letter fits. The start is the start in reading order, so Arabic keeps its first words too.
 * With no limit (Infinity) it is not measured at all.
 */
export function fitText(text: string, width: number, measure: (text: string) => number): string {
  if (width === Infinity || measure(text) <= width) return text;
  const parts = Array.from(graphemes.segment(text), (segment) => segment.segment);
  const cut = (n: number) => `${parts.slice(0, n).join('').trimEnd()}${ELLIPSIS}`;
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (measure(cut(mid)) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : cut(lo);
}
