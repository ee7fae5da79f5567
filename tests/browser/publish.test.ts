import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticSite } from '../../scripts/serve-static.ts';
import type { Corpus } from '../../src/model/corpus-schema.ts';
import { compareEvents } from '../../src/model/event-order.ts';
import { writeShareSite } from '../../src/share/share-site.ts';
import { parseCsv } from '../parse/parse-csv.ts';
import { icsValue, parseIcs } from '../parse/parse-ics.ts';
import { chromiumForTests, openPage } from './chromium.ts';

const corpus = JSON.parse(readFileSync('src/generated/corpus.json', 'utf8')) as Corpus;
const CALL = '2025-02-12-putin-al-sharaa-call';
const browser = chromiumForTests();
const base = () => inject('baseUrl');

const sites: StaticSite[] = [];
afterAll(async () => {
  for (const site of sites) await site.close();
});

/** The build copied to a folder of its own (to change it as a new release would), served under `prefix`. */
async function copyOfBuild(prefix: string): Promise<{ dir: string; site: StaticSite }> {
  const dir = mkdtempSync(join(tmpdir(), 'tarikh-site-'));
  cpSync(inject('distDir'), dir, { recursive: true });
  const site = await serveStatic(dir, { prefix });
  sites.push(site);
  return { dir, site };
}

/** Every request of the page that the server did not answer with success. */
function failedRequests(page: Page): string[] {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
  return failed;
}

const eventsDrawn = (page: Page) => page.locator('[data-event-id], [data-count]').first().waitFor();

describe('published as a static site, at any path', () => {
  it.each(['/', '/news/tools/tarikh/'])('works at %s, every file found, the corpus shown', async (prefix) => {
    const { site } = await copyOfBuild(prefix);
    const context = await browser().newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const failed = failedRequests(page);
    await page.goto(`${site.url}?lang=en&view=list`);
    await page.getByRole('table').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(corpus.events.length);
    await page.goto(`${site.url}bench.html?n=500`);
    await page.evaluate(() => window.__bench!.ready);
    expect(failed).toEqual([]);
  });
});

describe('canonical links', () => {
  it('puts the canonical form of a link in the address bar, copies that, and still says what was dropped', async () => {
    const { page, problems } = await openPage(
      browser(),
      `/?view=list&view=network&lang=en&q=%E0%A4%A&from=2025-03-01&to=2025-01-01&utm_source=chat&person=nobody`,
    );
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('table').waitFor();
    await expect.poll(() => new URL(page.url()).search).toBe('?lang=en&view=list');
    const notice = page.getByRole('status').filter({ hasText: 'Part of this link could not be used' });
    expect(await notice.textContent()).toContain('utm_source');
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    expect(problems).toEqual([]);
  });
});

describe('link previews', () => {
  it('has a share page per event and language, with its tags, its card, and a way into the app', async () => {
    const { page, problems } = await openPage(browser(), '/');
    for (const lang of ['ar', 'en', 'ru'] as const)
      for (const event of corpus.events) {
        const response = await page.request.get(`${base()}/share/${lang}/${event.id}/`);
        expect(response.status(), `${lang}/${event.id}`).toBe(200);
        const html = await response.text();
        expect(html).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
        const title = /<meta property="og:title" content="([^"]*)">/.exec(html)?.[1];
        expect(title).toBeDefined();
        expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
        const card = await page.request.get(`${base()}/share/${lang}/${event.id}/card.png`);
        const png = await card.body();
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      }
    expect(problems).toEqual([]);
  });

  it('takes a person from a share page to the event in the app, in the page’s language, with its title', async () => {
    const { page, problems } = await openPage(browser(), `/share/ar/${CALL}/`);
    await page.waitForURL((url) => url.search === `?lang=ar&event=${CALL}`);
    expect(new URL(page.url()).pathname).toBe('/tarikh/');
    const event = corpus.events.find((e) => e.id === CALL)!;
    await page.getByRole('dialog').getByRole('heading', { name: event.title.ar }).waitFor();
    await expect.poll(() => page.title()).toBe(`${event.title.ar} — تاريخ`);
    expect(problems).toEqual([]);
  });

  it('shows the share page itself, with its link into the app, to a reader without scripts', async () => {
    const { page } = await openPage(browser(), `/share/en/${CALL}/`, { javaScriptEnabled: false });
    const event = corpus.events.find((e) => e.id === CALL)!;
    await page.getByRole('heading', { level: 1, name: event.title.en }).waitFor();
    const open = page.getByRole('link', { name: 'Open this event in Tarikh' });
    expect(new URL((await open.getAttribute('href'))!, page.url()).href).toBe(`${base()}/?lang=en&event=${CALL}`);
    const card = page.locator('img[src="card.png"]');
    expect(await card.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([1200, 630]);
  });

  it('with TARIKH_SITE_URL, gives crawlers absolute addresses that answer: the card and the page', async () => {
    const { dir, site } = await copyOfBuild('/news/tarikh/');
    writeShareSite(corpus, { dist: dir, site: site.url, limit: 2 });
    const { page } = await openPage(browser(), '/');
    const latest = [...corpus.events].sort(compareEvents).at(-1)!.id;
    const html = await (await page.request.get(`${site.url}share/ru/${latest}/`)).text();
    const image = /<meta property="og:image" content="([^"]*)">/.exec(html)?.[1];
    expect(image).toBe(`${site.url}share/ru/${latest}/card.png`);
    expect(html).toContain(`<link rel="canonical" href="${site.url}share/ru/${latest}/">`);
    expect((await page.request.get(image!)).headers()['content-type']).toBe('image/png');
  });

  it('gives the app page its preview tags, and names the page after the open event', async () => {
    const html = readFileSync(join(inject('distDir'), 'index.html'), 'utf8');
    for (const tag of ['og:title', 'og:description', 'og:locale']) expect(html).toContain(`property="${tag}"`);
    expect(html).toContain('name="twitter:card"');
    const { page } = await openPage(browser(), `/?lang=ru&event=${CALL}`);
    const event = corpus.events.find((e) => e.id === CALL)!;
    await expect.poll(() => page.title()).toBe(`${event.title.ru} — Тарих`);
  });
});

