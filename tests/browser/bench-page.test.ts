import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { drawSyntheticCorpus } from '../../src/bench/synthetic-corpus.ts';
import { corpusSchema } from '../../src/model/corpus-schema.ts';
import { parseCsv } from '../parse/parse-csv.ts';
import { chromiumForTests, openPage } from './chromium.ts';
import { BENCH_SIZES } from './serve-dist.ts';

const browser = chromiumForTests();

async function contents(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Opens the benchmark page at `n` events with the view parameters `view`, once its events are drawn. */
async function openBench(n: number, view = '') {
  const opened = await openPage(browser(), `/bench.html?n=${n}&corpus=files${view}`, { acceptDownloads: true });
  await opened.page.evaluate(() => window.__bench!.ready);
  expect(await opened.page.evaluate(() => window.__bench!.source)).toBe('files');
  // Its own parameters (n, corpus) are not a link's the page could not use.
  expect(await opened.page.getByText('Part of this link could not be used').count()).toBe(0);
  return opened;
}

const count = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /events?$/ })
    .first();

// The benchmark page is part of the production build (npm run bench drives it): its contract
// with a harness must hold at every size, and so must what a reader does with it. The same checks
// run at a thousand events and at a million (its files made once per run, serve-dist.ts).
describe.each(BENCH_SIZES)('the benchmark page at %i events', (n) => {
  const drawn = drawSyntheticCorpus(n);
  const format = (value: number) => value.toLocaleString('en');
  // A period holding a few events at a thousand, a few hundred at a million.
  const period = n < 10_000 ? { from: '2023-01-01', to: '2023-06-30' } : { from: '2023-03-14', to: '2023-03-15' };
  const inPeriod = (i: number) => {
    const [start, end] = drawn.days(i);
    return start <= Date.parse(`${period.to}T00:00Z`) / 864e5 && end >= Date.parse(`${period.from}T00:00Z`) / 864e5;
  };

  it('loads its events from files, draws them and answers the harness: zoom, pan, a filter through the search', async () => {
    const { page, problems } = await openBench(n);
    expect(await page.evaluate(() => window.__bench!.n)).toBe(n);
    expect(await page.evaluate(() => performance.getEntriesByName('bench:lib-start').length)).toBe(1);
    expect(await page.evaluate(() => window.__bench!.visibleItemCount())).toBeGreaterThan(0);
    expect(await count(page).textContent()).toBe(`${format(n)} events`);
    // Zoom in through the timeline's handle, as the wheel does: the link's window narrows.
    await page.evaluate(async () => {
      for (let k = 0; k < 10; k++) {
        window.__bench!.zoomStep();
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    });
    await expect
      .poll(() => page.evaluate(() => new URLSearchParams(window.location.search).get('from')))
      .not.toBeNull();
    // A pan's 30 steps go later and come back: what is measured after them has the events in view.
    const windowOf = () => page.evaluate(() => new URL(window.location.href).searchParams.toString());
    const zoomed = await windowOf();
    await page.evaluate(async () => {
      for (let k = 0; k < 15; k++) {
        window.__bench!.panStep();
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    });
    await expect.poll(windowOf).not.toBe(zoomed);
    await page.evaluate(async () => {
      for (let k = 0; k < 15; k++) {
        window.__bench!.panStep();
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    });
    await expect.poll(windowOf).toBe(zoomed);
    // Half the events through the search box's path: exactly the even ones remain.
    await page.evaluate(() => window.__bench!.filterHalf());
    expect(await page.getByRole('searchbox', { name: 'Search events' }).inputValue()).toBe('readout');
    expect(await count(page).textContent()).toBe(`Showing ${format(n / 2)} of ${format(n)} events`);
    // The canvas paints the answer first; the SVG marks follow.
    await page.evaluate(() => window.__bench!.marksNamed());
    const ids = await page
      .locator('[data-event-id]')
      .evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event-id')!));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => Number(id.replace('event-', '')) % 2 === 0)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('filters by type and by country, counting what is left', async () => {
    const { page, problems } = await openBench(n);
    await page.getByRole('checkbox', { name: /^Statement/ }).check();
    const statements = drawn.kind.filter((k) => k === 2).length;
    await expect.poll(() => count(page).textContent()).toBe(`Showing ${format(statements)} of ${format(n)} events`);
    // The canvas paints the answer first; the SVG marks follow.
    await page.evaluate(() => window.__bench!.marksNamed());
    const types = await page
      .locator('[data-event-id]')
      .evaluateAll((marks) => marks.map((m) => m.getAttribute('data-type')));
    expect(new Set(types)).toEqual(new Set(['statement']));
    await page
      .getByRole('group', { name: 'Countries' })
      .getByRole('button', { name: /^Show all/ })
      .click();
    await page.getByRole('checkbox', { name: /^Aldoria/ }).check();
    const aldoria = Array.from({ length: n }, (_, i) => i).filter(
      (i) => drawn.kind[i] === 2 && (drawn.where[2 * i] === 0 || drawn.where[2 * i + 1] === 0),
    ).length;
    await expect.poll(() => count(page).textContent()).toBe(`Showing ${format(aldoria)} of ${format(n)} events`);
    expect(new URL(page.url()).searchParams.get('country')).toBe('AA');
    expect(problems).toEqual([]);
  });

  it('opens a mark’s details with its texts, brought in with its shard', async () => {
    const { page, problems } = await openBench(n, `&from=${period.from}&to=${period.to}&lanes=none`);
    await page.locator('[data-event-id]').first().waitFor();
    // A mark in the middle of the view (the first may be a month begun before it, at its edge).
    const marks = page.locator('[data-event-id]');
    await marks.nth(Math.floor((await marks.count()) / 2)).click();
    // The event under the pointer (a label may lie over the first mark's edge).
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).not.toBeNull();
    const id = new URL(page.url()).searchParams.get('event')!;
    const event = drawn.eventOf(Number(id.replace('event-', '')));
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { level: 2, name: event.title.en }).waitFor();
    expect(await dialog.textContent()).toContain(event.sources[0]!.quote);
    expect(problems).toEqual([]);
  });

  it('walks the events by keyboard, one tab stop and the arrows', async () => {
    const { page, problems } = await openBench(n, `&from=${period.from}&to=${period.to}&lanes=none`);
    await page.locator('[data-event-id]').first().waitFor();
    const stop = page.locator(':is([data-event-id], [data-count])[tabindex="0"]');
    await stop.focus();
    const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).not.toBe(first);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect(problems).toEqual([]);
  });

  it('exports the filtered view: the events shown in the period, in CSV and in the corpus format', async () => {
    const view = `&type=call&country=AA&from=${period.from}&to=${period.to}`;
    const { page, problems } = await openBench(n, view);
    const expected = Array.from({ length: n }, (_, i) => i)
      .filter((i) => drawn.kind[i] === 0 && (drawn.where[2 * i] === 0 || drawn.where[2 * i + 1] === 0) && inPeriod(i))
      .map((i) => `event-${i}`)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const download = async (format: RegExp) => {
      await page.getByRole('button', { name: /^Export/ }).click();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: format }).click(),
      ]);
      return contents(file);
    };
    const rows = parseCsv((await download(/CSV/)).replace(/^\uFEFF/, ''));
    const id = rows[0]!.indexOf('id');
    expect(
      rows
        .slice(1)
        .map((row) => row[id])
        .sort(),
    ).toEqual(expected);
    const json = corpusSchema.safeParse(JSON.parse(await download(/JSON/)));
    expect(json.success).toBe(true);
    if (json.success) {
      expect(json.data.events.map((e) => e.id).sort()).toEqual(expected);
      // Every language's words, as the corpus format has them.
      expect(Object.keys(json.data.events[0]!.title).sort()).toEqual(['ar', 'en', 'ru']);
    }
    expect(problems).toEqual([]);
  });

  it('opens a link to an event whose shard is not yet loaded on that event, its texts in', async () => {
    const target = Math.floor(n * 0.777);
    const event = drawn.eventOf(target);
    const { page, problems } = await openBench(n, `&event=event-${target}`);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { level: 2, name: event.title.en }).waitFor();
    await expect
      .poll(() => page.locator(`[data-event-id="event-${target}"][aria-current="true"]`).count())
      .toBeGreaterThan(0);
    // Its shard was fetched for it, and not every shard.
    const shards = await page.evaluate(
      () => performance.getEntriesByType('resource').filter((entry) => /texts-\d+\.en\.json$/.test(entry.name)).length,
    );
    expect(shards).toBeLessThan(Math.max(10, n / 2000 / 4));
    expect(problems).toEqual([]);
  });
});

