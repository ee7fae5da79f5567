import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/model/corpus-schema.ts';
import { chromiumForTests, openPage } from './chromium.ts';

const corpus = JSON.parse(readFileSync('src/generated/corpus.json', 'utf8')) as Corpus;
const byId = new Map(corpus.events.map((e) => [e.id, e]));

const browser = chromiumForTests();

const params = (page: Page) => new URL(page.url()).searchParams;
const spanDays = (page: Page) => {
  const from = params(page).get('from');
  const to = params(page).get('to');
  if (!from || !to) return null;
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
};

/** The ids of the events that have a mark in the timeline (marks, not counts). */
async function markedIds(page: Page): Promise<string[]> {
  const ids = await page
    .locator('[data-event-id]')
    .evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event-id')!));
  return [...new Set(ids)].sort();
}

async function timelineBox(page: Page) {
  const region = page.getByRole('region', { name: /timeline/i }).first();
  await region.waitFor();
  const svg = region.locator('svg').first();
  const box = await svg.boundingBox();
  if (!box) throw new Error('the timeline has no box');
  return box;
}

/** What each animation frame showed: the opacity of the canvases shown, and whether the SVG marks were out. */
type Frame = { canvas: number; marksOut: boolean };

/**
 * Opens `path` with every frame from the first sampled (`frames` reads them), and the times a
 * canvas was drawn afresh counted (`draws`). `prepare` runs on the context first.
 */
