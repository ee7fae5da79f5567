import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { corpusFiles, corpusFilesInput } from '../../src/model/corpus-files.ts';
import { HEAD_FILE, shardFileName } from '../../src/model/corpus-parts.ts';
import type { Corpus } from '../../src/model/corpus-schema.ts';
import { chromiumForTests, openPage } from './chromium.ts';
import { routeCorpus, type Body } from './route-corpus.ts';

const corpus = JSON.parse(readFileSync('src/generated/corpus.json', 'utf8')) as Corpus;
// Titles, names, quotes and notes holding markup, script, i18next syntax, bidi overrides and a
// 300-letter word; URLs with markup in them. It passes the schema: it is data, and must show as text.
const hostile = JSON.parse(readFileSync('tests/fixtures/corpus-hostile.json', 'utf8')) as Corpus;
// The corpus as the app loads it (corpus-parts.ts): its files by name (one shard, for these small corpora).
const parts = (of: Corpus) => new Map(corpusFiles(corpusFilesInput(of)));
const REST = shardFileName(0);

const browser = chromiumForTests();

/**
 * Opens `path` with the corpus's files answered by `answers` (a file's text, a network failure,
 * or an HTTP error) or, if given, taken from `files` (another corpus); what is not given comes
 * from the build.
 */
async function openWithCorpus(
  path: string,
  answers: Record<string, Body>,
  files?: Map<string, string | Uint8Array>,
  viewport?: { width: number; height: number },
) {
  let context: BrowserContext | undefined;
  const opened = await openPage(browser(), path, viewport ? { viewport } : {}, (opening) => {
    context = opening;
    return routeCorpus(opening, answers, files);
  });
  // A failed request is the browser's own console error, which some of these tests cause on purpose.
  const problems = () => opened.problems.filter((problem) => !problem.includes('Failed to load resource'));
  /** Serves the build's file `name` from now on. */
  const heal = (name: string) => delete answers[name];
  return { page: opened.page, problems, heal, context: context! };
}

/** Whether any script planted in the data or the link ran. */
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);
/** Elements that only an injection could have made. */
const injected = (page: Page) =>
  page.locator('main :is(script, img, iframe, object, embed, b), main svg[onload]').count();