describe('the benchmark page at a million events', () => {
  it('refuses to export the whole corpus in one file, and says how to narrow it', async () => {
    const { page } = await openBench(1_000_000);
    await page.getByRole('button', { name: /^Export/ }).click();
    await page.getByRole('button', { name: /CSV/ }).click();
    await page
      .getByText('1,000,000 events are shown; one file holds 100,000 at most. Narrow the filters or the period.')
      .waitFor();
  });

  it('has every script its first view and first search run compiled whole as it arrives, not when first called', async () => {
    const { page } = await openBench(1_000_000);
    await page.evaluate(() => window.__bench!.filterHalf());
    await page.evaluate(() => window.__bench!.marksNamed());
    const scripts = await page.evaluate(async () => {
      const paths = performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name))
        .filter((url) => url.pathname.endsWith('.js'));
      return Promise.all(
        paths.map(async (url) => ({
          chunk: /([^/]+)-[\w-]{8}\.js$/.exec(url.pathname)?.[1] ?? url.pathname,
          head: (await (await fetch(url)).text()).slice(0, 40),
        })),
      );
    });
    // V8's explicit compile hint, on the first line. (A chunk can have a facade of the same name
    // that only passes its exports on: one marked is the one with the code.)
    const marked = (chunk: string) =>
      scripts.some((script) => script.chunk === chunk && script.head.startsWith('//# allFunctionsCalledOnLoad\n'));
    // The startup chunk, the dense lanes' layout, the canvas's marks, and the search's store and files.
    for (const chunk of [
      'app',
      'crowded-lane',
      'draw-marks-canvas',
      'search-store',
      'search-files',
      'search-files-source',
    ])
      expect(marked(chunk), chunk).toBe(true);
  });
});

describe('the app’s page', () => {
  it('loads none of the benchmark’s code', async () => {
    const { page } = await openPage(browser(), '/?lang=en');
    await page.locator('[data-event-id], [data-count]').first().waitFor();
    await page.waitForLoadState('networkidle');
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    expect(scripts.filter((path) => /bench/.test(path))).toEqual([]);
    expect(await page.evaluate(() => window.__bench === undefined)).toBe(true);
  });
});
