/**
 * Draws the installed app's icons from public/favicon.svg into public/icons/: 192 and 512 pixels,
 * and a maskable 512 whose glyph keeps to the safe circle (the inner 80 %) on a full-bleed
 * background, since a launcher may crop it to any shape. Run again after changing the favicon:
 *
 *   npx tsx scripts/app-icons.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const favicon = readFileSync('public/favicon.svg', 'utf8');
const inner = favicon.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
const BACKGROUND = '#0c4a6e';

const render = (svg: string, size: number) =>
  new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();

mkdirSync('public/icons', { recursive: true });
for (const size of [192, 512]) writeFileSync(`public/icons/icon-${size}.png`, render(favicon, size));
// The glyph at 60 % of the square, centred: well inside the safe circle.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BACKGROUND}"/><g transform="translate(6.4 6.4) scale(0.6)">${inner}</g></svg>`;
writeFileSync('public/icons/maskable-512.png', render(maskable, 512));
console.log('public/icons/: icon-192.png, icon-512.png, maskable-512.png');