async function openSamplingFrames(path: string, prepare?: (context: BrowserContext) => Promise<unknown>) {
  const opened = await openPage(browser(), path, {}, async (context) => {
    await prepare?.(context);
    await context.addInitScript(() => {
      const frames: Frame[] = [];
      const counted = { draws: 0 };
      Object.assign(window, { __frames: frames, __canvas: counted });
      // Every drawing of the timeline's canvas begins by clearing it.
      const clear = CanvasRenderingContext2D.prototype.clearRect;
      CanvasRenderingContext2D.prototype.clearRect = function (...args) {
        counted.draws++;
        clear.apply(this, args);
      };
      const sample = () => {
        const shown = [...document.querySelectorAll('canvas')].filter((canvas) => !canvas.hidden);
        frames.push({
          canvas: Math.max(0, ...shown.map((canvas) => Number(getComputedStyle(canvas).opacity))),
          marksOut: document.querySelector('g[opacity="0"]') !== null,
        });
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
  });
  const frames = () => opened.page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames);
  const draws = () => opened.page.evaluate(() => (window as unknown as { __canvas: { draws: number } }).__canvas.draws);
  return { ...opened, frames, draws };
}

describe('the explorer in Chromium (production build)', () => {
  it('zooms with Ctrl and the wheel around the pointer (a touchpad pinch), and the link follows the window', async () => {
    const { page, problems } = await openPage(browser(), '/?lang=en');
    const box = await timelineBox(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await expect.poll(() => spanDays(page)).not.toBeNull();
    const first = spanDays(page)!;
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    await expect.poll(() => spanDays(page)).toBeLessThan(first);
    expect(problems).toEqual([]);
  });

  it('shows the gesture canvas only while the view moves, never over the marks at rest', async () => {
    const { page, problems, frames } = await openSamplingFrames('/?lang=en');
    const box = await timelineBox(page);
    // Nothing of the gesture canvas is fetched with the first view.
    expect(
      await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /draw-marks-canvas/.test(e.name))),
    ).toBe(false);
    // The pointer comes to the timeline: the canvas rehearses a gesture (shown too faintly to see), then hides.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(async () => (await frames()).some((f) => f.canvas > 0)).toBe(true);
    await expect.poll(() => page.locator('canvas:not([hidden])').count()).toBe(0);
    expect((await frames()).filter((f) => f.canvas >= 0.01 || f.marksOut)).toEqual([]);

    const rested = (await frames()).length;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    await expect.poll(() => params(page).get('from')).not.toBeNull();
    await expect.poll(() => page.locator('canvas:not([hidden])').count()).toBe(0);
    const gesture = (await frames()).slice(rested);
    // While it moved, the canvas showed the marks in full, in place of the SVG ones; at rest, neither.
    expect(gesture.some((f) => f.canvas === 1 && f.marksOut)).toBe(true);
    expect(gesture.filter((f) => f.canvas > 0 !== f.marksOut)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('paints a filter’s answer on the canvas first, then draws the marks as SVG, named, and hides the canvas', async () => {
    const { page, problems, frames } = await openSamplingFrames('/?lang=en');
    const box = await timelineBox(page);
    // The canvas's code comes when the pointer comes to the timeline; it rehearses, then rests, hidden.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(async () => (await frames()).some((f) => f.canvas > 0)).toBe(true);
    await expect.poll(() => page.locator('canvas:not([hidden])').count()).toBe(0);
    const before = (await frames()).length;
    await page.getByRole('checkbox', { name: /^Iran/ }).check();
    await expect.poll(() => markedIds(page)).toEqual(['2025-02-12-al-shaibani-world-government-summit']);
    await expect.poll(() => page.locator('canvas:not([hidden])').count()).toBe(0);
    const after = (await frames()).slice(before);
    // A frame showed the answer on the canvas, in full, while the SVG marks waited unpainted ...
    expect(after.some((f) => f.canvas === 1 && f.marksOut)).toBe(true);
    // ... and never both, nor neither.
    expect(after.filter((f) => f.canvas > 0 !== f.marksOut)).toEqual([]);
    // Then the SVG mark is the one a reader reaches: named, and it opens its details.
    const mark = page
      .getByRole('group', { name: 'Iran' })
      .locator('[data-event-id="2025-02-12-al-shaibani-world-government-summit"]');
    expect(await mark.getAttribute('aria-label')).toMatch(/Al-Shaibani: positive messages/);
    await mark.click();
    await expect.poll(() => params(page).get('event')).toBe('2025-02-12-al-shaibani-world-government-summit');
    expect(problems).toEqual([]);
  });

  it('holds the gesture canvas’s rehearsal while a search’s answer is on its way, and rehearses once it is in', async () => {
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    const { page, problems, frames, draws } = await openSamplingFrames('/?lang=en', (context) =>
      context.route('**/assets/search-*', async (route) => {
        asked = true;
        await released;
        await route.continue();
      }),
    );
    const box = await timelineBox(page);
    // A search whose index is held on the way; then the pointer comes to the timeline, which
    // brings the canvas's code in.
    await page.getByRole('searchbox', { name: 'Search events' }).fill('Bogdanov');
    await expect.poll(() => asked).toBe(true);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect
      .poll(() =>
        page.evaluate(() => performance.getEntriesByType('resource').some((e) => /draw-marks-canvas/.test(e.name))),
      )
      .toBe(true);
    // Half a second of frames while the reader waits: the canvas is neither drawn nor shown.
    const waited = (await frames()).length;
    await page.waitForTimeout(500);
    expect(await draws()).toBe(0);
    expect((await frames()).slice(waited).filter((f) => f.canvas > 0)).toEqual([]);
    release();
    await expect
      .poll(() => markedIds(page))
      .toEqual(['2025-01-bogdanov-al-sharaa-meeting-damascus', '2025-02-11-bogdanov-statement-to-izvestia']);
    // The answer is painted on the canvas in full; then come the rehearsal's faint frames; then it rests, hidden.
    const rehearsedAfter = async () => {
      const after = (await frames()).slice(waited);
      const answer = after.findIndex((f) => f.canvas === 1);
      return answer >= 0 && after.slice(answer).some((f) => f.canvas > 0 && f.canvas < 0.01);
    };
    await expect.poll(rehearsedAfter, { timeout: 5000 }).toBe(true);
    await expect.poll(() => page.locator('canvas:not([hidden])').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('pans by dragging: the window moves and keeps its span', async () => {
    const { page } = await openPage(browser(), '/?lang=en&from=2025-01-01&to=2025-02-28');
    const box = await timelineBox(page);
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 150, y, { steps: 8 });
    await page.mouse.up();
    // Dragging the time axis to the right brings earlier days into view.
    await expect.poll(() => params(page).get('from')).toMatch(/^2024-12-/);
    expect(Math.abs(spanDays(page)! - 58)).toBeLessThanOrEqual(1);
  });

  it('opens a deep link with a person, a country, types and a window showing exactly the events that match', async () => {
    const link = '/?lang=en&country=SY&person=ahmed-al-sharaa&type=call,meeting&from=2024-12-15&to=2025-02-20';
    const { page, problems } = await openPage(browser(), link);
    await page
      .getByRole('region', { name: /timeline/i })
      .first()
      .waitFor();
    const expected = corpus.events
      .filter(
        (e) =>
          e.countries.includes('SY') && e.people.includes('ahmed-al-sharaa') && ['call', 'meeting'].includes(e.type),
      )
      .filter((e) => e.date.end >= '2024-12-15' && e.date.start <= '2025-02-20')
      .map((e) => e.id)
      .sort();
    expect(expected).toEqual(['2025-01-bogdanov-al-sharaa-meeting-damascus', '2025-02-12-putin-al-sharaa-call']);
    await expect.poll(() => markedIds(page)).toEqual(expected);
    expect(await page.getByRole('checkbox', { name: /^Syria/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Ahmed al-Sharaa/ }).isChecked()).toBe(true);
    expect(await page.getByText('Showing 2 of 8 events').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('undoes a filter with the Back button', async () => {
    const { page } = await openPage(browser(), '/?lang=en');
    const iran = page.getByRole('checkbox', { name: /^Iran/ });
    await iran.check();
    await expect.poll(() => params(page).get('country')).toBe('IR');
    await expect.poll(() => markedIds(page)).toEqual(['2025-02-12-al-shaibani-world-government-summit']);
    await page.goBack();
    await expect.poll(() => params(page).get('country')).toBeNull();
    expect(await iran.isChecked()).toBe(false);
    await expect.poll(async () => (await markedIds(page)).length).toBeGreaterThan(1);
  });

  it('selecting an event shows its verbatim quote, who took part and how its date was found, and the link names it', async () => {
    const id = '2025-01-bogdanov-al-sharaa-meeting-damascus';
    const { page, problems } = await openPage(browser(), '/?lang=en&from=2024-12-20&to=2025-02-20');
    await page.locator(`[data-event-id="${id}"]`).first().click();
    const details = page.getByRole('dialog');
    await details.waitFor();
    expect(await details.getByRole('heading').first().textContent()).toContain(byId.get(id)!.title.en);
    const quote = details.locator('blockquote[lang="ar"][dir="rtl"]');
    expect(await quote.first().textContent()).toContain(byId.get(id)!.sources[0]!.quote);
    // Words the details bring with their own chunk, in English too: roles, and the date's rule.
    expect(await details.getByRole('list', { name: 'Participants' }).textContent()).toMatch(
      /guest, Russia.*host, Syria/,
    );
    expect(await details.textContent()).toContain('previous month');
    expect(params(page).get('event')).toBe(id);
    expect(problems).toEqual([]);
  });

  it.each([
    ['ar', 'right', 1],
    ['en', 'left', -1],
    ['ru', 'left', -1],
  ] as const)('in %s puts the earlier of two events to the %s of the later', async (lang, _side, sign) => {
    const { page } = await openPage(browser(), `/?lang=${lang}&from=2025-02-09&to=2025-02-15&lanes=none`);
    const x = async (id: string) => (await page.locator(`[data-event-id="${id}"]`).first().boundingBox())!.x;
    const earlier = await x('2025-02-11-bogdanov-statement-to-izvestia');
    const later = await x('2025-02-13-abu-qasra-washington-post-interview');
    expect(Math.sign(earlier - later)).toBe(sign);
  });

  it('opens a link with bad values with a notice, and applies the rest', async () => {
    const { page, problems } = await openPage(
      browser(),
      '/?lang=en&from=2025-13-45&person=nobody-at-all&type=party,call&lanes=diagonal',
    );
    const notice = page.getByRole('status').filter({ hasText: 'from=2025-13-45' });
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toContain('nobody-at-all');
    expect(text).toContain('party');
    expect(text).toContain('diagonal');
    // type=call still applies: one event.
    await expect.poll(() => markedIds(page)).toEqual(['2025-02-12-putin-al-sharaa-call']);
    expect(params(page).get('type')).toBe('call');
    expect(params(page).get('from')).toBeNull();
    expect(problems).toEqual([]);
  });

  it('lists the filtered events in the list view, each row carrying its event id', async () => {
    const { page } = await openPage(browser(), '/?lang=ru&view=list&type=statement');
    await page.getByRole('table').waitFor();
    const rows = await page
      .locator('tr[data-event-id]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event-id')));
    expect(rows.sort()).toEqual(
      corpus.events
        .filter((e) => e.type === 'statement')
        .map((e) => e.id)
        .sort(),
    );
  });
});
