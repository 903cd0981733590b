import { expect, test, vi } from 'vitest';

vi.mock('../../src/shared/browser.js', () => ({ browser: {} }));
const { opensWelcome } = await import('../../src/background/welcome.js');

test.each([
  ['install', false, true],
  // Chromium re-announces "install" at each start of an extension loaded from the command line.
  ['install', true, false],
  ['update', false, false],
  ['browser_update', false, false],
] as const)('onInstalled reason %s, shown before %s -> welcome page %s', (reason, shownBefore, expected) => {
  expect(opensWelcome({ reason }, shownBefore)).toBe(expected);
});
