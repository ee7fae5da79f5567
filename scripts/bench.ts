/**
 * `npm run bench`: builds, serves the production build on 127.0.0.1 with the synthetic corpora of
 * the benchmark page (bench-corpus.ts: written once per machine, as the app's corpus is), and
 * measures the app in Debian's Chromium (headless, software rendering, 1280×800, a fresh browser
 * and profile per run) at N = 1,000 to 1,000,000 synthetic events. Prints a table and writes
 * bench/results.json. Not a test: figures vary with the machine; the tests prove correctness.
 *
 *   npm run bench [-- --sizes 1000,10000 --runs 3 --out-dir /tmp/dist-bench --no-build]
 *   npm run bench -- --serve [--sizes 10000,100000]   (serves the build and its corpora, for other harnesses)
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { BENCH_CORPUS_CACHE, ensureBenchCorpus } from './bench-corpus.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.ts';
import { serveStatic } from './serve-static.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000,300000,1000000' },
    /** Runs per size, of which the median is reported. */
    runs: { type: 'string', default: '3' },
    /** Where to build and serve from: other builds (dist/) are left alone. */
    'out-dir': { type: 'string', default: process.env.TARIKH_DIST ?? 'dist' },
    'no-build': { type: 'boolean', default: false },
    /** Skip the 1,000,000-event load measurement. */
    'no-load': { type: 'boolean', default: false },
    /** Serve the build and its corpora on this port until stopped, measuring nothing. */
    serve: { type: 'string' },
  },
});
const SIZES = values.sizes.split(',').filter(Boolean).map(Number);
// Three runs at every size, 100,000 too: on two shared cores one run can be a third off.
const RUNS = Number(values.runs);
const OUT_DIR = values['out-dir'];
const LOAD_N = 1_000_000;
const LOAD_RUNS = 3;

interface Run {
  renderMs: number;
  libMs: number;
  /** Hiding half the events through the search box right after the first frame: the index not yet in. */
  coldFilterMs: number;
  /** The same, until the SVG marks (focusable, named) show the answer that the canvas painted first. */
  coldFilterNamedMs: number;
  zoomMeanMs: number;
  zoomP95Ms: number;
  panMeanMs: number;
  panP95Ms: number;
  filterMs: number;
  filterNamedMs: number;
  /** The filter's measure around no work (the call to the next frame produced): the least any filter can measure. */
  frameFloorMs: number;
  searchMs: number;
  searchNamedMs: number;
  heapMiB: number;
  /** Array buffers (the skeleton's columns, the search parts in hand), kept outside the JS heap. */
  buffersMiB: number;
  domNodes: number;
  visibleItems: number;
}

