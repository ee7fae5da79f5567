import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseDocument } from 'yaml';
import { chromiumForTests, openPage } from './chromium.ts';

const browser = chromiumForTests();

const FIRST_ARTICLE = readFileSync('corpus/articles/almenberalhor-putin-al-sharaa-call-2025-02.md', 'utf8')
  .replace(/^---\n[\s\S]*?\n---\n/, '')
  .replace(/\n$/, '');

const WORDS = {
  en: {
    text: 'Article text',
    published: 'Publication date',
    propose: 'Propose events',
    accept: 'Accept',
    edit: 'Edit',
    reject: 'Reject',
    decision: (n: number) => `Decision on proposal ${n}`,
    outlet: ['Outlet’s name in Arabic', 'Outlet’s name in English', 'Outlet’s name in Russian'],
    note: 'How the date is known',
    annotation: 'Download the annotation',
    article: 'Download the article file',
    preview: 'Show on the timeline',
    previewHeading: 'Preview on the timeline',
    back: 'Back to the proposals',
    list: 'List',
    // The call's parties, as the first card names them: the role words come from the app's own strings.
    parties: ['— caller, Russia', '— recipient, Syria'],
    titles: [
      '1. Putin and al-Sharaa speak by phone',
      '2. Bogdanov meets al-Sharaa in Damascus',
      '3. Al-Shaibani: statement on Russia and Iran',
      '4. Bogdanov: statement on Syria',
      '5. Abu Qasra: statement on Russia, the United States and Türkiye',
    ],
  },
  ar: {
    text: 'نص المقال',
    published: 'تاريخ النشر',
    propose: 'اقترح الأحداث',
    accept: 'قبول',
    edit: 'تعديل',
    reject: 'رفض',
    decision: (n: number) => `القرار في الاقتراح ${n}`,
    outlet: [
      'اسم الوسيلة الإعلامية بـالعربية',
      'اسم الوسيلة الإعلامية بـالإنجليزية',
      'اسم الوسيلة الإعلامية بـالروسية',
    ],
    note: 'كيف عُرف التاريخ',
    annotation: 'نزّل ملف التوصيف',
    article: 'نزّل ملف المقال',
    preview: 'اعرض على الخط الزمني',
    previewHeading: 'معاينة على الخط الزمني',
    back: 'العودة إلى الاقتراحات',
    list: 'قائمة',
    parties: ['— المتصل, روسيا', '— متلقي الاتصال, سوريا'],
    titles: [
      '1. بوتين والشرع يجريان اتصالاً هاتفياً',
      '2. بوغدانوف يلتقي الشرع في دمشق',
      '3. الشيباني: تصريح بشأن روسيا وإيران',
      '4. بوغدانوف: تصريح بشأن سوريا',
      '5. أبو قصرة: تصريح بشأن روسيا والولايات المتحدة وتركيا',
    ],
  },
} as const;

async function proposeFirstArticle(page: Page, lang: 'en' | 'ar') {
  const w = WORDS[lang];
  await page.getByRole('textbox', { name: w.text }).fill(FIRST_ARTICLE);
  await page.getByLabel(w.published).fill('2025-02-13');
  await page.getByRole('button', { name: w.propose }).click();
  await page.locator('article[data-proposal]').first().waitFor();
}

async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
  );
}

const contentOf = async (download: Download) => readFileSync((await download.path())!, 'utf8');

