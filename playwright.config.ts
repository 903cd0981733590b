import { defineConfig } from '@playwright/test';

/** E2E runs the BUILT extension (npm run build first) in the system's Chromium and Firefox. */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: 'test-results',
});