describe('hostile links', () => {
  // Kept under the 16 KB that Node allows a request's head: past that the server, not the app, refuses.
  const huge = '9'.repeat(2000);
  const script = encodeURIComponent('<script>window.__pwned = "link"</script>');
  const img = encodeURIComponent('<img src=x onerror="window.__pwned = \'img\'">');
  it.each([
    ['huge values', `/?lang=en&from=${huge}&to=${huge}&q=${'x'.repeat(3000)}&country=${'A'.repeat(1000)}`, 'from='],
    ['repeated parameters', '/?lang=en&lang=ru&view=list&view=timeline&country=SY&country=RU', 'more than once'],
    ['encoded HTML and script', `/?lang=en&q=${script}&person=${img}&event=${img}&lanes=${script}&${script}=1`, '<img'],
    ['unknown parameters', '/?lang=en&utm_source=x&__proto__=1&constructor=prototype&%00=%00&%E0%A4%A=1', 'utm_source'],
  ])('%s open a valid view, say what was not used, and run nothing', async (_name, link, said) => {
    const { page, problems } = await openPage(browser(), link);
    await page.getByRole('search').waitFor();
    const notice = page.getByRole('status').filter({ hasText: 'Part of this link could not be used' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(said);
    // The explorer is there and works: the filters clear, and a filter applies.
    const clear = page.getByRole('button', { name: 'Clear all filters' });
    if (await clear.isEnabled()) await clear.click();
    await page.getByRole('checkbox', { name: /^Statement/ }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('statement');
    expect(await pwned(page)).toBeNull();
    expect(await injected(page)).toBe(0);
    expect(problems).toEqual([]);
  });

  it('shows a link’s markup as text in the notice and the search box', async () => {
    const { page } = await openPage(browser(), `/?lang=en&q=${script}&lanes=${script}`);
    const notice = page.getByRole('status').filter({ hasText: 'lanes=' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('<script>');
    expect(await page.getByRole('searchbox', { name: 'Search events' }).inputValue()).toBe(
      '<script>window.__pwned = "link"</script>',
    );
    expect(await pwned(page)).toBeNull();
  });
});

describe('a hostile corpus', () => {
  const call = hostile.events[0]!;
  it('shows titles, names, quotes and notes as text, and links only to http(s) with noopener', async () => {
    const { page, problems } = await openWithCorpus(`/?lang=en&view=list&event=${call.id}`, {}, parts(hostile));
    const details = page.getByRole('dialog');
    await details.waitFor();
    // The title is the text itself, markup and all.
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toBe(call.title.en);
    expect(await page.locator('tbody').textContent()).toContain('<img src=x onerror=');
    expect(await details.textContent()).toContain('{{lng}} $t(app.name) %s');
    expect(await details.textContent()).toContain(call.sources[0]!.quote);
    // A country's name in the filters, as text.
    expect(await page.getByRole('checkbox', { name: /<script>/ }).count()).toBeGreaterThan(0);

    const links = await details
      .locator('a')
      .evaluateAll((anchors) =>
        anchors.map((a) => ({ protocol: new URL((a as HTMLAnchorElement).href).protocol, rel: a.getAttribute('rel') })),
      );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(['http:', 'https:']).toContain(link.protocol);
      expect(link.rel).toBe('noopener noreferrer');
    }
    expect(await pwned(page)).toBeNull();
    expect(await injected(page)).toBe(0);
    expect(problems()).toEqual([]);
  });

  it('keeps the marks’ names as text and the page from scrolling sideways on a phone', async () => {
    const { page, problems } = await openWithCorpus('/?lang=ar', {}, parts(hostile), { width: 375, height: 667 });
    const mark = page.locator(`[data-event-id="${call.id}"]`).first();
    await mark.waitFor();
    expect(await mark.getAttribute('aria-label')).toContain(call.title.ar);
    await mark.click();
    await page.getByRole('dialog').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
    expect(await pwned(page)).toBeNull();
    expect(problems()).toEqual([]);
  });

  it('is refused, not linked, when a source URL is not http(s)', async () => {
    const bad = structuredClone(hostile);
    bad.articles[0]!.url = 'javascript:window.__pwned="href"';
    const { page } = await openWithCorpus('/?lang=en', {}, parts(bad));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('articles[0].url');
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  });
});

describe('a corpus that fails to load', () => {
  it.each([
    ['a network error', 'abort' as const, 'The corpus could not be loaded'],
    ['a server error', { status: 503 }, 'The server answered with status 503.'],
    ['invalid JSON', '{"schemaVersion": 1, "events": [', 'The corpus file is damaged'],
    [
      'a schema error',
      JSON.stringify({ ...JSON.parse(parts(corpus).get(HEAD_FILE) as string), events: 'none' }),
      'events: Invalid input',
    ],
  ])('says so for %s, with a way to try again', async (_name, head, message) => {
    const { page, problems, heal } = await openWithCorpus('/?lang=en', { [HEAD_FILE]: head });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(message);
    heal(HEAD_FILE);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText(`${corpus.events.length} events`).first().waitFor();
    expect(problems()).toEqual([]);
  });
});

describe('a shard of the corpus that fails to load', () => {
  it.each([
    ['a server error', { status: 503 }, 'The server answered with status 503.'],
    [
      'a schema error',
      JSON.stringify({ ...JSON.parse(parts(corpus).get(REST) as string), first: 1 }),
      'first: must be 0',
    ],
  ])('is named, for %s, beside a timeline that works, and Try again reads it', async (_name, shard, message) => {
    // A week in which the call is drawn as a mark of its own.
    const { page, problems, heal } = await openWithCorpus('/?lang=en&from=2025-02-09&to=2025-02-15', {
      [REST]: shard,
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`Part of the corpus (${REST}) could not be read.`);
    expect(await alert.textContent()).toContain(message);
    // The timeline is there, its marks named by their people until their texts come in.
    const callEvent = corpus.events.find((e) => e.type === 'call')!;
    const call = page.locator(`[data-event-id="${callEvent.id}"]`).first();
    expect(await call.getAttribute('aria-label')).toContain('Vladimir Putin');
    await page.getByRole('checkbox', { name: /^Statement/ }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('statement');

    heal(REST);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await alert.waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: /^Statement/ }).uncheck();
    await expect.poll(() => call.getAttribute('aria-label')).toContain(callEvent.title.en);
    expect(problems()).toEqual([]);
  });
});

describe('the search’s code that fails to load', () => {
  it('is said, with the rest of the view kept, not left as a search that waits for good; Try again finds', async () => {
    let blocked = true;
    const { page } = await openPage(browser(), '/?lang=en&q=Bogdanov', {}, (context) =>
      context.route('**/assets/search-store-*', (route) => (blocked ? route.abort() : route.continue())),
    );
    const alert = page.getByRole('alert').filter({ hasText: 'Try again' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Part of the corpus (search) could not be read.');
    // Meanwhile the timeline shows the link's other filters: every event.
    const marked = () =>
      page.locator('[data-event-id]').evaluateAll((marks) => new Set(marks.map((m) => m.dataset.eventId)).size);
    expect(await marked()).toBe(corpus.events.length);

    blocked = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await alert.waitFor({ state: 'detached' });
    const bogdanov = corpus.events.filter((e) => e.participants.some((p) => p.person === 'mikhail-bogdanov'));
    await expect.poll(marked).toBe(bogdanov.length);
  });
});

describe('the Content-Security-Policy', () => {
  it('is in the built page, strict, and enforced', async () => {
    const { page, problems } = await openPage(browser(), '/?lang=en');
    await page.getByRole('search').waitFor();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const directive of ["script-src 'self'", "object-src 'none'", "base-uri 'none'", "connect-src 'self'"]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain('unsafe-');
    // docs/security.md gives servers the same policy as a header, with frame-ancestors added.
    const documented = /^Content-Security-Policy: (.+)$/m.exec(readFileSync('docs/security.md', 'utf8'))?.[1];
    expect(documented).toBe(`${policy}; frame-ancestors 'none'`);
    // An inline script added to the page is refused, and the refusal is recorded as a problem.
    await page.evaluate(() => {
      const element = document.createElement('script');
      element.textContent = 'window.__pwned = "inline"';
      document.body.append(element);
    });
    await expect.poll(() => problems.some((p) => p.includes('CSP violation: script-src'))).toBe(true);
    expect(await pwned(page)).toBeNull();
  });
});
