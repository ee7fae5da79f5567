import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TFunction } from 'i18next';
import { createI18n } from '../i18n/create-i18n.ts';
import { formatDay, formatEventDate } from '../i18n/format-date.ts';
import { previewResources, type PreviewKey } from '../i18n/preview-resources.ts';
import { resources } from '../i18n/resources.ts';
import { buildCorpusLookup, type CorpusLookup } from '../model/corpus-lookup.ts';
import type { Corpus, CorpusEvent } from '../model/corpus-schema.ts';
import { LANGUAGES, type Language } from '../model/corpus-vocabulary.ts';
import { compareEvents } from '../model/event-order.ts';
import { appCardPath, SHARE_PAGE_LIMIT, shareCardPath, sharePagePath } from '../model/share-paths.ts';
import { cardSvg, type CardContent } from './card-svg.ts';
import { renderCardPng } from './render-card.ts';
import { OPEN_SCRIPT, sharePageHtml, type SharePageContent } from './share-page.ts';
import { createTextMeasure } from './text-measure.ts';

export interface ShareSiteOptions {
  /** The built site (dist/): share pages go in its share/ folder. */
  dist: string;
  /** The site's public address (TARIKH_SITE_URL), or undefined. */
  site: string | undefined;
  /** Events with share pages, the latest first (SHARE_PAGE_LIMIT by default). */
  limit?: number;
}

export interface ShareSiteReport {
  pages: number;
  cards: number;
  files: number;
  bytes: number;
  /** Events of the corpus left without share pages (past the limit). */
  skipped: number;
  ms: number;
}

/** The preview strings' translate function (preview-resources.ts). */
type PreviewT = (key: PreviewKey, options?: Record<string, unknown>) => string;

/** The app's stylesheet as the built index.html links it, from the site's root. */
function appStylesheet(dist: string): string {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const href = /<link rel="stylesheet"[^>]* href="(?:\.\/)?([^"]+\.css)"/.exec(html)?.[1];
  if (!href) throw new Error(`${dist}/index.html links no stylesheet: build the app (vite build) first`);
  return href;
}

/** The words of an event's page and card in one language. */
function eventTexts(event: CorpusEvent, lookup: CorpusLookup, lang: Language, t: TFunction, p: PreviewT) {
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  const names = event.people.length
    ? event.people.map((id) => lookup.people.get(id)?.name[lang] ?? id)
    : event.countries.map((code) => lookup.countries.get(code)?.name[lang] ?? code);
  const articles = [...new Set(event.sources.map((s) => s.article))].flatMap((id) => lookup.articles.get(id) ?? []);
  const sources = articles.map((article) =>
    p('sourceItem', { outlet: article.outlet.name[lang], published: formatDay(article.published.date, lang) }),
  );
  const first = event.sources[0]!;
  return {
    brand: t('app.name'),
    kind: `${t(`eventType.${event.type}`)} · ${formatEventDate(event.date, lang)}`,
    title: event.title[lang],
    summary: event.summary[lang],
    people: list.format(names),
    source: p('source', { sources: list.format(sources) }),
    quote: { text: first.quote, lang: lookup.articles.get(first.article)?.language ?? lang },
  };
}

/**
 * Writes a share page and a 1200×630 card for each of the latest events (SHARE_PAGE_LIMIT) in
 * each UI language, the app's own card per language, and the script that takes a person from a
 * share page to the app. Runs after `vite build`, in Node: the cards are drawn without a browser.
 */
export function writeShareSite(corpus: Corpus, options: ShareSiteOptions): ShareSiteReport {
  const started = performance.now();
  const { dist, site, limit = SHARE_PAGE_LIMIT } = options;
  const stylesheet = appStylesheet(dist);
  const measure = createTextMeasure();
  const lookup = buildCorpusLookup(corpus);
  const events = [...corpus.events].sort(compareEvents).slice(-limit);
  const report: ShareSiteReport = {
    pages: 0,
    cards: 0,
    files: 0,
    bytes: 0,
    skipped: corpus.events.length - events.length,
    ms: 0,
  };
  const write = (path: string, data: string | Buffer) => {
    const file = join(dist, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
    report.files++;
    report.bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  };
  const card = (path: string, content: CardContent) => {
    write(path, renderCardPng(cardSvg(content, measure)));
    report.cards++;
  };

  for (const lang of LANGUAGES) {
    const i18n = createI18n(lang, { ar: resources.ar.translation, ru: resources.ru.translation });
    i18n.addResourceBundle(lang, 'preview', previewResources[lang]);
    const t = i18n.t;
    // Not among the app's typed strings: the namespace is this build's own.
    const p: PreviewT = (key, options) => String(i18n.t(`preview:${key}` as never, options as never));
    const rtl = lang === 'ar';
    const list = new Intl.ListFormat(lang, { type: 'conjunction' });
    card(appCardPath(lang), {
      rtl,
      brand: t('app.name'),
      type: 'call',
      kind: t('app.tagline'),
      title: p('appCardTitle'),
      people: p('appCardPeople', {
        events: t('events.count', { count: corpus.events.length }),
        articles: p('articles', { count: corpus.articles.length }),
      }),
      source: list.format([...new Set(corpus.articles.map((a) => a.outlet.name[lang]))]),
    });
    for (const event of events) {
      const texts = eventTexts(event, lookup, lang, t, p);
      const content: SharePageContent = { lang, id: event.id, open: p('openEvent'), ...texts };
      write(`${sharePagePath(lang, event.id)}index.html`, sharePageHtml(content, { site, stylesheet }));
      report.pages++;
      card(shareCardPath(lang, event.id), { rtl, type: event.type, ...texts });
    }
  }
  write('share/open.js', OPEN_SCRIPT);
  report.ms = performance.now() - started;
  return report;
}
