import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';

// Date code must not depend on the machine's zone: tests run away from UTC unless told otherwise
// (the test script also runs them under Asia/Tokyo). Workers inherit this.
process.env.TZ ??= 'America/Los_Angeles';

// Not merged with vite.config.ts: tests need neither Tailwind nor the build-only HTML plugins.
export default defineConfig({
  plugins: [react()],
  test: {
    exclude: [...configDefaults.exclude, 'tests/browser/**'],
    // jsdom renders on a CPU that CI shares with the build: leave room before calling a test hung.
    testTimeout: 15_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'tests/unit/**/*.test.tsx'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
    ],
  },
});
