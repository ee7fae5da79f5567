import { describe, expect, it } from 'vitest';
import { chromiumForTests, openPage } from './chromium.ts';

const browser = chromiumForTests();

// The benchmark page is part of the production build (npm run bench drives it): its contract
// with a harness must hold, and the app's page must not load any of its code.
describe('the benchmark page (bench.html?n=N)', () => {
  it('draws N synthetic events through the explorer and answers the harness', async () => {
    const { page, problems } = await openPage(browser(), '/bench.html?n=3000');
    await page.evaluate(() => window.__bench!.ready);
    expect(await page.evaluate(() => window.__bench!.n)).toBe(3000);
    expect(await page.evaluate(() => performance.getEntriesByName('bench:lib-start').length)).toBe(1);
    const before = await page.evaluate(() => window.__bench!.visibleItemCount());
    expect(before).toBeGreaterThan(0);

    // Zoom in through the timeline's handle, as the wheel does: the link's window narrows.
    await page.evaluate(async () => {
      for (let k = 0; k < 10; k++) {
        window.__bench!.zoomStep();
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    });
    // While the gesture goes on, the canvas shows the marks; the link follows once it pauses.
    expect(await page.locator('canvas:not([hidden])').count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.evaluate(() => new URLSearchParams(window.location.search).get('from')))
      .not.toBeNull();
    await page.evaluate(() => window.__bench!.panStep());

    // Filter half through the search box's path: only even-indexed events remain drawn.
    await page.evaluate(() => window.__bench!.filterHalf());
    expect(await page.getByRole('searchbox', { name: 'Search events' }).inputValue()).toBe('readout');
    // Right after the pan the canvas shows the view; the SVG marks come back once it rests.
    await expect.poll(() => page.locator('[opacity="0"]').count()).toBe(0);
    const ids = await page
      .locator('[data-event-id]')
      .evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event-id')!));
    expect(ids.every((id) => Number(id.replace('event-', '')) % 2 === 0)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('has its search index made in a worker, which the page closes once it has the index', async () => {
    // The page closes the worker when it takes the index in: if it never asked for it, no close.
    let closed!: Promise<unknown>;
    const { page, problems } = await openPage(browser(), '/bench.html?n=3000', {}, async (context) => {
      context.on('page', (opened) => {
        closed = opened.waitForEvent('worker').then((worker) => new Promise((done) => worker.on('close', done)));
      });
    });
    await page.evaluate(() => window.__bench!.ready);
    await closed;
    // Searching with that index: every odd event hidden (filterHalf checks), about half remain.
    const before = await page.evaluate(() => window.__bench!.visibleItemCount());
    await page.evaluate(() => window.__bench!.filterHalf());
    const after = await page.evaluate(() => window.__bench!.visibleItemCount());
    expect(after / before).toBeGreaterThan(0.4);
    expect(after / before).toBeLessThan(0.6);
    expect(problems).toEqual([]);
  });

  it('is not loaded by the app: the main page fetches none of its code', async () => {
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
