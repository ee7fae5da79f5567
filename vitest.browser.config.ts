import { defineConfig } from 'vitest/config';

// Browser tests drive the production build (dist/, from `npm run build`) in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/serve-dist.ts'],
    // One Chromium at a time: the machine has two cores, and a starved browser makes flaky tests.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
