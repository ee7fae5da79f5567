import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/model/calendar-date.ts';
import type { Corpus, Language } from '../../src/model/corpus-schema.ts';
import { chromiumForTests, openPage } from './chromium.ts';

const corpus = JSON.parse(readFileSync('src/generated/corpus.json', 'utf8')) as Corpus;
const allIds = corpus.events.map((e) => e.id).sort();
const CALL = '2025-02-12-putin-al-sharaa-call';

const browser = chromiumForTests();

const SCREENS = {
  laptop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
  'small phone': { width: 375, height: 667 },
} as const;

interface Drawn {
  /** Events with a mark of their own. */
  ids: string[];
  /** Events that only a count stands for. */
  counted: number;
  /** Marks whose box is not inside the timeline's plot, or not across the screen's width. */
  outside: string[];
}

/** What the timeline draws once it rests: each mark's event, the counts, and marks out of place. */
async function drawn(page: Page): Promise<Drawn> {
  await page.locator('[data-timeline-surface] [data-event-id]').first().waitFor();
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const surface = document.querySelector('[data-timeline-surface]')!.getBoundingClientRect();
    const marks = [...document.querySelectorAll<SVGGraphicsElement>('[data-timeline-surface] [data-event-id]')];
    const outside = marks
      .filter((mark) => {
        const box = mark.getBoundingClientRect();
        // Half a mark's outline may reach past the edge; its middle is always inside.
        const middle = box.left + box.width / 2;
        return middle < surface.left || middle > surface.right || middle < 0 || middle > window.innerWidth;
      })
      .map((mark) => mark.getAttribute('data-event-id')!);
    const counted = [...document.querySelectorAll('[data-timeline-surface] [data-count]')].reduce(
      (sum, count) => sum + Number(count.getAttribute('data-count')),
      0,
    );
    const ids = [...new Set(marks.map((mark) => mark.getAttribute('data-event-id')!))].sort();
    return { ids, counted, outside };
  });
}

describe('the first view draws every event of the bundled corpus as its own mark', () => {
  for (const [screen, viewport] of Object.entries(SCREENS)) {
    for (const lang of ['ar', 'en', 'ru'] as const) {
      it(`on a ${screen}, in ${lang}, in every lane mode`, async () => {
        for (const lanes of ['country', 'person', 'none']) {
          const { page, problems } = await openPage(browser(), `/?lang=${lang}&lanes=${lanes}`, { viewport });
          expect(await drawn(page)).toEqual({ ids: allIds, counted: 0, outside: [] });
          // The first screen reaches the events: some are seen before any scrolling.
          const seen = await page.evaluate(
            () =>
              [...document.querySelectorAll('[data-timeline-surface] [data-event-id]')].filter(
                (mark) => mark.getBoundingClientRect().bottom <= window.innerHeight,
              ).length,
          );
          expect(seen).toBeGreaterThan(0);
          expect(problems).toEqual([]);
          await page.close();
        }
      });
    }
  }
});

describe('on a laptop, the first screen holds the whole timeline', () => {
  it.each(['ar', 'en', 'ru'] as const)('in %s: every lane of the bundled corpus, without scrolling', async (lang) => {
    const { page, problems } = await openPage(browser(), `/?lang=${lang}`, { viewport: SCREENS.laptop });
    await drawn(page);
    const bottoms = await page.evaluate(() =>
      [...document.querySelectorAll('[data-timeline-surface] g[data-lane]')].map(
        (lane) => lane.getBoundingClientRect().bottom,
      ),
    );
    expect(bottoms.length).toBeGreaterThan(1);
    for (const bottom of bottoms) expect(bottom).toBeLessThanOrEqual(SCREENS.laptop.height);
    expect(problems).toEqual([]);
    await page.close();
  });
});

