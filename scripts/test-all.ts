/**
 * `npm test`: every check, in the order that fails fastest. Type check, lint, unit tests,
 * build, web-ext lint, then E2E in real Chromium and Firefox (installed with apt when missing
 * and we are root; otherwise the run fails naming what to install). Ends with one plain line,
 * "Tests: N passed, N failed", counted from the Vitest and Playwright JSON reports.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { CHROMIUM, FIREFOX, findBrowser } from './lib/browsers.js';

const REPORTS = 'out/test-reports';
// A step that fails stops the run before later reports are written: last run's reports must not be counted.
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${name} failed after ${seconds} s`);
    summarise();
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}

interface Counts { passed: number; failed: number }

function vitestCounts(): Counts {
  const file = `${REPORTS}/vitest.json`;
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const r = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests };
}

function playwrightCounts(): Counts {
  const file = `${REPORTS}/playwright.json`;
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const r = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected };
}

function summarise(): void {
  const v = vitestCounts();
  const p = playwrightCounts();
  console.log(`\nunit: ${v.passed} passed, ${v.failed} failed; e2e: ${p.passed} passed, ${p.failed} failed`);
  console.log(`Tests: ${v.passed + p.passed} passed, ${v.failed + p.failed} failed`);
}

const npx = 'npx';
step('type check', npx, ['tsc', '-p', '.']);
step('type check (pure core, no DOM)', npx, ['tsc', '-p', 'src/core']);
step('lint', npx, ['eslint', '.']);
step('unit tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/vitest.json`]);
step('build', npx, ['tsx', 'scripts/build.ts']);
step('web-ext lint', npx, ['web-ext', 'lint', '--source-dir', 'dist', '--no-input']);
const chromium = findBrowser(CHROMIUM);
const firefox = findBrowser(FIREFOX);
step('E2E (Chromium + Firefox)', npx, ['playwright', 'test'], {
  CHROMIUM_PATH: chromium,
  FIREFOX_PATH: firefox,
  PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/playwright.json`,
});
summarise();
