/**
 * `npm run audit [-- --dist DIR] [-- --runs N]`: Lighthouse on the production build, as a phone
 * and as a desktop, in Debian's Chromium. Prints the four category scores of each (the median
 * of N runs, 3 by default, since performance varies from run to run) and exits 1 when one misses
 * its target: accessibility 100, best practices 100, SEO 90, performance 95 on desktop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { preview } from 'vite';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: process.env.TARIKH_DIST ?? 'dist' },
    runs: { type: 'string', default: '3' },
  },
});
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const TARGETS: Record<'mobile' | 'desktop', Partial<Record<Category, number>>> = {
  mobile: { accessibility: 100, 'best-practices': 100, seo: 90 },
  desktop: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 90 },
};

/** Starts Chromium with a DevTools port of its choosing and resolves with that port. */
function startChromium(profile: string): Promise<{ port: number; process: ChildProcess }> {
  const child = spawn(CHROMIUM, [
    '--headless=new',
    ...CHROMIUM_FLAGS,
    '--disable-dev-shm-usage',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    'about:blank',
  ]);
  return new Promise((resolve, reject) => {
    let said = '';
    child.stderr.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(said);
      if (match) resolve({ port: Number(match[1]), process: child });
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before listening:\n${said}`)));
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

if (!existsSync(join(values.dist, 'index.html'))) {
  console.error(`${values.dist}/index.html is missing: build first (npm run build, or vite build --outDir DIR).`);
  process.exit(1);
}
const server = await preview({
  logLevel: 'warn',
  build: { outDir: values.dist },
  preview: { host: '127.0.0.1', port: 4410, strictPort: false },
});
const url = `${server.resolvedUrls!.local[0]!.replace(/\/$/, '')}/?lang=en`;
const profile = mkdtempSync(join(tmpdir(), 'tarikh-audit-'));
const chromium = await startChromium(profile);
let missed = 0;
try {
  for (const form of ['mobile', 'desktop'] as const) {
    const scores: Record<Category, number[]> = { performance: [], accessibility: [], 'best-practices': [], seo: [] };
    for (let run = 0; run < Number(values.runs); run++) {
      const result = await lighthouse(
        url,
        { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        form === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error('Lighthouse returned no result');
      for (const category of CATEGORIES)
        scores[category].push(Math.round((result.lhr.categories[category]?.score ?? 0) * 100));
      if (run === 0) {
        // What cost points, once: the audits that did not pass, by category.
        for (const category of CATEGORIES) {
          const failing = result.lhr.categories[category]!.auditRefs.filter((ref) => {
            const audit = result.lhr.audits[ref.id];
            return ref.weight > 0 && audit?.score !== null && (audit?.score ?? 1) < 1;
          });
          for (const ref of failing)
            console.log(
              `  ${form} ${category}: ${ref.id} (${result.lhr.audits[ref.id]!.displayValue ?? result.lhr.audits[ref.id]!.score})`,
            );
        }
      }
    }
    const line = CATEGORIES.map((category) => {
      const score = median(scores[category]);
      const target = TARGETS[form][category];
      const ok = target === undefined || score >= target;
      if (!ok) missed++;
      return `${category} ${score}${target === undefined ? '' : ok ? ' ✓' : ` ✗ (target ${target})`}`;
    }).join(' · ');
    console.log(`${form.padEnd(7)} ${line}   [runs: ${CATEGORIES.map((c) => scores[c].join('/')).join(', ')}]`);
  }
} finally {
  // The profile can go only once Chromium has stopped writing to it.
  await new Promise((resolve) => {
    chromium.process.once('exit', resolve);
    chromium.process.kill();
  });
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(missed ? 1 : 0);
