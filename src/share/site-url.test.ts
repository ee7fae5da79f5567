import { describe, expect, test } from 'vitest';
import { siteUrl } from './site-url.ts';

describe('siteUrl (TARIKH_SITE_URL)', () => {
  test.each([
    ['https://example.org/tarikh', 'https://example.org/tarikh/'],
    ['https://example.org/tarikh/', 'https://example.org/tarikh/'],
    [' https://example.org ', 'https://example.org/'],
    ['http://127.0.0.1:8080/a/b/?x=1#y', 'http://127.0.0.1:8080/a/b/'],
  ])('%j is %j', (value, url) => expect(siteUrl(value)).toBe(url));

  test.each([undefined, '', '  '])('%j is no address: previews go without absolute links', (value) => {
    expect(siteUrl(value)).toBeUndefined();
  });

  test.each(['example.org/tarikh', 'ftp://example.org/', 'javascript:alert(1)'])('%j fails the build', (value) => {
    expect(() => siteUrl(value)).toThrow(/TARIKH_SITE_URL/);
  });
});
