import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumForTests, openPage } from './chromium.ts';

const browser = chromiumForTests();

const PHONES = [
  { width: 375, height: 667 },
  { width: 390, height: 844 },
] as const;

/**
 * A phone: its screen, touch, and the mobile viewport. Reduced motion, so that a drawer or a
 * sheet is measured where it rests, not on its way in.
 */
const phone = (viewport: { width: number; height: number }) =>
  ({ viewport, hasTouch: true, isMobile: true, reducedMotion: 'reduce' }) as const;

const params = (page: Page) => new URL(page.url()).searchParams;
const spanDays = (page: Page) => {
  const [from, to] = [params(page).get('from'), params(page).get('to')];
  return from && to ? (Date.parse(to) - Date.parse(from)) / 86_400_000 : null;
};

/** How far the page scrolls sideways: nothing, on a phone. */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Every control a finger can reach that is smaller than 44×44 CSS pixels. A checkbox or radio
 * counts as its label, which takes the tap. The timeline's marks are not here: they are data
 * points inside one control (the timeline, 44 pixels and more), whose hit area a coarse pointer
 * widens (styles.css), and every event is also a 44-pixel row of the list.
 */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])';
    const small: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (element.closest('svg, dialog:not([open])')) continue;
      const style = getComputedStyle(element);
      const target = element.matches('input[type="checkbox"], input[type="radio"]')
        ? (element.closest('label') ?? element)
        : element;
      const box = target.getBoundingClientRect();
      // Not drawn, or visually hidden (a skip link before it has focus).
      if (box.width === 0 || style.visibility === 'hidden' || (target === element && box.width <= 1)) continue;
      if (box.width < 44 || box.height < 44) {
        const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40);
        small.push(`${element.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  });

describe.each(PHONES)('at $width×$height', (size) => {
  it.each(['en', 'ar'] as const)(
    'in %s: no sideways scroll and no control under 44×44, on the timeline, the list, the details and the filters',
    async (lang) => {
      const { page, problems } = await openPage(browser(), `/?lang=${lang}`, phone(size));
      await page.locator('[data-event-id]').first().waitFor();
      const report: Record<string, { scroll: number; small: string[] }> = {};
      const check = async (name: string) => {
        report[name] = { scroll: await sidewaysScroll(page), small: await smallTargets(page) };
      };
      await check('timeline');

      await page.locator('[data-event-id]').first().tap();
      await page.getByRole('dialog').waitFor();
      await check('details');
      await page.keyboard.press('Escape');

      await page.getByRole('radio', { name: lang === 'en' ? 'List' : 'قائمة' }).check({ force: true });
      await page.getByRole('table').waitFor();
      await check('list');

      await page.getByRole('button', { name: lang === 'en' ? /^Filters/ : /^التصفية/ }).tap();
      await page.locator('dialog[open]').waitFor();
      await check('filters');

      const clean = { scroll: 0, small: [] };
      expect(report).toEqual({ timeline: clean, details: clean, list: clean, filters: clean });
      expect(problems).toEqual([]);
    },
  );
});

describe.each(PHONES)('the first screen at $width×$height', (size) => {
  it.each([
    ['ar', /^التصفية/, /^تصدير/],
    ['en', /^Filters/, /^Export/],
    ['ru', /^Фильтры/, /^Экспорт/],
  ] as const)(
    'in %s puts the languages beside the name and the export menu beside the filters’ button',
    async (lang, filters, exportName) => {
      const { page, problems } = await openPage(browser(), `/?lang=${lang}`, phone(size));
      await page.locator('[data-event-id]').first().waitFor();
      const [name, languages, opener, menu] = await Promise.all([
        page.getByRole('heading', { level: 1 }).boundingBox(),
        page.getByRole('button', { name: 'English' }).boundingBox(),
        page.getByRole('button', { name: filters }).boundingBox(),
        page.getByRole('button', { name: exportName }).boundingBox(),
      ]);
      // Each pair in one row: a row fewer above the events for each.
      expect(languages!.y).toBeLessThan(name!.y + name!.height);
      expect(menu!.y).toBeCloseTo(opener!.y, 0);
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});

describe('the phone layout (375×667)', () => {
  it('opens the filters in a modal drawer from the inline start, and gives focus back when it closes', async () => {
    const { page } = await openPage(browser(), '/?lang=ar', phone(PHONES[0]));
    const opener = page.getByRole('button', { name: /^التصفية/ });
    await opener.tap();
    const drawer = page.locator('dialog[open]');
    await drawer.waitFor();
    // In Arabic the inline start is the right.
    const box = (await drawer.boundingBox())!;
    expect(box.x + box.width).toBeCloseTo(375, 0);
    expect(box.height).toBe(667);
    // The filters work in the drawer, and its foot says how many events pass.
    await drawer.getByRole('checkbox', { name: /^اتصال هاتفي/ }).check();
    await expect.poll(() => params(page).get('type')).toBe('call');
    expect(await drawer.getByRole('status').textContent()).toContain('1');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' }).catch(() => drawer.waitFor({ state: 'hidden' }));
    expect(await opener.evaluate((button) => button === document.activeElement)).toBe(true);
    // The button says that filters are on.
    expect(await opener.textContent()).toContain('1');
  });

  it('shows the details as a bottom sheet over the lower part of the screen', async () => {
    const { page } = await openPage(browser(), '/?lang=en&event=2025-02-12-putin-al-sharaa-call', phone(PHONES[0]));
    await page.getByRole('dialog').waitFor();
    const sheet = (await page.locator('[data-details]').boundingBox())!;
    expect(sheet.x).toBe(0);
    expect(sheet.width).toBe(375);
    expect(sheet.y + sheet.height).toBeCloseTo(667, 0);
    expect(sheet.height).toBeLessThanOrEqual(667 * 0.6 + 1);
    // The timeline stays above it, to be used while the sheet is open.
    await page.getByRole('button', { name: 'Close details' }).tap();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });
});

describe('touch on the timeline (375×667, Chromium touch events)', () => {
  /** Sends one touch gesture: each step lists where the fingers are. */
  async function gesture(cdp: CDPSession, steps: { x: number; y: number }[][]) {
    const points = (step: { x: number; y: number }[]) => step.map((point, id) => ({ ...point, id }));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(steps[0]!) });
    for (const step of steps.slice(1)) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(step) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  async function surfaceCentre(page: Page) {
    const surface = page.locator('[data-timeline-surface]');
    await page.locator('[data-event-id]').first().waitFor();
    await surface.scrollIntoViewIfNeeded();
    const box = (await surface.boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 200) };
  }

  it('zooms in when two fingers spread apart', async () => {
    const { page, problems } = await openPage(browser(), '/?lang=en&from=2024-12-01&to=2025-02-28', phone(PHONES[0]));
    const cdp = await page.context().newCDPSession(page);
    const { x, y } = await surfaceCentre(page);
    const before = spanDays(page)!;
    const steps = Array.from({ length: 9 }, (_, i) => [
      { x: x - 30 - i * 12, y },
      { x: x + 30 + i * 12, y },
    ]);
    await gesture(cdp, steps);
    await expect.poll(() => spanDays(page)).toBeLessThan(before / 2);
    expect(problems).toEqual([]);
  });

  it('pans when one finger drags sideways, keeping the span', async () => {
    const { page, problems } = await openPage(browser(), '/?lang=en&from=2025-01-01&to=2025-02-28', phone(PHONES[0]));
    const cdp = await page.context().newCDPSession(page);
    const { x, y } = await surfaceCentre(page);
    const steps = Array.from({ length: 9 }, (_, i) => [{ x: x - 60 + i * 15, y }]);
    await gesture(cdp, steps);
    // Dragging toward the right brings earlier days into view.
    await expect.poll(() => params(page).get('from')).toMatch(/^2024-12-/);
    expect(Math.abs(spanDays(page)! - 58)).toBeLessThanOrEqual(1);
    expect(problems).toEqual([]);
  });
});
