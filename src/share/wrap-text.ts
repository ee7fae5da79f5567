import type { CardWeight } from './card-fonts.ts';
import type { MeasureText } from './text-measure.ts';

export interface WrapOptions {
  weight: CardWeight;
  size: number;
  /** The widest a line may be, in pixels. */
  width: number;
  /** Lines at most: the last one that fits ends in an ellipsis when text is left over. */
  maxLines: number;
}

const ELLIPSIS = '…';

/**
 * `text` broken into lines no wider than `width` at the spaces between words (the rule for
 * Arabic, English and Russian alike), in logical order: the renderer lays out each line's
 * direction. A word wider than a line is cut with an ellipsis rather than overflow the card.
 */
export function wrapText(text: string, measure: MeasureText, { weight, size, width, maxLines }: WrapOptions): string[] {
  const fits = (line: string) => measure(line, weight, size) <= width;
  const cut = (line: string) => {
    let words = line.split(' ');
    while (words.length > 1 && !fits(`${words.join(' ')}${ELLIPSIS}`)) words = words.slice(0, -1);
    let last = words.join(' ');
    while (last.length > 1 && !fits(`${last}${ELLIPSIS}`)) last = Array.from(last).slice(0, -1).join('');
    return `${last.trimEnd()}${ELLIPSIS}`;
  };
  const lines: string[] = [];
  let current = '';
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = fits(word) ? word : cut(word);
    if (lines.length === maxLines) {
      lines[maxLines - 1] = cut(`${lines[maxLines - 1]!} ${words.slice(i).join(' ')}`);
      return lines;
    }
  }
  if (current) lines.push(current);
  return lines;
}
