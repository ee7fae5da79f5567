import { describe, expect, test } from 'vitest';
import {
  COUNTRY_PALETTE,
  countryBadge,
  countryColours,
  edgeDash,
  edgeLanes,
  edgePath,
  labelSide,
} from './network-style.ts';

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('the country palette', () => {
  test.each(COUNTRY_PALETTE)('%s carries white letters at WCAG AA and stands out from a white page', (colour) => {
    expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  test('gives a country the same colour whatever else is shown, by its place in the corpus', () => {
    const colourOf = countryColours(['SY', 'RU', 'TR']);
    expect(colourOf('RU')).toBe(COUNTRY_PALETTE[0]);
    expect(colourOf('SY')).toBe(COUNTRY_PALETTE[1]);
    expect(colourOf('TR')).toBe(COUNTRY_PALETTE[2]);
  });
});

describe('edgePath', () => {
  test('runs from rim to rim of the two nodes', () => {
    expect(edgePath({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 20)).toBe('M10,0L80,0');
  });

  test('bends a parallel edge to one side and its partner to the other', () => {
    expect(edgePath({ x: 0, y: 0 }, { x: 100, y: 0 }, 0, 0, 1)).toBe('M0,0Q50,12 100,0');
    expect(edgePath({ x: 0, y: 0 }, { x: 100, y: 0 }, 0, 0, -1)).toBe('M0,0Q50,-12 100,0');
  });
});

describe('edgeLanes', () => {
  test('keeps a lone edge straight and spreads edges that share both ends', () => {
    const lanes = edgeLanes([
      { key: 'call:a|b', from: 'a', to: 'b' },
      { key: 'meeting:a|b', from: 'a', to: 'b' },
      { key: 'call:a|c', from: 'a', to: 'c' },
    ]);
    expect(Object.fromEntries(lanes)).toEqual({ 'call:a|b': -1, 'meeting:a|b': 1, 'call:a|c': 0 });
  });
});

describe('edgeDash', () => {
  test.each([
    ['call', 2, '7 4'],
    ['call', 6, '15 9'],
    ['meeting', 6, undefined],
    ['statement', 2, '0 4.4'],
    ['statement', 6, '0 13.2'],
  ] as const)('a %s edge %d wide is dashed %j', (type, width, dash) => expect(edgeDash(type, width)).toBe(dash));
});

describe('labelSide', () => {
  const node = { x: 100, y: 100 };
  test.each([
    ['no edge: the reading side', [], 'right', 'right'],
    ['no edge, in Arabic: the left', [], 'left', 'left'],
    ['an edge to the right: below', [{ x: 200, y: 102 }], 'right', 'below'],
    [
      'edges right and below: above',
      [
        { x: 200, y: 100 },
        { x: 110, y: 200 },
      ],
      'right',
      'above',
    ],
    ['an edge up and to the right, steep enough: the reading side', [{ x: 130, y: 0 }], 'right', 'right'],
    [
      'edges right, below and above: the left',
      [
        { x: 200, y: 100 },
        { x: 100, y: 200 },
        { x: 100, y: 0 },
      ],
      'right',
      'left',
    ],
  ] as const)('%s', (_name, neighbours, inlineEnd, side) => {
    expect(labelSide(node, neighbours, inlineEnd)).toBe(side);
  });
});

describe('countryBadge', () => {
  test.each([
    ['SY', 'Syria', 'en', 'SY'],
    ['RU', 'Россия', 'ru', 'RU'],
    ['SY', 'سوريا', 'ar', 'سو'],
    ['RU', 'روسيا', 'ar', 'رو'],
    ['US', 'الولايات المتحدة', 'ar', 'ول'],
    ['AE', 'الإمارات العربية المتحدة', 'ar', 'إم'],
  ] as const)('%s (%s) in %s is %s', (code, name, lang, badge) => {
    expect(countryBadge(code, name, lang)).toBe(badge);
  });
});
