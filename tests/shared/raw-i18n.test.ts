/**
 * rawT: the picker's strings from the browser's own i18n API (no polyfill in content-on-demand.js):
 * Firefox's `browser.i18n` first, else Chrome's `chrome.i18n`; the key itself when the catalogue
 * has no such message or there is no API at all.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { rawT } from '../../src/shared/raw-i18n.js';

afterEach(() => vi.unstubAllGlobals());

const catalogue = (messages: Record<string, string>) => ({
  i18n: { getMessage: (key: string, subs?: string | string[]) => (messages[key] ?? '').replace('$1', String([subs ?? ''].flat()[0])) },
});

test("Chrome's chrome.i18n gives the message, with its substitution", () => {
  vi.stubGlobal('chrome', catalogue({ pickMatches: '$1 matches' }));
  expect(rawT('pickMatches', '3')).toBe('3 matches');
});

test("Firefox's browser.i18n is preferred when both are there", () => {
  vi.stubGlobal('chrome', catalogue({ pickTitle: 'from chrome' }));
  vi.stubGlobal('browser', catalogue({ pickTitle: 'from browser' }));
  expect(rawT('pickTitle')).toBe('from browser');
});

test('an unknown message or no i18n API gives the key, never an empty label or a throw', () => {
  vi.stubGlobal('chrome', catalogue({}));
  expect(rawT('pickTitle')).toBe('pickTitle');
  vi.stubGlobal('chrome', undefined);
  expect(rawT('pickTitle')).toBe('pickTitle');
});
