import { Resvg } from '@resvg/resvg-js';
import { CARD_FONT_FILES, CARD_FONTS } from './card-fonts.ts';

/**
 * Renders a card's SVG to PNG with resvg (shaping by rustybuzz, Unicode bidi), from the card's
 * own font files only: no system font is read, so every machine draws the same card.
 */
export function renderCardPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: CARD_FONT_FILES, loadSystemFonts: false, defaultFontFamily: CARD_FONTS.latin.family },
  });
  return resvg.render().asPng();
}
