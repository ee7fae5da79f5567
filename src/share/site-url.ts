/**
 * The site's public address, from TARIKH_SITE_URL at build time (`https://example.org/tarikh/`),
 * ending in `/`; undefined when it is not set. Only link previews need it: a crawler reads an
 * og:image or a canonical link only as an absolute address. Throws on a value that is not an
 * http(s) address, so that a typo fails the build instead of every preview.
 */
export function siteUrl(value: string | undefined = process.env.TARIKH_SITE_URL): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `TARIKH_SITE_URL is not an address: "${value}" (give the public address, e.g. https://example.org/tarikh/)`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`TARIKH_SITE_URL must be an http(s) address, not "${value}"`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}
