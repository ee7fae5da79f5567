import { readFileSync } from 'node:fs';
import type { Download } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/model/corpus-schema.ts';
import { corpusSchema } from '../../src/model/corpus-schema.ts';
import { chromiumForTests, openPage } from './chromium.ts';

const corpus = JSON.parse(readFileSync('src/generated/corpus.json', 'utf8')) as Corpus;

const browser = chromiumForTests();

async function contents(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('exports, the network and opening a corpus file, in Chromium', () => {
  it('exports the shown events as CSV with a byte-order mark, Arabic intact, named after the filters', async () => {
    const { page, problems } = await openPage(browser(), '/?lang=ar&country=IR', { acceptDownloads: true });
    await page.getByRole('button', { name: /^تصدير/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tarikh-IR.*\.csv$/);
    const bytes = await contents(download);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('2025-02-12-al-shaibani-world-government-summit');
    expect(text).toContain('الشيباني');
    expect(text).not.toContain('2025-02-12-putin-al-sharaa-call');
    expect(problems).toEqual([]);
  });

  it('exports JSON in the corpus format that validates again', async () => {
    const { page } = await openPage(browser(), '/?lang=en&type=meeting', { acceptDownloads: true });
    await page.getByRole('button', { name: /^Export/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /JSON/ }).click(),
    ]);
    const exported = JSON.parse((await contents(download)).toString('utf8')) as unknown;
    const parsed = corpusSchema.safeParse(exported);
    expect(parsed.success).toBe(true);
    if (parsed.success)
      expect(parsed.data.events.map((e) => e.id)).toEqual(['2025-01-bogdanov-al-sharaa-meeting-damascus']);
  });

  it('exports the timeline as a PNG image under the strict CSP', async () => {
    const { page, problems } = await openPage(browser(), '/?lang=en', { acceptDownloads: true });
    await page
      .getByRole('region', { name: /timeline/i })
      .first()
      .waitFor();
    await page.getByRole('button', { name: /^Export/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /PNG/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tarikh-.*\.png$/);
    const bytes = await contents(download);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(400);
    expect(problems).toEqual([]);
  });

  it('shows the contact network, and clicking a person filters to them', async () => {
    const { page, problems } = await openPage(browser(), '/?lang=en&view=network');
    const table = page.getByRole('table').filter({ hasText: 'Vladimir Putin' }).first();
    await table.waitFor();
    expect(await table.textContent()).toContain('Ahmed al-Sharaa');
    await page
      .getByRole('button', { name: /^Vladimir Putin/ })
      .first()
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get('person')).toBe('vladimir-putin');
    expect(problems).toEqual([]);
  });

  it('opens a corpus file from disk, reports a bad one, keeps the open corpus, and goes back to the bundled one', async () => {
    const { page, problems } = await openPage(browser(), '/?lang=en');
    await page.getByText('8 events').first().waitFor();
    const chooser = page.locator('input[type="file"]');
    await chooser.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schemaVersion": 1, "events": 3}'),
    });
    await page.getByText(/broken\.json.*could not be opened/).waitFor();
    await page.getByText('8 events').first().waitFor();

    const small: Corpus = { ...corpus, events: corpus.events.filter((e) => e.type === 'call') };
    await chooser.setInputFiles({
      name: 'calls.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(small)),
    });
    await page.getByText('1 event').first().waitFor();
    expect(await page.getByText(/calls\.json/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Back to the bundled corpus' }).click();
    await page.getByText('8 events').first().waitFor();
    expect(problems).toEqual([]);
  });
});