if (!values['no-build']) {
  execSync('npm run corpus', { stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir'], { stdio: 'inherit' });
}
if (!existsSync(join(OUT_DIR, 'bench.html'))) throw new Error(`${OUT_DIR}/bench.html is missing: build first`);

// The benchmark page's corpora (and the one the load is measured on), as the app's corpus is
// written: served at bench-corpus/N/ beside the page, which loads them as the app loads its own.
const corpusSizes = [...new Set([...SIZES, ...(values['no-load'] || values.serve ? [] : [LOAD_N])])];
for (const n of corpusSizes) ensureBenchCorpus(BENCH_CORPUS_CACHE, n);

// Everything a first view fetches is compressed before any measurement, as a host would have it;
// a shard's texts the first time one is asked for.
const site = await serveStatic(OUT_DIR, {
  mounts: { 'bench-corpus/': BENCH_CORPUS_CACHE },
  precompress: corpusSizes.flatMap((n) => {
    const dir = join(BENCH_CORPUS_CACHE, String(n));
    return readdirSync(dir)
      .filter((file) => !file.startsWith('texts-'))
      .map((file) => join(dir, file));
  }),
  port: Number(values.serve ?? 0),
});
const base = site.url.replace(/\/$/, '');
if (values.serve !== undefined) {
  console.log(
    `serving ${OUT_DIR} and the benchmark corpora on ${base}/ (bench.html?n=N&corpus=files); stop with Ctrl-C`,
  );
  await new Promise(() => undefined);
}

async function withPage<T>(path: string, measure: (page: Page) => Promise<T>): Promise<T> {
  // A new browser is a new, empty profile: nothing cached or compiled from the previous run.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(`${base}${path}`);
    return await measure(page);
  } finally {
    await browser.close();
  }
}

// Evaluated in the page: resolves after the next frame has been produced (its rAF callbacks,
// style, layout and paint), with the time then.
const NEXT_FRAME = `() => new Promise((resolve) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve(performance.now());
  channel.port2.postMessage(null);
}))`;

/** Mean and 95th percentile of the gaps between the animation frames of 30 steps, one per frame. */
async function frameTimes(page: Page, step: 'zoomStep' | 'panStep'): Promise<{ mean: number; p95: number }> {
  // A string, not a function: tsx would wrap the named inner functions in a helper the page lacks.
  return page.evaluate(`(async () => {
    const bench = window.__bench;
    const stamps = [];
    await new Promise((done) => {
      let k = 0;
      const frame = (time) => {
        stamps.push(time);
        if (k === 30) return done();
        bench.${step}();
        k++;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    const gaps = stamps.slice(1).map((t, i) => t - stamps[i]);
    const sorted = [...gaps].sort((a, b) => a - b);
    return {
      mean: gaps.reduce((a, b) => a + b, 0) / gaps.length,
      p95: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)],
    };
  })()`);
}

// Evaluated in the page: hides half the events through the search box and resolves with the
// milliseconds until the next frame after the answer is drawn, and until the next frame after the
// SVG marks are (they follow the canvas); then checks that no odd event is drawn.
const FILTER_HALF = `(async () => {
  const t0 = performance.now();
  await window.__bench.filterHalf();
  const painted = (await (${NEXT_FRAME})()) - t0;
  await window.__bench.marksNamed();
  const named = (await (${NEXT_FRAME})()) - t0;
  const odd = [...document.querySelectorAll('[data-event-id]')].find((mark) => /[13579]$/.test(mark.getAttribute('data-event-id')));
  if (odd) throw new Error('the filter left an odd event drawn: ' + odd.getAttribute('data-event-id'));
  return { painted, named };
})()`;

// Evaluated in the page: the filter's measure around nothing (a resolved promise), from the call
// to the next frame produced: what waiting for a frame and producing it cost this page without
// any work of ours. Each in its own evaluation, as the filter is, so each meets the frames as the
// filter does.
const FRAME_FLOOR = `(async () => {
  const t0 = performance.now();
  await Promise.resolve();
  return (await (${NEXT_FRAME})()) - t0;
})()`;

async function measureRun(n: number): Promise<Run> {
  return withPage(`/bench.html?n=${n}&corpus=files`, async (page) => {
    const client = await page.context().newCDPSession(page);
    const render = await page.evaluate(`(async () => {
      await window.__bench.ready;
      const now = await (${NEXT_FRAME})();
      const lib = performance.getEntriesByName('bench:lib-start')[0].startTime;
      return { renderMs: now, libMs: now - lib, source: window.__bench.source };
    })()`);
    const { renderMs, libMs, source } = render as { renderMs: number; libMs: number; source: string };
    if (source !== 'files') throw new Error(`bench.html?n=${n} made its events itself`);
    // Cold: a search right after the first frame, before the page has its search index.
    const cold = (await page.evaluate(FILTER_HALF)) as { painted: number; named: number };
    const cleared = page.evaluate(() => window.__bench!.settled());
    await page.getByRole('searchbox', { name: 'Search events' }).fill('');
    await cleared;
    await page.evaluate(() => window.__bench!.marksNamed());
    await client.send('HeapProfiler.collectGarbage');
    const heap = (await client.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const visibleItems = await page.evaluate(() => window.__bench!.visibleItemCount());
    // Let the page rest (counts get their full names 150 ms after the view stops).
    await page.waitForTimeout(300);
    const zoom = await frameTimes(page, 'zoomStep');
    await page.waitForTimeout(300);
    const pan = await frameTimes(page, 'panStep');
    await page.waitForTimeout(300);
    const floors: number[] = [];
    for (let k = 0; k < 5; k++) floors.push((await page.evaluate(FRAME_FLOOR)) as number);
    const frameFloorMs = median(floors);
    const filter = (await page.evaluate(FILTER_HALF)) as { painted: number; named: number };
    // One real keystroke into an empty search box: from the key event to the next frame after
    // the view shows its answer. Emptying the box first is not measured. The letter narrows the
    // view to about a third of the synthetic events: one that every event has would be answered
    // with the whole corpus's lanes, which the timeline keeps, and measure none of the regrouping.
    const box = page.getByRole('searchbox', { name: 'Search events' });
    const emptied = page.evaluate(() => window.__bench!.settled());
    await box.fill('');
    await emptied;
    await page.waitForTimeout(300);
    await box.focus();
    await page.evaluate(`(() => {
      window.__benchKey = new Promise((resolve) => {
        document.addEventListener('keydown', (event) => {
          const t0 = event.timeStamp;
          window.__bench.settled().then(() => (${NEXT_FRAME})()).then(async (now) => {
            await window.__bench.marksNamed();
            resolve({ painted: now - t0, named: (await (${NEXT_FRAME})()) - t0 });
          });
        }, { once: true, capture: true });
      });
    })()`);
    await page.keyboard.press('q');
    const search = await page.evaluate(() => window.__benchKey!);
    return {
      renderMs,
      libMs,
      coldFilterMs: cold.painted,
      coldFilterNamedMs: cold.named,
      zoomMeanMs: zoom.mean,
      zoomP95Ms: zoom.p95,
      panMeanMs: pan.mean,
      panP95Ms: pan.p95,
      filterMs: filter.painted,
      filterNamedMs: filter.named,
      frameFloorMs,
      searchMs: search.painted,
      searchNamedMs: search.named,
      heapMiB: heap.usedSize / 2 ** 20,
      buffersMiB: (heap.backingStorageSize ?? Number.NaN) / 2 ** 20,
      domNodes,
      visibleItems,
    };
  });
}

async function measureLoad() {
  return withPage(`/bench.html?n=0`, (page) =>
    page.evaluate((n) => window.__bench!.loadCorpus(`./bench-corpus/${n}/head.json`), LOAD_N),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Gzip sizes of the JavaScript and CSS that the app's main page loads for its first view: every
 * script and stylesheet the browser fetched by the time the timeline is drawn and the network is
 * idle (so chunks loaded on first render count, and those loaded on demand do not), and of the
 * default corpus. Also the chunks it may fetch later, for the record.
 */
async function mainPageSizes() {
  const fetched = await withPage('/', async (page) => {
    await page.locator('[data-event-id], [data-count]').first().waitFor();
    await page.waitForLoadState('networkidle');
    return page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
  });
  const gz = (path: string) => gzipSync(readFileSync(join(OUT_DIR, path))).length / 1024;
  const files = [...new Set(fetched)].map((path) => path.replace(/^\//, ''));
  const scripts = files.filter((file) => file.endsWith('.js'));
  const styles = files.filter((file) => file.endsWith('.css'));
  const corpus = files.filter((file) => file.endsWith('.json') || file.endsWith('.bin'));
  const later = readdirSync(join(OUT_DIR, 'assets'))
    .map((file) => `assets/${file}`)
    .filter((file) => file.endsWith('.js') && !scripts.includes(file) && !/\/bench-/.test(file));
  const sum = (list: string[]) => list.reduce((total, file) => total + gz(file), 0);
  return {
    jsKiB: sum(scripts),
    appKiB: sum(scripts.filter((file) => /\/app-[^/]*\.js$/.test(file))),
    cssKiB: sum(styles),
    corpusKiB: sum(corpus),
    laterJsKiB: sum(later),
    files: [...scripts, ...styles],
  };
}

const startLoad = loadavg()[0]!;
const results: Record<string, Run & { runs: number; all: Run[] }> = {};
try {
  for (const n of SIZES) {
    const runs: Run[] = [];
    for (let r = 0; r < RUNS; r++) {
      runs.push(await measureRun(n));
      console.log(
        `N=${n} run ${r + 1}: ${JSON.stringify(runs.at(-1), (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))}`,
      );
    }
    const keys = Object.keys(runs[0]!) as (keyof Run)[];
    results[n] = {
      runs: runs.length,
      ...(Object.fromEntries(keys.map((k) => [k, median(runs.map((run) => run[k]))])) as unknown as Run),
      all: runs,
    };
  }
  const loads: Awaited<ReturnType<typeof measureLoad>>[] = [];
  if (!values['no-load']) {
    for (let r = 0; r < LOAD_RUNS; r++) {
      loads.push(await measureLoad());
      console.log(
        `load run ${r + 1}: ${JSON.stringify(loads.at(-1), (_, v: unknown) => (typeof v === 'number' ? Math.round(v) : v))}`,
      );
    }
  }
  const load = {
    n: LOAD_N,
    ms: loads.length ? median(loads.map((l) => l.readyMs)) : NaN,
    textsMs: loads.length ? median(loads.map((l) => l.textsMs)) : NaN,
    searchMs: loads.length ? median(loads.map((l) => l.searchMs)) : NaN,
    longestTaskMs: loads.length ? median(loads.map((l) => l.longestTaskMs)) : NaN,
    runs: loads,
  };
  const sizes = await mainPageSizes();
  const report = {
    machine: `${execSync('nproc').toString().trim()} cores (load average ${startLoad.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end), headless ${execSync(`${CHROMIUM} --version`).toString().trim()}`,
    date: new Date().toISOString().slice(0, 10),
    results,
    load,
    size: sizes,
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(report, null, 2)}\n`);
  printTable(report.results, load, sizes);
} finally {
  await site.close();
}

function printTable(
  rows: typeof results,
  load: { ms: number; textsMs: number; searchMs: number; longestTaskMs: number },
  sizes: Awaited<ReturnType<typeof mainPageSizes>>,
) {
  const f = (x: number, digits = 0) => x.toFixed(digits);
  console.log(
    '\n| N | render ms | lib ms | cold filter ms, painted / marks named | zoom mean / p95 ms | pan mean / p95 ms | filter ms, painted / marks named / frame floor | search ms, painted / marks named | heap MiB | buffers MiB | DOM nodes |',
  );
  console.log('|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const [n, r] of Object.entries(rows)) {
    console.log(
      `| ${Number(n).toLocaleString('en')} | ${f(r.renderMs)} | ${f(r.libMs)} | ${f(r.coldFilterMs)} / ${f(r.coldFilterNamedMs)} | ${f(r.zoomMeanMs, 1)} / ${f(r.zoomP95Ms, 1)} | ${f(r.panMeanMs, 1)} / ${f(r.panP95Ms, 1)} | ${f(r.filterMs)} / ${f(r.filterNamedMs)} / ${f(r.frameFloorMs)} | ${f(r.searchMs)} / ${f(r.searchNamedMs)} | ${f(r.heapMiB)} | ${f(r.buffersMiB)} | ${r.domNodes} |`,
    );
  }
  console.log(
    `\nload ${LOAD_N.toLocaleString('en')}-event corpus: ready to explore (head and skeleton fetched, checked, laid out) ${f(load.ms)} ms; a shard's texts in ${f(load.textsMs)} ms; the search index whole ${f(load.searchMs)} ms; longest task after ready ${f(load.longestTaskMs)} ms`,
  );
  console.log(
    `main page: JS ${f(sizes.jsKiB, 1)} KiB gzip (the app chunk ${f(sizes.appKiB, 1)}), CSS ${f(sizes.cssKiB, 1)} KiB gzip, default corpus ${f(sizes.corpusKiB, 1)} KiB gzip (chunks fetched on demand: ${f(sizes.laterJsKiB, 1)} KiB gzip)`,
  );
}
