import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Corpus, Language } from '../../src/model/corpus-schema.ts';
import { sortEvents } from '../../src/model/event-order.ts';
import { chromiumForTests, openPage } from './chromium.ts';

const corpus = JSON.parse(readFileSync('src/generated/corpus.json', 'utf8')) as Corpus;
const inTimeOrder = sortEvents(corpus.events);

const browser = chromiumForTests();

/** Every axe-core violation on the page, of any impact, as one line each. */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
  );
}

const params = (page: Page) => new URL(page.url()).searchParams;
const span = (page: Page) => {
  const [from, to] = [params(page).get('from'), params(page).get('to')];
  return from && to ? (Date.parse(to) - Date.parse(from)) / 86_400_000 : null;
};
const focusedEventId = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id') ?? null);

/**
 * Presses `key` once per event after the first and says where focus went each time: each event
 * must be reached as its own mark (the view pans and zooms to draw it apart), never a count.
 */
async function walk(page: Page, key: string, events: typeof inTimeOrder): Promise<string[]> {
  const visited: string[] = [];
  for (const [i, event] of events.entries()) {
    if (i > 0) await page.keyboard.press(key);
    await expect.poll(() => focusedEventId(page), { timeout: 3000 }).toBe(event.id);
    visited.push(event.id);
  }
  return visited;
}

const NAMES: Record<Language, { list: RegExp; filters: RegExp }> = {
  en: { list: /^List$/, filters: /^Filters/ },
  ar: { list: /^قائمة$/, filters: /^التصفية/ },
  ru: { list: /^Список$/, filters: /^Фильтры/ },
};

describe.each(['en', 'ar', 'ru'] as const)('axe-core on the production build in %s', (lang) => {
  it.each(['light', 'dark'] as const)(
    'finds nothing on the timeline, the open details, the list and the filters drawer (%s)',
    async (colorScheme) => {
      const { page, problems } = await openPage(browser(), `/?lang=${lang}`, {
        colorScheme,
        viewport: { width: 1280, height: 800 },
      });
      const report: Record<string, string[]> = {};
      await page.locator('[data-event-id]').first().waitFor();
      report.timeline = await violations(page);

      await page.locator('[data-event-id]').first().click();
      await page.getByRole('dialog').waitFor();
      report.details = await violations(page);

      // The radio is drawn as its label (a segment of a segmented control).
      await page.getByRole('radio', { name: NAMES[lang].list }).check({ force: true });
      await page.getByRole('table').waitFor();
      report.list = await violations(page);

      // On a phone the filters open in a drawer.
      await page.setViewportSize({ width: 375, height: 667 });
      await page.getByRole('button', { name: NAMES[lang].filters }).click();
      await page.locator('dialog[open]').waitFor();
      report.filters = await violations(page);

      expect(report).toEqual({ timeline: [], details: [], list: [], filters: [] });
      expect(problems).toEqual([]);
    },
  );
});

