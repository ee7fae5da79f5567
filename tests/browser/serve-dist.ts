import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
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

/**
 * Serves the production build for the whole browser test run as a plain static host would, under
 * a sub-path and with no rewrite rules: a path the build wrote from the site's root would fail.
 */
export default async function serveDist(project: TestProject) {
  // TARIKH_DIST lets several builds be tested side by side (each `vite build --outDir X`).
  const outDir = process.env.TARIKH_DIST ?? 'dist';
  if (!existsSync(`${outDir}/index.html`))
    throw new Error(`${outDir}/ is missing: run \`npm run build\` before the browser tests`);
  const site = await serveStatic(outDir, { prefix: SITE_PATH });
  project.provide('baseUrl', site.url.replace(/\/$/, ''));
  project.provide('distDir', outDir);
  return site.close;
}