describe.each(['en', 'ar'] as const)('the Propose events page in %s', (lang) => {
  const w = WORDS[lang];

  it('proposes the first article’s five contacts beside its text, each sentence of evidence highlighted', async () => {
    const { page, problems } = await openPage(browser(), `/propose.html?lang=${lang}`, {
      viewport: { width: 1440, height: 900 },
    });
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      lang,
      lang === 'ar' ? 'rtl' : 'ltr',
    ]);
    await proposeFirstArticle(page, lang);
    expect(await page.locator('article[data-proposal] h3').allTextContents()).toEqual(w.titles);
    const parties = await page.locator('article[data-proposal="1"] li').allTextContents();
    for (const party of w.parties)
      expect(
        parties.some((text) => text.includes(party)),
        party,
      ).toBe(true);
    // The text keeps its own direction, and each proposal's evidence is marked with its number.
    const region = page.locator('[role=region][lang=ar]');
    expect(await region.getAttribute('dir')).toBe('auto');
    expect(await page.locator('mark[data-proposals~="2"]').allTextContents()).toEqual([
      '2والتقى نائب وزير الخارجية الروسي ميخائيل بوجدانوف مع الشرع في دمشق الشهر الماضي.',
    ]);
    // The card's button shows its evidence in the text.
    await page.locator('article[data-proposal="4"]').getByRole('button').first().click();
    await expect.poll(() => page.locator('mark[aria-current="true"]').count()).toBe(3);
    // With an editor open too.
    await page
      .getByRole('group', { name: w.decision(1) })
      .getByRole('button', { name: w.edit })
      .click();
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('accepts, edits and rejects by keyboard, downloads the files and shows the drafts on the timeline', async () => {
    const { page, problems } = await openPage(browser(), `/propose.html?lang=${lang}`, {
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    await proposeFirstArticle(page, lang);
    const decisions = (n: number) => page.getByRole('group', { name: w.decision(n) });

    // Accept 1 and 2, reject 3, by Tab and Enter from the card's first button.
    for (const [n, button] of [
      [1, w.accept],
      [2, w.accept],
      [3, w.reject],
    ] as const) {
      await page.locator(`article[data-proposal="${n}"]`).getByRole('button').first().focus();
      const target = decisions(n).getByRole('button', { name: button });
      for (let k = 0; k < 6 && !(await target.evaluate((el) => el === document.activeElement)); k++)
        await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await target.getAttribute('aria-pressed')).toBe('true');
    }
    // Edit 2 by keyboard: its English title.
    await decisions(2).getByRole('button', { name: w.edit }).focus();
    await page.keyboard.press('Enter');
    const title = page.locator('article[data-proposal="2"] textarea[lang=en]').first();
    await title.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Bogdanov and al-Sharaa meet in Damascus');
    await page.locator('article[data-proposal="2"] form button[type=submit]').press('Enter');

    // The article file needs its outlet and how its date is known.
    for (const [k, name] of w.outlet.entries())
      await page.getByLabel(name).fill(['المنبر الحر', 'Al-Minbar al-Hurr', '«Аль-Минбар аль-Хурр»'][k]!);
    await page.getByLabel(w.note, { exact: true }).fill('The date is inferred from the text.');

    const [annotationDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: w.annotation }).click(),
    ]);
    const annotation = parseDocument(await contentOf(annotationDownload)).toJS() as {
      article: string;
      events: { id: string; title: { en: string } }[];
    };
    // The corpus already holds the call under its id: the draft takes one of its own.
    expect(annotation.events.map((e) => e.id)).toEqual([
      '2025-02-12-putin-al-sharaa-call-2',
      '2025-01-bogdanov-al-sharaa-meeting',
    ]);
    expect(annotation.events[1]!.title.en).toBe('Bogdanov and al-Sharaa meet in Damascus');
    const [articleDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: w.article }).click(),
    ]);
    expect(articleDownload.suggestedFilename()).toBe(`${annotation.article}.md`);
    const articleFile = await contentOf(articleDownload);
    expect(articleFile).toMatch(/^---\nid: /);
    expect(articleFile.endsWith(`\n---\n${FIRST_ARTICLE}\n`)).toBe(true);

    // The drafts with the bundled corpus on the app's own timeline: its 8 events and these 2.
    await page.getByRole('button', { name: w.preview }).click();
    await page.getByRole('heading', { name: w.previewHeading }).waitFor();
    await page.locator('[data-event-id], [data-count]').first().waitFor();
    // The view buttons are labels over visually hidden radios: choose one by keyboard.
    await page.getByRole('radio', { name: w.list }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(10);
    expect(await page.locator('tbody').textContent()).toContain(
      lang === 'en' ? 'Bogdanov and al-Sharaa meet in Damascus' : 'بوغدانوف يلتقي الشرع في دمشق',
    );
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: w.back }).click();
    expect(await decisions(1).getByRole('button', { name: w.accept }).getAttribute('aria-pressed')).toBe('true');
    expect(problems).toEqual([]);
  });
});

describe('the Propose events page keeps the editor’s work and its own code', () => {
  it('keeps what was pasted and decided across a reload', async () => {
    const { page, problems } = await openPage(browser(), '/propose.html?lang=en');
    await proposeFirstArticle(page, 'en');
    await page.getByRole('group', { name: 'Decision on proposal 5' }).getByRole('button', { name: 'Reject' }).click();
    await page.reload();
    await page.locator('article[data-proposal]').first().waitFor();
    expect(await page.getByRole('textbox', { name: 'Article text' }).inputValue()).toBe(FIRST_ARTICLE);
    expect(
      await page
        .getByRole('group', { name: 'Decision on proposal 5' })
        .getByRole('button', { name: 'Reject' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    expect(problems).toEqual([]);
  });

  it('is linked from the app’s header, in the reader’s language, and the app loads none of its code', async () => {
    const { page, problems } = await openPage(browser(), '/?lang=ru');
    await page.locator('[data-event-id], [data-count]').first().waitFor();
    await page.waitForLoadState('networkidle');
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    expect(fetched.filter((path) => /propose|extract/.test(path))).toEqual([]);
    await page.getByRole('link', { name: 'Предложить события' }).click();
    await page.getByRole('heading', { name: 'Предложить события', level: 2 }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/propose\.html$/);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ru');
    expect(problems).toEqual([]);
  });

  it('opens as itself for a reader whose app is installed, not as the app its service worker falls back to', async () => {
    const context = await browser().newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/?lang=en`);
    await page.locator('[data-event-id], [data-count]').first().waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.goto(`${inject('baseUrl')}/propose.html?lang=en`);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await proposeFirstArticle(page, 'en');
    expect(await page.locator('article[data-proposal]').count()).toBe(5);
  });

  it('reads the article in a worker: the page’s thread only posts and shows', async () => {
    let workers = 0;
    const { page, problems } = await openPage(browser(), '/propose.html?lang=en', {}, async (context) => {
      context.on('page', (opened) => opened.on('worker', () => workers++));
    });
    await proposeFirstArticle(page, 'en');
    expect(workers).toBe(1);
    expect(problems).toEqual([]);
  });
});
