/**
 * `npm run build`'s last step: the share pages and link-preview cards, written into the built
 * site after `vite build` (src/share/). TARIKH_SITE_URL, the site's public address, makes their
 * og:image and canonical links absolute; without it previews show no picture, and this says so.
 *
 *   tsx scripts/share-pages.ts [--dist DIR] [--corpus FILE]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Corpus } from '../src/model/corpus-schema.ts';
import { writeShareSite } from '../src/share/share-site.ts';
import { siteUrl } from '../src/share/site-url.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: process.env.TARIKH_DIST ?? 'dist' },
    corpus: { type: 'string', default: 'src/generated/corpus.json' },
  },
});

const site = siteUrl();
const corpus = JSON.parse(readFileSync(values.corpus, 'utf8')) as Corpus;
const report = writeShareSite(corpus, { dist: values.dist, site });
const mb = (report.bytes / 1e6).toFixed(1);
console.log(
  `share pages: ${report.pages} pages and ${report.cards} cards (${report.files} files, ${mb} MB) in ${values.dist}/share/, ${(report.ms / 1000).toFixed(1)} s`,
);
if (report.skipped > 0)
  console.log(`share pages: the ${report.skipped} earliest events have none (the limit is the latest events)`);
if (!site)
  console.warn(
    'share pages: TARIKH_SITE_URL is not set, so link previews have no picture and no canonical link (crawlers need absolute addresses). Set it to the public address, e.g. TARIKH_SITE_URL=https://example.org/tarikh/ npm run build',
  );
