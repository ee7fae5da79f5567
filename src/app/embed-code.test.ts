import { describe, expect, test } from 'vitest';
import { embedCode } from './embed-code.ts';

describe('embedCode', () => {
  test.each([
    ['https://example.org/tarikh/?lang=ar&country=SY', 'https://example.org/tarikh/embed.html?lang=ar&country=SY'],
    ['https://example.org/tarikh/index.html?view=list', 'https://example.org/tarikh/embed.html?view=list'],
    ['https://example.org/', 'https://example.org/embed.html'],
  ])('embeds %s from %s', (page, src) => {
    expect(embedCode(page, 'Tarikh')).toBe(
      `<iframe src="${src.replace(/&/g, '&amp;')}" title="Tarikh" width="700" height="450" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    );
  });

  test('keeps a title’s quotes and markup inside its attribute', () => {
    expect(embedCode('https://example.org/', 'a "b" <c>')).toContain('title="a &quot;b&quot; &lt;c>"');
  });
});
