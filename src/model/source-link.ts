import type { Article } from './corpus-schema.ts';

/** Where a reader can check an article: the article itself, or failing that its outlet's site. */
export interface SourceLink {
  href: string;
  kind: 'article' | 'outlet';
}

/** The address when it is a web address (http: or https:): nothing else may become a link. */
export function webUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The link for an article: its own URL when the corpus has it, else its outlet's site (given as a
 * domain, `almenberalhor.com`, or as an address), else none. Only http(s) addresses qualify.
 */
export function sourceLink(article: Pick<Article, 'url' | 'outlet'> | undefined): SourceLink | undefined {
  const own = webUrl(article?.url);
  if (own) return { href: own, kind: 'article' };
  const site = article?.outlet.site?.trim();
  if (!site) return undefined;
  const href = webUrl(/^[a-z][a-z0-9+.-]*:/i.test(site) ? site : `https://${site}`);
  return href ? { href, kind: 'outlet' } : undefined;
}
