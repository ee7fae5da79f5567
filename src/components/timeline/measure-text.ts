/**
 * A text's width in pixels in `size`-pixel type of the page's font: a canvas's measure (each text
 * measured once), or, where there is no canvas (jsdom), an estimate of 0.55 of the size a character.
 */
export function createTextMeasure(size: number, weight = 400): (text: string) => number {
  const context =
    typeof Path2D === 'undefined' || typeof document === 'undefined'
      ? null
      : document.createElement('canvas').getContext('2d');
  if (context) context.font = `${weight} ${size}px ${getComputedStyle(document.body).fontFamily || 'sans-serif'}`;
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = context ? context.measureText(text).width : [...text].length * size * 0.55;
      widths.set(text, width);
    }
    return width;
  };
}
