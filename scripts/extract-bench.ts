/**
 * `npm run extract:bench [-- --words 1000 --runs 30 --no-browser --no-build --out-dir DIR]`: how
 * long the extraction assistant takes for an article of 1,000 words, in Node and in the page.
 * Node: building the lexicons, the first article, and the median and 95th percentile of warm
 * runs, per language. Page: propose.html of the production build in Chromium (headless, 2
 * cores): from pasting to the proposals shown, the worker's own time, and the longest task on
 * the page's thread meanwhile (PerformanceObserver 'longtask'). Not a test: figures vary with the
 * machine; docs/extraction.md keeps the last run.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { benchArticle } from '../src/extract/bench-article.ts';
import { parseDevSet } from '../src/extract/dev-set.ts';
import { createExtractor } from '../src/extract/extract.ts';
import type { Language } from '../src/model/corpus-schema.ts';
import { readGazetteer } from '../src/pipeline/read-gazetteer.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.ts';
import { readTree } from './read-tree.ts';

const { values } = parseArgs({
  options: {
    words: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '30' },
    'no-browser': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'out-dir': { type: 'string', default: process.env.TARIKH_DIST ?? 'dist' },
  },
});
const WORDS = Number(values.words);
const RUNS = Number(values.runs);

const items = ['dev', 'held-out'].flatMap((set) =>
  readTree(`corpus-dev/${set}`).flatMap((file) =>
    parseDevSet(file.content, basename(file.path, '.yaml') as Language, set, file.path),
  ),
);
const { gazetteer } = readGazetteer(readTree('corpus'));

const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)]!;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

console.log(`extract:bench — an article of ${WORDS} words, ${RUNS} warm runs\n`);
console.log('| where | language | lexicons | first article | warm median | warm p95 | proposals |');
console.log('|---|---|--:|--:|--:|--:|--:|');
for (const language of ['ar', 'en', 'ru'] as const) {
  const article = benchArticle(items, language, WORDS);
  const t0 = performance.now();
  const extractor = createExtractor(gazetteer);
  const t1 = performance.now();
  const first = extractor.propose({ text: article.text, language, published: article.published });
  const t2 = performance.now();
  const warm: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const start = performance.now();
    extractor.propose({ text: article.text, language, published: article.published });
    warm.push(performance.now() - start);
  }
  console.log(
    `| Node ${process.version} | ${language} (${article.words} words) | ${ms(t1 - t0)} | ${ms(t2 - t1)} | ${ms(percentile(warm, 0.5))} | ${ms(percentile(warm, 0.95))} | ${first.length} |`,
  );
}

if (!values['no-browser']) {
  const outDir = values['out-dir'];
  if (!values['no-build']) {
    execSync('npm run corpus', { stdio: 'inherit' });
    execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], { stdio: 'inherit' });
  }
  if (!existsSync(`${outDir}/propose.html`)) throw new Error(`${outDir}/propose.html is missing: build first`);
  const { preview } = await import('vite');
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 4391, strictPort: false },
  });
  const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  console.log(
    '\n| where | language | paste to proposals shown: median | p95 | worker median | longest task on the page | proposals |',
  );
  console.log('|---|---|--:|--:|--:|--:|--:|');
  try {
    for (const language of ['ar', 'en', 'ru'] as const) {
      const article = benchArticle(items, language, WORDS);
      const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS] });
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(`${base}/propose.html?lang=en`);
        await page.waitForFunction(() => window.__propose !== undefined);
        // As an editor finds it: the page open and its worker ready (lexicons built and warm).
        await page.evaluate(() => window.__propose!.ready());
        const runs: { totalMs: number; workerMs: number; longestTaskMs: number; proposals: number }[] = [];
        for (let k = 0; k < Math.min(RUNS, 15); k++) {
          runs.push(
            await page.evaluate((a) => window.__propose!.measure(a), {
              text: article.text,
              language,
              published: article.published,
            }),
          );
        }
        const warm = runs.slice(1);
        console.log(
          `| ${(await browser.version()).replace(/^/, 'Chromium ')} | ${language} (${article.words} words) | ${ms(
            percentile(
              warm.map((r) => r.totalMs),
              0.5,
            ),
          )} | ${ms(
            percentile(
              warm.map((r) => r.totalMs),
              0.95,
            ),
          )} | ${ms(
            percentile(
              warm.map((r) => r.workerMs),
              0.5,
            ),
          )} | ${ms(Math.max(...runs.map((r) => r.longestTaskMs)))} | ${runs[0]!.proposals} |`,
        );
        console.log(
          `|   first article | ${language} | ${ms(runs[0]!.totalMs)} (worker ${ms(runs[0]!.workerMs)}) | | | | |`,
        );
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
}
