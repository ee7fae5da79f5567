import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { smallCorpus } from '../../tests/corpus-fixture.ts';
import { compareEvents } from '../model/event-order.ts';
import { escapeHtml } from './share-page.ts';
import { writeShareSite } from './share-site.ts';

/** A built site as vite leaves it: only what the share pages read. */
function builtSite(): string {
  const dist = mkdtempSync(join(tmpdir(), 'tarikh-share-'));
  writeFileSync(join(dist, 'index.html'), '<link rel="stylesheet" crossorigin href="./assets/app-abc.css">');
  return dist;
}

const pngSize = (file: string) => {
  const bytes = readFileSync(file);
  return { signature: bytes.subarray(1, 4).toString(), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

const meta = (html: string, property: string) =>
  new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)">`).exec(html)?.[1];

describe('writeShareSite', () => {
  const corpus = smallCorpus();
  const site = 'https://example.org/tarikh/';
  const dist = builtSite();
  const report = writeShareSite(corpus, { dist, site });
  const page = (lang: string, id: string) => readFileSync(join(dist, 'share', lang, id, 'index.html'), 'utf8');

  test('writes a page and a 1200×630 PNG card for every event in every language, and one for the app', () => {
    expect(report).toMatchObject({ pages: 9, cards: 12, skipped: 0 });
    for (const lang of ['ar', 'en', 'ru'])
      for (const event of corpus.events)
        expect(pngSize(join(dist, 'share', lang, event.id, 'card.png'))).toEqual({
          signature: 'PNG',
          width: 1200,
          height: 630,
        });
    expect(pngSize(join(dist, 'share', 'en', 'card.png'))).toMatchObject({ width: 1200, height: 630 });
  });

  test('gives each page its event’s title and summary in its language, and absolute card and canonical addresses', () => {
    const call = corpus.events.find((e) => e.type === 'call')!;
    const html = page('ar', call.id);
    expect(html).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    expect(meta(html, 'og:title')).toBe(escapeHtml(call.title.ar));
    expect(meta(html, 'og:description')).toBe(escapeHtml(call.summary.ar));
    expect(meta(html, 'og:locale')).toBe('ar_AR');
    expect(meta(html, 'og:image')).toBe(`${site}share/ar/${call.id}/card.png`);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(html).toContain(`<link rel="canonical" href="${site}share/ar/${call.id}/">`);
    // The way into the app is relative, so the page works wherever the site is published.
    expect(html).toContain(`<a data-open href="../../../?lang=ar&#38;event=${call.id}"`);
    expect(html).toContain('<link rel="stylesheet" href="../../../assets/app-abc.css">');
  });

  test('runs no inline script: the one script is a file of the site', () => {
    const html = page('en', corpus.events[0]!.id);
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual(['<script src="../../../share/open.js">']);
    expect(html).toMatch(/<\/script>\n<\/body>/);
    expect(readFileSync(join(dist, 'share', 'open.js'), 'utf8')).toContain('location.replace');
  });

  test('without TARIKH_SITE_URL, writes no address a crawler would misread: no og:image, og:url or canonical', () => {
    const bare = builtSite();
    writeShareSite(corpus, { dist: bare, site: undefined, limit: 1 });
    const latest = [...corpus.events].sort(compareEvents).at(-1)!;
    const html = readFileSync(join(bare, 'share', 'en', latest.id, 'index.html'), 'utf8');
    expect(meta(html, 'og:title')).toBe(escapeHtml(latest.title.en));
    expect(meta(html, 'og:image')).toBeUndefined();
    expect(meta(html, 'og:url')).toBeUndefined();
    expect(html).not.toContain('rel="canonical"');
    expect(meta(html, 'twitter:card')).toBe('summary');
  });

  test('keeps to the latest events past the limit, and counts the others', () => {
    const few = writeShareSite(corpus, { dist: builtSite(), site, limit: 2 });
    expect(few).toMatchObject({ pages: 6, skipped: 1 });
  });

  test('writes corpus text as text: markup in a title stays inert', () => {
    const hostile = structuredClone(corpus);
    hostile.events[0]!.title.en = '"><script>alert(1)</script>';
    const out = builtSite();
    writeShareSite(hostile, { dist: out, site });
    const html = readFileSync(join(out, 'share', 'en', hostile.events[0]!.id, 'index.html'), 'utf8');
    expect(html).not.toContain('<script>alert');
    expect(meta(html, 'og:title')).toBe('&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;');
  });
});
