import { defineConfig } from '@playwright/test';

/** E2E runs the BUILT extension (npm run build first) in the system's Chromium and Firefox. */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // npm test asks for a JSON report too (it counts the results); a plain run prints the list.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  outputDir: 'test-results',
});
