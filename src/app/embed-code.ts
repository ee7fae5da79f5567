/** An embedded view's size: a column of an article, and tall enough for its events. */
const EMBED_WIDTH = 700;
const EMBED_HEIGHT = 450;

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The <iframe> that embeds the view at `pageUrl` (the app's address, with the view in its query)
 * in another page: embed.html beside the app, with the same parameters, named by `title`.
 */
export function embedCode(pageUrl: string, title: string): string {
  const page = new URL(pageUrl);
  const src = new URL(`embed.html${page.search}`, page);
  return `<iframe src="${attribute(src.href)}" title="${attribute(title)}" width="${EMBED_WIDTH}" height="${EMBED_HEIGHT}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