describe('sources', () => {
  it('links each source to its article, or its outlet’s site, in a new tab, and fills the CSV and the calendar the same way', async () => {
    const { page, problems } = await openPage(browser(), `/?lang=en&event=${CALL}`, { acceptDownloads: true });
    const link = page
      .getByRole('dialog')
      .getByRole('link', { name: /Al-Minbar al-Hurr’s website/ })
      .first();
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('https://almenberalhor.com/');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');

    await page.getByRole('button', { name: 'Export' }).click();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /CSV/ }).click()]);
    const rows = parseCsv(readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, ''));
    const urls = rows.slice(1).map((row) => row[rows[0]!.indexOf('source_urls')]!);
    expect(urls.length).toBeGreaterThan(0);
    for (const cell of urls) for (const url of cell.split('\n')) expect(url).toBe('https://almenberalhor.com/');

    await page.getByRole('button', { name: 'Export' }).click();
    const [ics] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /iCalendar/ }).click(),
    ]);
    const entries = parseIcs(readFileSync((await ics.path())!, 'utf8')).components.filter((c) => c.name === 'VEVENT');
    for (const entry of entries) expect(icsValue(entry, 'URL')).toBe('https://almenberalhor.com/');
    expect(problems).toEqual([]);
  });
});

/** A new release of the site at `dir`: its index.html marked `name`, and the worker's record of it changed to match. */
function release(dir: string, name: string): string {
  const next = mkdtempSync(join(tmpdir(), 'tarikh-release-'));
  cpSync(dir, next, { recursive: true });
  const index = join(next, 'index.html');
  writeFileSync(
    index,
    readFileSync(index, 'utf8').replace('<head>', `<head>\n<meta name="tarikh-release" content="${name}">`),
  );
  const worker = join(next, 'sw.js');
  const before = readFileSync(worker, 'utf8');
  const after = before.replace(/(\{url:"index\.html",revision:")[^"]*"/, `$1${name}"`);
  if (after === before) throw new Error('sw.js has no precache entry for index.html');
  writeFileSync(worker, after);
  return next;
}

const releaseOf = (page: Page) =>
  page.evaluate(() => document.querySelector('meta[name="tarikh-release"]')?.getAttribute('content') ?? 'first');

describe('installable, and offline', () => {
  it('has a manifest with icons at 192 and 512 pixels and a maskable one', async () => {
    const { page } = await openPage(browser(), '/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await page.request.get(new URL(href!, page.url()).href)).json()) as {
      name: string;
      icons: { src: string; sizes: string; purpose: string }[];
    };
    expect(manifest.name).toBe('Tarikh · تاريخ · Тарих');
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of manifest.icons)
      expect((await page.request.get(new URL(icon.src, new URL(href!, page.url())).href)).status()).toBe(200);
  });

  it('reloads without a network, under a sub-path, and shows the events', async () => {
    const { site } = await copyOfBuild('/offline/tarikh/');
    const context = await browser().newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${site.url}?lang=en`);
    await eventsDrawn(page);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    // Another view of the app, never opened before: the link's parameters are the same page.
    await page.goto(`${site.url}?lang=ar&view=list`);
    await page.getByRole('table').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(corpus.events.length);
    await page.reload();
    await page.getByRole('table').waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  });

  it('offers a new release to a reader whose page is open, and Reload brings it', async () => {
    const { dir, site } = await copyOfBuild('/updates/');
    const context = await browser().newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${site.url}?lang=en`);
    await eventsDrawn(page);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await eventsDrawn(page);
    expect(await releaseOf(page)).toBe('first');

    // A new release is published while the page is open: the worker finds it, and the page says so.
    site.setRoot(release(dir, 'second'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const notice = page.getByRole('status').filter({ hasText: 'A new version of Tarikh is ready.' });
    await notice.waitFor();
    // Until the reader chooses, the page goes on with the release it was opened with.
    expect(await releaseOf(page)).toBe('first');
    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => releaseOf(page)).toBe('second');
    await eventsDrawn(page);
  });

  it('brings a new release on the next visit, to a reader who never pressed Reload', async () => {
    const { dir, site } = await copyOfBuild('/next-visit/');
    const context = await browser().newContext({ serviceWorkers: 'allow' });
    let page = await context.newPage();
    await page.goto(`${site.url}?lang=en`);
    await eventsDrawn(page);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    expect(await releaseOf(page)).toBe('first');

    site.setRoot(release(dir, 'second'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await page.getByRole('status').filter({ hasText: 'A new version of Tarikh is ready.' }).waitFor();
    // While a page of the first release is open, another tab still opens the first release.
    const other = await context.newPage();
    await other.goto(`${site.url}?lang=en`);
    await eventsDrawn(other);
    expect(await releaseOf(other)).toBe('first');
    // The reader leaves without choosing; the next visit opens on the new release.
    await other.close();
    await page.close();
    page = await context.newPage();
    await expect
      .poll(
        async () => {
          await page.goto(`${site.url}?lang=en`);
          await eventsDrawn(page);
          return releaseOf(page);
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe('second');
    await context.close();
  });
});

describe('embedded in another site', () => {
  it('shows the view alone in a 700×450 iframe: events, the filters in words, and a way to Tarikh', async () => {
    // Another origin on this machine (localhost, not 127.0.0.1): a page on the web could not
    // frame a local address at all.
    const host = mkdtempSync(join(tmpdir(), 'tarikh-host-'));
    writeFileSync(
      join(host, 'article.html'),
      `<!doctype html><title>An article</title><link rel="icon" href="data:,"><h1>An article</h1><iframe src="${base()}/embed.html?lang=en&country=SY" title="Tarikh" width="700" height="450"></iframe>`,
    );
    const news = await serveStatic(host);
    sites.push(news);
    const { page, problems } = await openPage(browser(), '/');
    await page.goto(news.url.replace('127.0.0.1', 'localhost') + 'article.html');
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-event-id]').first().waitFor();
    expect(await frame.getByRole('heading', { level: 1 }).count()).toBe(0);
    expect(await frame.getByRole('search').count()).toBe(0);
    const open = frame.getByRole('link', { name: /Open in Tarikh/ });
    await open.waitFor();
    // The filters in words, in a line above the view.
    const caption = frame
      .locator('p')
      .filter({ hasText: /^Syria( · .+)?$/ })
      .first();
    expect((await caption.boundingBox())!.y).toBeLessThan(
      (await frame.locator('[data-event-id]').first().boundingBox())!.y,
    );
    expect(await open.getAttribute('target')).toBe('_blank');
    expect(new URL((await open.getAttribute('href'))!, `${base()}/embed.html`).href).toBe(
      `${base()}/?lang=en&country=SY`,
    );
    // Events are drawn inside the frame's box, not below it.
    const frameBox = (await page.locator('iframe').boundingBox())!;
    const marks = await frame
      .locator('[data-event-id]')
      .evaluateAll((elements) =>
        elements
          .map((e) => e.getBoundingClientRect())
          .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
      );
    const inside = marks.filter(
      (m) =>
        m.width > 0 && m.x >= 0 && m.y >= 0 && m.x + m.width <= frameBox.width && m.y + m.height <= frameBox.height,
    );
    expect(inside.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('“Copy embed code” gives an iframe of this view that another page can use', async () => {
    const { page } = await openPage(browser(), '/?lang=ru&type=statement');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await eventsDrawn(page);
    await page.getByRole('button', { name: 'Копировать код для вставки' }).click();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toMatch(
      /^<iframe src="[^"]+" title="[^"]+" width="700" height="450" style="border:0;max-width:100%" loading="lazy"><\/iframe>$/,
    );
    const src = /src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
    expect(src).toBe(`${base()}/embed.html?lang=ru&type=statement`);
  });
});
