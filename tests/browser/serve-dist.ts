import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureBenchCorpus } from '../../scripts/bench-corpus.ts';
import { serveStatic } from '../../scripts/serve-static.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site's address, without its final slash: `http://127.0.0.1:PORT/tarikh`. */
    baseUrl: string;
    /** The directory served (dist/, or TARIKH_DIST). */
    distDir: string;
  }
}

/** Where the tests publish the build: a sub-path, as most static hosts give a project. */
export const SITE_PATH = '/tarikh/';

/** The sizes the benchmark page is tested at: the same checks at a thousand events and at a million. */
export const BENCH_SIZES = [1000, 1_000_000];

/**
 * Serves the production build for the whole browser test run as a plain static host would, under
 * a sub-path and with no rewrite rules: a path the build wrote from the site's root would fail.
 */
export default async function serveDist(project: TestProject) {
  // TARIKH_DIST lets several builds be tested side by side (each `vite build --outDir X`).
  const outDir = process.env.TARIKH_DIST ?? 'dist';
  if (!existsSync(`${outDir}/index.html`))
    throw new Error(`${outDir}/ is missing: run \`npm run build\` before the browser tests`);
  // The benchmark page's corpora (bench-corpus.ts), written once per run into a temporary folder
  // and served at bench-corpus/ beside the page.
  const corpora = mkdtempSync(join(tmpdir(), 'tarikh-bench-corpus-'));
  for (const n of BENCH_SIZES) ensureBenchCorpus(corpora, n);
  const site = await serveStatic(outDir, { prefix: SITE_PATH, mounts: { 'bench-corpus/': corpora } });
  project.provide('baseUrl', site.url.replace(/\/$/, ''));
  project.provide('distDir', outDir);
  return async () => {
    await site.close();
    rmSync(corpora, { recursive: true, force: true });
  };
}
