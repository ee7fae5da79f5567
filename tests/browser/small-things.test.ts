import type { Download, Page } from 'playwright-core';
import { icsValue, parseIcs, unescapeIcsText } from '../parse/parse-ics.ts';
import { describe, expect, it } from 'vitest';
import { chromiumForTests, openPage } from './chromium.ts';

const browser = chromiumForTests();

const CALL = '2025-02-12-putin-al-sharaa-call';
const KREMLIN_STATEMENT = '2025-02-12-kremlin-statement-on-putin-al-sharaa-call';

/** The box of an element's own text (its last text node), as drawn. */
function textBox(page: Page, selector: string) {
  return page.locator(selector).evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents([...element.childNodes].findLast((node) => node.nodeType === Node.TEXT_NODE)!);
    const { left, right } = range.getBoundingClientRect();
    return { left, right };
  });
}

describe('the small things a new reader met, in Chromium', () => {
  it('puts a space between “Export” and its arrow', async () => {
    const { page, problems } = await openPage(browser(), '/?lang=en');
    const button = page.getByRole('button', { name: 'Export' });
    await button.waitFor();
    // The menu's button names its list (aria-controls) only while open: find it by aria-expanded.
    const text = await textBox(page, 'button[aria-expanded]:has-text("Export")');
    const arrow = await button.locator('span[aria-hidden="true"]').boundingBox();
    expect(arrow!.x - text.right).toBeGreaterThanOrEqual(4);
    expect(problems).toEqual([]);
  });

  it.each(['en', 'ru'])(
    'in %s, quotes an Arabic date phrase with the marks of the UI’s language, opening on the left',
    async (lang) => {
      const { page, problems } = await openPage(browser(), `/?lang=${lang}&event=${CALL}`);
      const phrase = page.getByRole('dialog').locator('q bdi[lang="ar"][dir="rtl"]');
      await phrase.waitFor();
      const quote = await phrase.evaluate((bdi) => {
        const q = bdi.parentElement!;
        const [outer, inner] = [q.getBoundingClientRect(), bdi.getBoundingClientRect()];
        return {
          lang: q.closest('[lang]')!.getAttribute('lang'),
          direction: getComputedStyle(q).direction,
          markOnTheLeft: inner.left - outer.left,
          markOnTheRight: outer.right - inner.right,
        };
      });
      expect(quote).toMatchObject({ lang, direction: 'ltr' });
      expect(quote.markOnTheLeft).toBeGreaterThan(2);
      expect(quote.markOnTheRight).toBeGreaterThan(2);
      expect(problems).toEqual([]);
    },
  );

  it('in Arabic, points the previous and next chevrons outward, toward the events they step to', async () => {
    const { page } = await openPage(browser(), `/?lang=ar&event=${CALL}`);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const chevrons = await dialog
      .locator('button:has(> span[aria-hidden="true"]:text-matches("[‹›]"))')
      .evaluateAll((buttons) =>
        buttons.map((button) => {
          const chevron = button.querySelector('span[aria-hidden="true"]')!;
          const range = document.createRange();
          range.selectNodeContents(button);
          const mid = (r: DOMRect) => r.left + r.width / 2;
          const style = getComputedStyle(chevron);
          const flipped = new DOMMatrix(style.transform).a < 0 || style.scale.trim().startsWith('-');
          // Which way it points on screen: ‹ points left unless flipped.
          const pointsRight = (chevron.textContent === '›') !== flipped;
          return {
            onTheRight: mid(chevron.getBoundingClientRect()) > mid(button.getBoundingClientRect()),
            pointsRight,
          };
        }),
      );
    // Previous (earlier events, to the right in Arabic) sits on the right and points right; next, the reverse.
    expect(chevrons).toEqual([
      { onTheRight: true, pointsRight: true },
      { onTheRight: false, pointsRight: false },
    ]);
  });

  it('keeps “7 из 8” on one line in Russian, and related events’ dates whole in Arabic', async () => {
    const { page } = await openPage(browser(), `/?lang=ru&event=${KREMLIN_STATEMENT}`);
    const position = page.getByRole('dialog').getByText(/^\d+ из \d+$/);
    await position.waitFor();
    expect(await position.evaluate((p) => p.getClientRects().length)).toBe(1);
    const height = await position.evaluate((p) => p.getBoundingClientRect().height);
    expect(height).toBeLessThan(1.6 * 14);

    const { page: arabic } = await openPage(browser(), `/?lang=ar&event=${CALL}`, {
      viewport: { width: 1280, height: 900 },
    });
    const dates = arabic.getByRole('dialog').locator('li time');
    await dates.first().waitFor();
    // A date in Arabic is several bidi runs (digits, month name, digits): one line means one top.
    const lines = await dates.evaluateAll((times) =>
      times.map((time) => new Set([...time.getClientRects()].map((rect) => Math.round(rect.top))).size),
    );
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((n) => n === 1)).toBe(true);
  });

  it.each(['en', 'ar'])('in %s, draws the network with no edge through a name', async (lang) => {
    const { page, problems } = await openPage(browser(), `/?lang=${lang}&view=network`);
    const graph = page.locator('svg[data-network]');
    await graph.locator('[data-edge]').first().waitFor();
    const crossings = await graph.evaluate((svg) => {
      const labels = [...svg.querySelectorAll('[data-node] text:last-of-type')].map((text) => ({
        name: text.textContent,
        box: text.getBoundingClientRect(),
      }));
      const found: string[] = [];
      for (const path of svg.querySelectorAll<SVGPathElement>('[data-edge] path:last-of-type')) {
        const matrix = path.getScreenCTM()!;
        const length = path.getTotalLength();
        for (let at = 0; at <= length; at += 2) {
          const point = new DOMPoint(path.getPointAtLength(at).x, path.getPointAtLength(at).y).matrixTransform(matrix);
          for (const { name, box } of labels)
            if (point.x > box.left && point.x < box.right && point.y > box.top && point.y < box.bottom)
              found.push(`${path.parentElement!.getAttribute('data-edge')} through ${name}`);
        }
      }
      return [...new Set(found)];
    });
    expect(crossings).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('writes the country letters in the network’s nodes in Arabic script in Arabic', async () => {
    const { page } = await openPage(browser(), '/?lang=ar&view=network');
    const badges = page.locator('svg[data-network] [data-node] text:first-of-type');
    await badges.first().waitFor();
    const letters = await badges.allTextContents();
    expect(letters.length).toBeGreaterThan(0);
    for (const badge of letters) expect(badge).toMatch(/^[\u0600-\u06FF]{2}$/);
  });

  it.each([
    ['the timeline', ''],
    ['the list', '&view=list'],
  ])('prints %s and the open event’s details, one after the other, without the controls', async (_name, view) => {
    const { page, problems } = await openPage(browser(), `/?lang=en&country=SY&event=${CALL}${view}`, {
      viewport: { width: 794, height: 1123 },
    });
    await page.getByRole('dialog').getByRole('heading', { name: 'Putin and al-Sharaa speak by phone' }).waitFor();
    await page.locator('#events :is([data-event-id], tbody tr)').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const visible = (element: Element) => (element as HTMLElement).offsetParent !== null;
      const events = document.getElementById('events')!.getBoundingClientRect();
      const details = document.querySelector('[data-details]')!;
      return {
        controls: [...document.querySelectorAll('button, input, select')]
          .filter(visible)
          .filter((control) => !control.closest('tbody, [data-details] li'))
          .map((control) => control.textContent || control.getAttribute('aria-label')),
        detailsPosition: getComputedStyle(details).position,
        detailsBelowEvents: details.getBoundingClientRect().top >= events.bottom - 1,
        // The filters in force, and the period where the view has one, in a line of their own.
        caption: /^Syria( · [^\n]+ 2025)?$/m.test(document.body.innerText),
      };
    });
    expect(printed).toEqual({ controls: [], detailsPosition: 'static', detailsBelowEvents: true, caption: true });
    expect(problems).toEqual([]);
  });

  it('opens the keyboard shortcuts with “?”, and Escape closes them', async () => {
    const { page, problems } = await openPage(browser(), '/?lang=ar');
    await page.locator('[data-event-id], [data-count]').first().waitFor();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' });
    await dialog.waitFor();
    expect(await dialog.getByRole('row').count()).toBe(8);
    expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
  });

  it('says in a calendar entry that its day is unknown, rather than making it a two-day event', async () => {
    const { page, problems } = await openPage(browser(), '/?lang=en&view=list', { acceptDownloads: true });
    await page.getByRole('table').waitFor();
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Calendar (iCalendar)' }).click(),
    ]);
    const entries = parseIcs(await text(download)).components.filter((c) => c.name === 'VEVENT');
    const statement = entries.find((e) => icsValue(e, 'UID') === `${KREMLIN_STATEMENT}@tarikh`)!;
    expect(unescapeIcsText(icsValue(statement, 'SUMMARY')!)).toBe(
      'Kremlin statement on the Putin–al-Sharaa call (day unknown: 12–13 February 2025)',
    );
    expect(problems).toEqual([]);
  });
});

async function text(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
