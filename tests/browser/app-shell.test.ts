import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { corpusFiles, corpusFilesInput } from '../../src/model/corpus-files.ts';
import { HEAD_FILE } from '../../src/model/corpus-parts.ts';
import type { Corpus } from '../../src/model/corpus-schema.ts';
import { chromiumForTests, openPage } from './chromium.ts';

const corpus = JSON.parse(readFileSync('src/generated/corpus.json', 'utf8')) as Corpus;

const browser = chromiumForTests();

describe('the production build in Chromium', () => {
  it('opens in Arabic, right to left, with ?lang=ar', async () => {
    const { page, problems } = await openPage(browser(), '/?lang=ar');
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    await page.getByRole('heading', { level: 1, name: 'تاريخ' }).waitFor();
    await page.getByRole('search').waitFor();
    expect(problems).toEqual([]);
  });

  it('opens in Russian with ?lang=ru', async () => {
    const { page, problems } = await openPage(browser(), '/?lang=ru');
    await page.getByRole('heading', { level: 1, name: 'Тарих' }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await page.getByRole('search').waitFor();
    expect(problems).toEqual([]);
  });

  it.each([
    ['a laptop', { width: 1350, height: 940 }],
    ['a phone', { width: 375, height: 667 }],
  ])('moves nothing on the page when the corpus arrives, on %s', async (_, viewport) => {
    const { page, problems } = await openPage(browser(), '/?lang=en', { viewport }, (context) =>
      context.addInitScript(() => {
        const page = window as unknown as { layoutShift: number };
        page.layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
            if (!entry.hadRecentInput) page.layoutShift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      }),
    );
    await page.locator('[data-event-id], [data-count]').first().waitFor();
    await page.waitForTimeout(500);
    // The layout shift score, as Lighthouse and Core Web Vitals add it up ("good" is under 0.1).
    expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBeLessThan(0.01);
    expect(problems).toEqual([]);
  });

  it('follows the browser language when the link names none', async () => {
    const { page } = await openPage(browser(), '/', { locale: 'ru-RU' });
    await page.getByRole('heading', { level: 1, name: 'Тарих' }).waitFor();
  });

  it("lists every event of the corpus, and each one's details quote the article verbatim, in Arabic and right to left", async () => {
    const { page, problems } = await openPage(browser(), '/?lang=en&view=list');
    await page.getByRole('table').waitFor();
    const rows = page.locator('tr[data-event-id]');
    expect(await rows.count()).toBe(corpus.events.length);
    for (const event of corpus.events) {
      const row = page.locator(`tr[data-event-id="${event.id}"]`);
      expect(await row.textContent()).toContain(event.title.en);
      await row.getByRole('button', { name: event.title.en }).click();
      const details = page.getByRole('dialog');
      await details.getByRole('heading', { name: event.title.en }).waitFor();
      for (const source of event.sources) {
        const quote = details.locator('blockquote[lang="ar"][dir="rtl"]', { hasText: source.quote.split('\n')[0]! });
        expect(await quote.count(), `${event.id}: ${source.quote.slice(0, 40)}`).toBeGreaterThan(0);
      }
    }
    expect(problems).toEqual([]);
  });

  it('switches language from the switcher and writes it into the link', async () => {
    const { page } = await openPage(browser(), '/?lang=en');
    await page.getByRole('heading', { level: 1, name: 'Tarikh' }).waitFor();
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.getByRole('heading', { level: 1, name: 'تاريخ' }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  });

  it('shows a readable error, not a blank page, when the corpus fails validation', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.route('**/assets/head-*.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          ...(JSON.parse(new Map(corpusFiles(corpusFilesInput(corpus))).get(HEAD_FILE) as string) as object),
          schemaVersion: 99,
        }),
      }),
    );
    await page.goto(`${inject('baseUrl')}/?lang=en`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('schemaVersion: Invalid input: expected 1');
    // Once the file is good again, "Try again" loads it without a page reload.
    await page.unroute('**/assets/head-*.json');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText(`${corpus.events.length} events`).first().waitFor();
    await context.close();
  });
});