/** The labels of the timeline as drawn, each with its box. */
async function labels(page: Page): Promise<{ text: string; box: [number, number, number, number] }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('[data-layer="labels"] text')].map((text) => {
      const box = text.getBoundingClientRect();
      return {
        text: text.textContent ?? '',
        box: [box.left, box.top, box.right, box.bottom] as [number, number, number, number],
      };
    }),
  );
}

describe('labels on the timeline', () => {
  it.each([
    ['en', 'Putin ↔ al-Sharaa'],
    ['ar', 'بوتين ↔ الشرع'],
    ['ru', 'Путин ↔ аш-Шараа'],
  ] as const)('in %s, name who took part beside the marks, without overlapping one another', async (lang, call) => {
    const { page, problems } = await openPage(browser(), `/?lang=${lang}&from=2025-02-10&to=2025-02-15`, {
      viewport: SCREENS.laptop,
    });
    await drawn(page);
    const found = await labels(page);
    expect(found.map((label) => label.text)).toContain(call);
    for (const [i, a] of found.entries()) {
      for (const b of found.slice(i + 1)) {
        const apart =
          a.box[2] <= b.box[0] + 1 || b.box[2] <= a.box[0] + 1 || a.box[3] <= b.box[1] + 1 || b.box[3] <= a.box[1] + 1;
        expect(apart, `${a.text} / ${b.text}`).toBe(true);
      }
    }
    expect(problems).toEqual([]);
  });

  for (const screen of ['laptop', 'phone'] as const) {
    it.each(['ar', 'en', 'ru'] as const)(
      `on a ${screen}'s first view, in %s, label every mark, each label whole`,
      async (lang) => {
        const { page, problems } = await openPage(browser(), `/?lang=${lang}`, { viewport: SCREENS[screen] });
        await drawn(page);
        const lanes = await page.evaluate(() =>
          [...document.querySelectorAll('[data-timeline-surface] g[data-lane]')].map((lane) => ({
            marks: lane.querySelectorAll('[data-layer="marks"] [data-event-id]').length,
            labels: [...lane.querySelectorAll('[data-layer="labels"] text')].map((text) => text.textContent ?? ''),
          })),
        );
        for (const lane of lanes) {
          expect(lane.labels).toHaveLength(lane.marks);
          // A bar's label too: outside its bar where it would be cut inside.
          expect(lane.labels.filter((label) => label.endsWith('…'))).toEqual([]);
        }
        expect(problems).toEqual([]);
        await page.close();
      },
    );
  }

  it.each(['ar', 'en', 'ru'] as const)('in %s, a label inside its bar has its letters within the bar', async (lang) => {
    const { page, problems } = await openPage(browser(), `/?lang=${lang}`, { viewport: SCREENS.laptop });
    await drawn(page);
    // Each label over a bar, with the top and bottom of its letters as drawn (their ink, not
    // the font's line box), and its bar's.
    const inside = await page.evaluate(() => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      const found: { text: string; top: number; bottom: number; barTop: number; barBottom: number }[] = [];
      for (const lane of document.querySelectorAll('[data-timeline-surface] g[data-lane]')) {
        const bars = [...lane.querySelectorAll('[data-layer="marks"] [data-event-id]')]
          .map((mark) => mark.getBoundingClientRect())
          .filter((box) => box.width > 2 * box.height);
        for (const text of lane.querySelectorAll<SVGTextElement>('[data-layer="labels"] text')) {
          const box = text.getBoundingClientRect();
          const bar = bars.find(
            (b) => box.left >= b.left - 1 && box.right <= b.right + 1 && box.top < b.bottom && box.bottom > b.top,
          );
          if (!bar) continue;
          ctx.font = getComputedStyle(text).font;
          const ink = ctx.measureText(text.textContent ?? '');
          const start = text.getStartPositionOfChar(0);
          const baseline = new DOMPoint(start.x, start.y).matrixTransform(text.getScreenCTM()!).y;
          found.push({
            text: text.textContent ?? '',
            top: baseline - ink.actualBoundingBoxAscent,
            bottom: baseline + ink.actualBoundingBoxDescent,
            barTop: bar.top,
            barBottom: bar.bottom,
          });
        }
      }
      return found;
    });
    // The milestone's bar and the meeting's, in each of its two lanes.
    expect(inside).toHaveLength(3);
    for (const label of inside) {
      expect(label.top, label.text).toBeGreaterThanOrEqual(label.barTop);
      expect(label.bottom, label.text).toBeLessThanOrEqual(label.barBottom);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('in Arabic, a label that comes after its mark stands to its left, as time runs', async () => {
    const { page } = await openPage(browser(), '/?lang=ar&from=2025-02-10&to=2025-02-20', { viewport: SCREENS.laptop });
    await drawn(page);
    const call = await page.evaluate((id) => {
      const mark = document.querySelector(`[data-event-id="${id}"]`)!.getBoundingClientRect();
      const label = [...document.querySelectorAll('[data-layer="labels"] text')].find(
        (t) => t.textContent === 'بوتين ↔ الشرع',
      )!;
      return { mark: mark.left, label: label.getBoundingClientRect().right };
    }, CALL);
    expect(call.label).toBeLessThanOrEqual(call.mark);
  });
});

describe('the selected event', () => {
  it.each(Object.entries(SCREENS))(
    'is drawn as its own current mark inside the view a link opens, on a %s',
    async (_, viewport) => {
      const { page, problems } = await openPage(browser(), `/?lang=en&event=${CALL}`, { viewport });
      const current = page.locator(`[data-timeline-surface] [data-event-id="${CALL}"][aria-current="true"]`);
      await current.first().waitFor();
      const box = (await current.first().boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(problems).toEqual([]);
    },
  );

  it('is outlined where other marks are not, after the view is drawn again, and the outline follows a new choice', async () => {
    const { page, problems } = await openPage(browser(), `/?lang=en&event=${CALL}`);
    const strokeOf = (id: string) =>
      page
        .locator(`[data-timeline-surface] [data-event-id="${id}"]`)
        .first()
        .evaluate((mark) => getComputedStyle(mark).strokeWidth);
    await page.locator(`[data-timeline-surface] [data-event-id="${CALL}"][aria-current="true"]`).first().waitFor();
    const other = await page
      .locator('[data-timeline-surface] [data-event-id]:not([aria-current])')
      .first()
      .getAttribute('data-event-id');
    expect(await strokeOf(CALL)).toBe('2.5px');
    expect(await strokeOf(other!)).not.toBe('2.5px');
    // Zoomed, the marks are drawn again: the outline stays.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect
      .poll(() => page.evaluate(() => new URLSearchParams(window.location.search).get('from')))
      .not.toBeNull();
    await expect.poll(() => strokeOf(CALL)).toBe('2.5px');
    // Another event chosen: it is outlined, and the call no longer is.
    await page.locator(`[data-timeline-surface] [data-event-id="${other}"]`).first().click();
    await expect.poll(() => strokeOf(other!)).toBe('2.5px');
    expect(await strokeOf(CALL)).not.toBe('2.5px');
    expect(problems).toEqual([]);
  });
});

describe('dates as precise as the article allows', () => {
  it('draws December 2024 as a bar across the month, with no line on a day of it', async () => {
    const { page } = await openPage(browser(), '/?lang=en', { viewport: SCREENS.laptop });
    await drawn(page);
    const fall = await page.evaluate(() => {
      const bar = document.querySelector('[data-event-id="2024-12-fall-of-bashar-al-assad"]')!;
      const ticks = [...document.querySelectorAll('[data-tick] text')].map((t) => ({
        text: t.textContent,
        x: t.parentElement!.getBoundingClientRect().left,
      }));
      const box = bar.getBoundingClientRect();
      const lines = document.querySelector('[data-timeline-surface] path[stroke-dasharray]')?.getAttribute('d');
      return { period: bar.hasAttribute('data-period'), left: box.left, right: box.right, ticks, lines };
    });
    expect(fall.period).toBe(true);
    expect(fall.lines).toBe('');
    const december = fall.ticks.find((t) => t.text === 'Dec')!.x;
    const january = fall.ticks.find((t) => t.text === '2025')!.x;
    expect(Math.abs(fall.left - december)).toBeLessThan(2);
    expect(Math.abs(fall.right - january)).toBeLessThan(2);
  });
});

describe('lanes', () => {
  it('are all on the page, in no box that scrolls them, and the wheel scrolls past them', async () => {
    const { page } = await openPage(browser(), '/?lang=en', { viewport: SCREENS.laptop });
    await drawn(page);
    const scrollers = await page.evaluate(() => {
      const found: string[] = [];
      for (let node = document.querySelector('g[data-lane]')?.parentElement ?? null; node; node = node.parentElement) {
        const { overflowY } = getComputedStyle(node);
        if (overflowY === 'auto' || overflowY === 'scroll') found.push(node.tagName);
      }
      return found;
    });
    expect(scrollers).toEqual([]);
    const lanes = await page.locator('g[data-lane]').count();
    expect(lanes).toBe(7);
    // A plain turn of the wheel over the plot scrolls the page down; it does not zoom.
    const plot = (await page.locator('[data-timeline-surface]').boundingBox())!;
    await page.mouse.move(plot.x + plot.width / 2, plot.y + 80);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('from')).toBeNull();
  });
});

/** A corpus of our own making from the bundled one: `count` copies of the call, spread over `days` days, in lanes by turns. */
function generated(count: number, days: number): Corpus {
  const call = corpus.events.find((e) => e.id === CALL)!;
  const start = toDayNumber('2025-03-03');
  // Each copy keeps the call's two sides, and some name a third country.
  const countries = [
    ['RU', 'SY'],
    ['RU', 'SY', 'IR'],
    ['RU', 'SY', 'TR'],
    ['RU', 'SY', 'AE'],
  ];
  const events = Array.from({ length: count }, (_, i) => {
    const day = fromDayNumber(start + ((i * 11) % days));
    return {
      ...structuredClone(call),
      id: `generated-call-${String(i).padStart(3, '0')}`,
      date: { start: day, end: day, precision: 'day' as const, rule: 'explicit' as const },
      countries: countries[i % countries.length]!,
    };
  });
  return { ...corpus, events };
}

async function openCorpus(page: Page, file: Corpus, name: string): Promise<void> {
  await page.getByText('8 events').first().waitFor();
  await page.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.getByText(`${file.events.length} events`).first().waitFor();
}

describe('a generated corpus', () => {
  it.each([
    ['fifty events in one week, on a laptop', generated(50, 7), SCREENS.laptop],
    ['fifty events in one week, on a phone', generated(50, 7), SCREENS.phone],
    ['two hundred events in one month, on a laptop', generated(200, 30), SCREENS.laptop],
  ] as const)('%s: every event has a mark of its own', async (_, file, viewport) => {
    const { page, problems } = await openPage(browser(), '/?lang=en', { viewport });
    await openCorpus(page, file, 'generated.json');
    const result = await drawn(page);
    expect(result.ids).toHaveLength(file.events.length);
    expect(result.counted).toBe(0);
    expect(result.outside).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('two hundred events in one month, on a phone: a count only where every row is taken, opened by touch', async () => {
    const { page, problems } = await openPage(browser(), '/?lang=en', {
      viewport: SCREENS.phone,
      hasTouch: true,
      isMobile: true,
    });
    const file = generated(200, 30);
    await openCorpus(page, file, 'generated.json');
    const result = await drawn(page);
    expect(result.ids.length + result.counted).toBeGreaterThanOrEqual(file.events.length);
    expect(result.ids.length).toBeGreaterThan(100);
    const count = page.locator('[data-timeline-surface] [data-count]').first();
    expect(await count.count()).toBe(1);
    // Its lane has grown to as many rows as a lane may take before it counted anything.
    expect(await count.evaluate((c) => c.closest('g[data-lane]')!.getAttribute('data-rows'))).toBe('12');
    await count.tap();
    const list = page.getByRole('dialog').filter({ has: page.locator('[data-event-id]') });
    await list.waitFor();
    const items = list.locator('button[data-event-id]');
    expect(await items.count()).toBe(Number(await count.getAttribute('data-count')));
    const picked = (await items.first().getAttribute('data-event-id'))!;
    await items.first().tap();
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(picked);
    await page.locator(`[data-timeline-surface] [data-event-id="${picked}"][aria-current="true"]`).first().waitFor();
    expect(problems).toEqual([]);
  });

  it('a count opens its list from the keyboard, and Escape gives focus back to it', async () => {
    const { page, problems } = await openPage(browser(), '/?lang=en', { viewport: SCREENS.laptop });
    await openCorpus(page, generated(60, 1), 'one-day.json');
    await drawn(page);
    const count = page.locator('[data-timeline-surface] [data-count]').first();
    await count.focus();
    await page.keyboard.press('Enter');
    const list = page.getByRole('dialog').filter({ has: page.locator('[data-event-id]') });
    await list.waitFor();
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-event-id'))).toBe(true);
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
    expect(await count.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(problems).toEqual([]);
  });
});

async function svgOf(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('the SVG export', () => {
  it.each(['en', 'ar'] as Language[])(
    'in %s, holds every lane whole, the axis, and a legend for every kind drawn',
    async (lang) => {
      const { page, problems } = await openPage(browser(), `/?lang=${lang}`, {
        viewport: SCREENS.laptop,
        acceptDownloads: true,
      });
      await drawn(page);
      const onScreen = await page.evaluate(() => ({
        lanes: document.querySelectorAll('[data-timeline-surface] g[data-lane]').length,
        height: Number(document.querySelectorAll('[data-timeline-surface] svg')[2]!.getAttribute('height')),
        ticks: [...document.querySelectorAll('[data-timeline-surface] [data-tick] text')].map((t) => t.textContent),
      }));
      await page.getByRole('button', { name: /^(Export|تصدير)/ }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /SVG/ }).click(),
      ]);
      const text = await svgOf(download);
      const image = await page.evaluate((svg) => {
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        return {
          lanes: doc.querySelectorAll('g[data-lane]').length,
          heights: [...doc.documentElement.querySelectorAll(':scope > svg')].map((s) =>
            Number(s.getAttribute('height')),
          ),
          ticks: [...doc.querySelectorAll('[data-tick] text')].map((t) => t.textContent),
          legend: [...doc.querySelectorAll('text[data-part="legend"]')].map((t) => t.textContent),
        };
      }, text);
      expect(image.lanes).toBe(onScreen.lanes);
      expect(image.heights).toContain(onScreen.height);
      expect(image.ticks).toEqual(onScreen.ticks);
      // Calls, meetings, statements, milestones, a period's bar and the connector are drawn; no count is.
      expect(image.legend).toHaveLength(6);
      expect(problems).toEqual([]);
    },
  );
});

describe('the keyboard', () => {
  it('finds one tab stop for the marks, and nothing unnamed in the tab order of the timeline', async () => {
    const { page } = await openPage(browser(), '/?lang=en', { viewport: SCREENS.laptop });
    await drawn(page);
    await page.getByRole('button', { name: 'Fit all' }).focus();
    const stops: { tag: string; name: string; mark: boolean }[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const element = document.activeElement!;
        const inTimeline = element.closest('section') !== null;
        return inTimeline
          ? {
              tag: element.tagName.toLowerCase(),
              name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim(),
              mark: element.hasAttribute('data-key'),
            }
          : null;
      });
      if (!stop) break;
      stops.push(stop);
    }
    expect(stops.filter((stop) => stop.mark)).toHaveLength(1);
    expect(stops.filter((stop) => stop.name === '')).toEqual([]);
    expect(stops.map((stop) => stop.tag)).not.toContain('svg');
  });
});
