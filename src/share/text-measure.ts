import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import { CARD_FONTS, type CardWeight } from './card-fonts.ts';

/** How wide `text` is, in pixels, set in `weight` at `size` pixels. */
export type MeasureText = (text: string, weight: CardWeight, size: number) => number;

interface ShapingFont {
  font: hb.Font;
  upem: number;
}

function loadFont(file: string): ShapingFont {
  const face = new hb.Face(new hb.Blob(readFileSync(file)));
  return { font: new hb.Font(face), upem: face.upem };
}

/** Width in font units of `text` shaped with `font`, and whether the font lacks some of its letters. */
function shapeWidth({ font }: ShapingFont, text: string): { units: number; missing: boolean } {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  let units = 0;
  let missing = false;
  const infos = buffer.getGlyphInfos();
  const positions = buffer.getGlyphPositions();
  for (let i = 0; i < infos.length; i++) {
    units += positions[i]!.xAdvance;
    if (infos[i]!.codepoint === 0) missing = true;
  }
  return { units, missing };
}

/**
 * Measures text as the renderer will draw it: shaped by HarfBuzz (the renderer's shaper is a port
 * of it) with the card's fonts, the Arabic font for a run with Arabic letters and the Latin one
 * otherwise, each font standing in for the other where it lacks a letter. Widths of words are
 * kept: a card's lines are made of words that recur from card to card.
 */
export function createTextMeasure(): MeasureText {
  const fonts = {
    latin: { regular: loadFont(CARD_FONTS.latin.regular), bold: loadFont(CARD_FONTS.latin.bold) },
    arabic: { regular: loadFont(CARD_FONTS.arabic.regular), bold: loadFont(CARD_FONTS.arabic.bold) },
  };
  const known = new Map<string, number>();
  const wordWidth = (word: string, weight: CardWeight): number => {
    const key = `${weight}\u0000${word}`;
    let em = known.get(key);
    if (em === undefined) {
      const [first, second] = /[\u0600-\u06FF]/.test(word)
        ? (['arabic', 'latin'] as const)
        : (['latin', 'arabic'] as const);
      let shaped = shapeWidth(fonts[first][weight], word);
      let upem = fonts[first][weight].upem;
      if (shaped.missing) {
        shaped = shapeWidth(fonts[second][weight], word);
        upem = fonts[second][weight].upem;
      }
      em = shaped.units / upem;
      known.set(key, em);
    }
    return em;
  };
  return (text, weight, size) => {
    let em = 0;
    for (const word of text.split(/(\s+)/)) if (word) em += wordWidth(word, weight);
    return em * size;
  };
}
