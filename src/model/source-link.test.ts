import { describe, expect, test } from 'vitest';
import { sourceLink } from './source-link.ts';

const outlet = (site?: string) => ({ name: { ar: 'م', en: 'Outlet', ru: 'О' }, ...(site ? { site } : {}) });

describe('sourceLink', () => {
  test.each([
    [
      'the article’s own URL first',
      { url: 'https://example.org/a?b=1', outlet: outlet('example.org') },
      { href: 'https://example.org/a?b=1', kind: 'article' },
    ],
    [
      'the outlet’s site, as https, when the article has no URL',
      { outlet: outlet('almenberalhor.com') },
      { href: 'https://almenberalhor.com/', kind: 'outlet' },
    ],
    [
      'an outlet site given as an address',
      { outlet: outlet('http://sana.sy/en') },
      { href: 'http://sana.sy/en', kind: 'outlet' },
    ],
    [
      'the outlet when the article’s URL is not a web address',
      { url: 'javascript:alert(1)', outlet: outlet('tass.ru') },
      { href: 'https://tass.ru/', kind: 'outlet' },
    ],
    ['nothing for a site that is not a web address', { outlet: outlet('javascript:alert(1)') }, undefined],
    ['nothing for a site with markup in it', { outlet: outlet('"><script>x</script>') }, undefined],
    ['nothing when neither is known', { outlet: outlet() }, undefined],
  ] as const)('%s', (_name, article, link) => {
    expect(sourceLink(article)).toEqual(link);
  });
});
