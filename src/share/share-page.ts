import { CONTENT_SECURITY_POLICY } from '../model/content-security-policy.ts';
import { LANGUAGES, type Language } from '../model/corpus-vocabulary.ts';
import { appCardPath, shareCardPath, sharePagePath } from '../model/share-paths.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './card-svg.ts';

/** Open Graph's locale for each UI language. */
export const OG_LOCALES: Record<Language, string> = { ar: 'ar_AR', en: 'en_US', ru: 'ru_RU' };

/** Text as HTML text or attribute value: corpus text is data, never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What a share page says, already in its language. */
export interface SharePageContent {
  lang: Language;
  id: string;
  /** The app's name, for the site name and the page's title. */
  brand: string;
  title: string;
  summary: string;
  /** The type's name and the date. */
  kind: string;
  people: string;
  source: string;
  /** The first verbatim quote, in its article's language. */
  quote: { text: string; lang: Language };
  /** "Open this event in Tarikh". */
  open: string;
}

export interface SharePageOptions {
  /** The site's public address (TARIKH_SITE_URL), for the absolute og:image, og:url and canonical link. */
  site: string | undefined;
  /** The app's stylesheet, from the site's root (`assets/app-….css`). */
  stylesheet: string;
}

/** From a page at share/<lang>/<id>/ back to the site's root. */
const ROOT = '../../../';

function meta(property: string, content: string, attribute: 'property' | 'name' = 'property'): string {
  return `<meta ${attribute}="${property}" content="${escapeHtml(content)}">`;
}

const dirOf = (lang: Language) => (lang === 'ar' ? 'rtl' : 'ltr');

/**
 * A static page for one event in one language, for link previews: its title and summary as
 * og:title and og:description, its card as og:image, alternates in the other languages, and the
 * event itself (type, date, people, summary, a quote) with a link into the app. Every address is
 * relative but those a crawler needs absolute, so the page works under any path. No inline
 * script: a script of the site's own (open.js) takes a person on to the app.
 */
export function sharePageHtml(content: SharePageContent, { site, stylesheet }: SharePageOptions): string {
  const { lang, id } = content;
  const path = sharePagePath(lang, id);
  const appLink = `${ROOT}?lang=${lang}&event=${encodeURIComponent(id)}`;
  const absolute = site
    ? [
        `<link rel="canonical" href="${escapeHtml(site + path)}">`,
        meta('og:url', site + path),
        meta('og:image', site + shareCardPath(lang, id)),
        meta('og:image:width', String(CARD_WIDTH)),
        meta('og:image:height', String(CARD_HEIGHT)),
        meta('og:image:alt', `${content.kind}: ${content.title}`),
      ]
    : [];
  const alternates = LANGUAGES.filter((other) => other !== lang).flatMap((other) => [
    `<link rel="alternate" hreflang="${other}" href="${ROOT}${sharePagePath(other, id)}">`,
    meta('og:locale:alternate', OG_LOCALES[other]),
  ]);
  const head = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${content.title} — ${content.brand}`)}</title>`,
    meta('description', content.summary, 'name'),
    meta('og:type', 'article'),
    meta('og:site_name', content.brand),
    meta('og:title', content.title),
    meta('og:description', content.summary),
    meta('og:locale', OG_LOCALES[lang]),
    ...alternates,
    ...absolute,
    meta('twitter:card', site ? 'summary_large_image' : 'summary', 'name'),
    `<link rel="icon" href="${ROOT}favicon.svg" type="image/svg+xml">`,
    `<link rel="stylesheet" href="${ROOT}${escapeHtml(stylesheet)}">`,
  ];
  return `<!doctype html>
<html lang="${lang}" dir="${dirOf(lang)}">
<head>
${head.join('\n')}
</head>
<body>
<main class="mx-auto max-w-3xl space-y-4 px-4 py-8">
<p class="font-semibold text-zinc-600 dark:text-zinc-400"><a href="${ROOT}?lang=${lang}">${escapeHtml(content.brand)}</a></p>
<img src="card.png" alt="" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" class="h-auto w-full rounded-xl border border-zinc-200 dark:border-zinc-800">
<h1 class="text-2xl font-bold text-balance">${escapeHtml(content.title)}</h1>
<p class="text-zinc-700 dark:text-zinc-300">${escapeHtml(content.kind)}</p>
<p class="text-zinc-700 dark:text-zinc-300">${escapeHtml(content.people)}</p>
<p class="leading-relaxed">${escapeHtml(content.summary)}</p>
<blockquote lang="${content.quote.lang}" dir="${dirOf(content.quote.lang)}" class="border-s-4 border-zinc-300 ps-3 leading-relaxed dark:border-zinc-600">${escapeHtml(content.quote.text)}</blockquote>
<p class="text-sm text-zinc-600 dark:text-zinc-400">${escapeHtml(content.source)}</p>
<p><a data-open href="${escapeHtml(appLink)}" class="inline-flex min-h-11 items-center rounded-md bg-sky-800 px-4 font-medium text-white no-underline dark:bg-sky-300 dark:text-zinc-950">${escapeHtml(content.open)}</a></p>
</main>
<script src="${ROOT}share/open.js"></script>
</body>
</html>
`;
}

/** The script that takes a person from a share page on to the event in the app (no crawler runs it). */
export const OPEN_SCRIPT = `// A person who follows a shared link goes on to the event in Tarikh; a link preview's crawler,
// which runs no script, reads the page's tags instead.
const open = document.querySelector('a[data-open]');
if (open) location.replace(open.href);
`;

/** The app page's link-preview tags (index.html), in English, the page's own language. */
export function appPreviewTags(
  { title, description }: { title: string; description: string },
  site: string | undefined,
): string {
  const tags = [
    meta('og:type', 'website'),
    meta('og:site_name', 'Tarikh'),
    meta('og:title', title),
    meta('og:description', description),
    meta('og:locale', OG_LOCALES.en),
    meta('og:locale:alternate', OG_LOCALES.ar),
    meta('og:locale:alternate', OG_LOCALES.ru),
    meta('twitter:card', site ? 'summary_large_image' : 'summary', 'name'),
  ];
  if (site)
    tags.push(
      `<link rel="canonical" href="${escapeHtml(site)}">`,
      meta('og:url', site),
      meta('og:image', site + appCardPath('en')),
      meta('og:image:width', String(CARD_WIDTH)),
      meta('og:image:height', String(CARD_HEIGHT)),
      meta('og:image:alt', title),
    );
  return tags.join('\n    ');
}
