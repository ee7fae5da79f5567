/**
 * What share pages cost: writes them for the latest `--limit` events of a generated corpus of
 * `--events` events (src/bench/synthetic-corpus.ts) into a scratch build, and prints the files,
 * bytes and time, per event and scaled to the whole corpus and to SHARE_PAGE_LIMIT. Not a test.
 *
 *   npx tsx scripts/bench-share.ts [--events 100000] [--limit 1000]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSyntheticCorpus } from '../src/bench/synthetic-corpus.ts';
import { SHARE_PAGE_LIMIT } from '../src/model/share-paths.ts';
import { writeShareSite } from '../src/share/share-site.ts';

const { values } = parseArgs({
  options: { events: { type: 'string', default: '100000' }, limit: { type: 'string', default: '1000' } },
});
const events = Number(values.events);
const limit = Number(values.limit);

const corpus = generateSyntheticCorpus(events);
const dist = mkdtempSync(join(tmpdir(), 'tarikh-share-bench-'));
writeFileSync(join(dist, 'index.html'), '<link rel="stylesheet" href="./assets/app.css">');
const report = writeShareSite(corpus, { dist, site: 'https://example.org/tarikh/', limit });
rmSync(dist, { recursive: true, force: true });

const written = events - report.skipped;
const perEvent = { files: report.files / written, bytes: report.bytes / written, ms: report.ms / written };
const scaled = (n: number) =>
  `${(n * perEvent.files).toLocaleString('en', { maximumFractionDigits: 0 })} files, ${((n * perEvent.bytes) / 1e9).toFixed(2)} GB, ${((n * perEvent.ms) / 60_000).toFixed(1)} min`;
console.log(
  `${written.toLocaleString('en')} events of ${events.toLocaleString('en')} (3 languages): ${report.pages} pages, ${report.cards} cards, ${report.files} files, ${(report.bytes / 1e6).toFixed(1)} MB, ${(report.ms / 1000).toFixed(1)} s`,
);
console.log(
  `per event (3 pages and 3 cards): ${perEvent.files.toFixed(1)} files, ${(perEvent.bytes / 1e3).toFixed(0)} kB, ${perEvent.ms.toFixed(0)} ms`,
);
console.log(`at SHARE_PAGE_LIMIT (${SHARE_PAGE_LIMIT.toLocaleString('en')} events): ${scaled(SHARE_PAGE_LIMIT)}`);
console.log(`at ${events.toLocaleString('en')} events, without a limit: ${scaled(events)}`);
