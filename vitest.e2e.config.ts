import { defineConfig } from 'vitest/config';

/** Browser tests: the production build in real Chromium (playwright-core), one file at a time. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/e2e/**/*.e2e.ts'],
    globalSetup: ['src/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