describe('the keyboard', () => {
  it('reaches the timeline by the skip link, walks every event in time order, opens and closes one', async () => {
    const { page, problems } = await openPage(browser(), '/?lang=en', { viewport: { width: 1280, height: 800 } });
    await page.locator('[data-event-id]').first().waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the events' });
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    // Seen when focused, not only read out.
    expect((await skip.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await page.keyboard.press('Enter');
    expect(await focusedEventId(page)).not.toBeNull();
    // One tab stop among all the marks.
    expect(await page.locator(':is([data-event-id], [data-count])[tabindex="0"]').count()).toBe(1);

    await page.keyboard.press('Home');
    expect(await walk(page, 'ArrowRight', inTimeOrder)).toEqual(inTimeOrder.map((e) => e.id));
    // The focused mark shows its ring: the shape is outlined in the focus colour.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).strokeWidth)).toBe('3px');

    const last = inTimeOrder.at(-1)!.id;
    await page.keyboard.press('Enter');
    const details = page.getByRole('dialog');
    await details.waitFor();
    expect(params(page).get('event')).toBe(last);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    expect(await focusedEventId(page)).toBe(last);

    // + and − zoom about the focused event, 0 fits all; the link follows.
    // (The walk may have zoomed in already, to draw events apart: the link has no span when fitted.)
    const before = span(page) ?? Infinity;
    await page.keyboard.press('+');
    await expect.poll(() => span(page) ?? Infinity).toBeLessThan(before);
    const zoomedIn = span(page)!;
    await page.keyboard.press('-');
    await expect.poll(() => span(page)).toBeGreaterThan(zoomedIn);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.keyboard.press('0');
    await expect.poll(() => span(page)).toBeGreaterThan(60);
    expect(await focusedEventId(page)).not.toBeNull();

    // Tab leaves the timeline at once: the marks are one stop, not eight.
    await page.keyboard.press('Tab');
    expect(await focusedEventId(page)).toBeNull();
    expect(problems).toEqual([]);
  });

  it('in Arabic, the right arrow goes to earlier events; on a phone too, every event is its own mark', async () => {
    const { page, problems } = await openPage(browser(), '/?lang=ar', { viewport: { width: 375, height: 667 } });
    await page.locator('[data-event-id]').first().waitFor();
    // The lanes grow to stack the events of 11–13 February, rather than count them.
    expect(await page.locator('[data-count]').count()).toBe(0);
    await page.locator(':is([data-event-id], [data-count])[tabindex="0"]').focus();
    await page.keyboard.press('End');
    const latestFirst = [...inTimeOrder].reverse();
    expect(await walk(page, 'ArrowRight', latestFirst)).toEqual(latestFirst.map((e) => e.id));
    // And back with the left arrow.
    expect(await walk(page, 'ArrowLeft', inTimeOrder.slice(0, 3))).toEqual(inTimeOrder.slice(0, 3).map((e) => e.id));
    expect(problems).toEqual([]);
  });

  it('at the closest zoom, reaches every event as its own mark, none only through a count', async () => {
    // The two days of the call: three events on 12 February, the Kremlin's statement dated 12–13
    // February, and one on the 13th, in the same lanes.
    const { page, problems } = await openPage(browser(), '/?lang=en&from=2025-02-12&to=2025-02-13', {
      viewport: { width: 1280, height: 800 },
    });
    await page.locator('[data-event-id]').first().waitFor();
    expect(await page.locator('[data-count]').count()).toBe(0);
    await page.locator(':is([data-event-id], [data-count])[tabindex="0"]').focus();
    await page.keyboard.press('Home');
    expect(await walk(page, 'ArrowRight', inTimeOrder)).toEqual(inTimeOrder.map((e) => e.id));
    expect(problems).toEqual([]);
  });

  it('says the new count politely after each change of filter', async () => {
    const { page } = await openPage(browser(), '/?lang=en', { viewport: { width: 1280, height: 800 } });
    const status = page.getByRole('status').filter({ hasText: 'events' });
    await status.waitFor();
    expect(await status.textContent()).toBe('8 events');
    await page.getByRole('checkbox', { name: /^Phone call/ }).check();
    await expect.poll(() => status.textContent()).toBe('Showing 1 of 8 events');
    expect(await status.getAttribute('aria-live')).toBeNull(); // role=status is polite by itself
  });

  it('names the timeline, describes it, and names each mark by type, date and title', async () => {
    const { page } = await openPage(browser(), '/?lang=en&from=2025-02-10&to=2025-02-13', {
      viewport: { width: 1280, height: 800 },
    });
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.waitFor();
    const described = await timeline.evaluate(
      (region) => document.getElementById(region.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
    );
    expect(described).toMatch(/earliest at the left, in lanes by country.*arrow keys/);
    expect(
      await page.locator('[data-event-id="2025-02-12-putin-al-sharaa-call"]').first().getAttribute('aria-label'),
    ).toBe('Phone call, 12 February 2025: Putin and al-Sharaa speak by phone');
  });
});

describe('themes and motion', () => {
  it('follows prefers-color-scheme', async () => {
    const background = async (colorScheme: 'light' | 'dark') => {
      const { page } = await openPage(browser(), '/?lang=en', { colorScheme });
      await page.getByRole('heading', { level: 1 }).waitFor();
      return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    };
    const [light, dark] = [await background('light'), await background('dark')];
    expect(light).not.toBe(dark);
  });

  it('slides the bottom sheet in, unless the reader asks for reduced motion', async () => {
    const transition = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { page } = await openPage(browser(), '/?lang=en&event=2025-02-12-putin-al-sharaa-call', {
        viewport: { width: 375, height: 667 },
        reducedMotion,
      });
      const sheet = page.locator('[data-details]');
      await sheet.waitFor();
      return sheet.evaluate((node) => getComputedStyle(node).transitionDuration);
    };
    expect(await transition('no-preference')).toBe('0.2s');
    expect(await transition('reduce')).toBe('0s');
  });
});
