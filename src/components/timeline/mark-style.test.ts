import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { EVENT_TYPES } from '../../model/corpus-schema.ts';
import { COUNT_CLASS, COUNT_TEXT_CLASS, LANE_BAND_CLASS, MARK_CLASS, PANEL_CLASS, shapePath } from './mark-style.ts';

// Tailwind's own palette, so the test follows the colours the build really ships.
const theme = readFileSync(createRequire(import.meta.url).resolve('tailwindcss/theme.css'), 'utf8');

/** Relative luminance (WCAG) of a Tailwind colour such as "sky-700" or "white". */
function luminance(name: string): number {
  if (name === 'white') return 1;
  const match = new RegExp(`--color-${name}: oklch\\(([\\d.]+)% ([\\d.]+) ([\\d.]+|none)\\)`).exec(theme);
  if (!match) throw new Error(`no colour ${name} in tailwindcss/theme.css`);
  const [L, C, h] = [Number(match[1]) / 100, Number(match[2]), match[3] === 'none' ? 0 : Number(match[3])];
  // OKLCH -> OKLab -> LMS -> linear sRGB (Björn Ottosson's matrices), clamped to the gamut.
  const a = C * Math.cos((h * Math.PI) / 180);
  const b = C * Math.sin((h * Math.PI) / 180);
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const r = clamp(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s);
  const g = clamp(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s);
  const bl = clamp(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s);
  return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
}

function contrast(x: string, y: string): number {
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour a class list gives `property` (fill, bg) in one scheme. */
function colourOf(classes: string, property: string, dark: boolean): string {
  const prefix = dark ? `dark:${property}-` : `${property}-`;
  const found = classes.split(' ').find((c) => c.startsWith(prefix));
  if (!found) throw new Error(`no ${prefix} in "${classes}"`);
  return found.slice(prefix.length);
}

describe.each([false, true])('in the %s dark scheme', (dark) => {
  const backgrounds = [colourOf(PANEL_CLASS, 'bg', dark), colourOf(LANE_BAND_CLASS, 'fill', dark)];

  test.each(EVENT_TYPES)('the %s colour meets WCAG AA (4.5:1) against every timeline background', (type) => {
    for (const background of backgrounds)
      expect(contrast(colourOf(MARK_CLASS[type], 'fill', dark), background)).toBeGreaterThanOrEqual(4.5);
  });

  test('a count’s text meets 4.5:1 on its own fill, and its outline 3:1 on the backgrounds', () => {
    const fill = colourOf(COUNT_CLASS, 'fill', dark);
    expect(contrast(colourOf(COUNT_TEXT_CLASS, 'fill', dark), fill)).toBeGreaterThanOrEqual(4.5);
    for (const background of backgrounds)
      expect(contrast(colourOf(COUNT_CLASS, 'stroke', dark), background)).toBeGreaterThanOrEqual(3);
  });
});

test('each type has a shape of its own, so type never rests on colour alone', () => {
  expect(new Set(EVENT_TYPES.map((type) => shapePath(type, 12))).size).toBe(EVENT_TYPES.length);
});
