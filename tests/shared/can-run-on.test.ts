import { describe, expect, it } from 'vitest';
import { canRunOn } from '../../src/shared/can-run-on.js';

describe('canRunOn', () => {
  it.each([
    'https://news.example.com/2026/03/ferry-strike',
    'http://127.0.0.1:8080/page.html',
    'https://addons.mozilla.org.evil.example/',
  ])('runs on %s', (url) => {
    expect(canRunOn(url)).toEqual({ ok: true });
  });

  it.each([
    ['chrome://extensions/', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['chrome-extension://abcdefghijklmnop/popup.html', 'browser-page'],
    ['moz-extension://1234/options.html', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://chrome.google.com/webstore/detail/x', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['https://example.com/report.PDF', 'pdf'],
    ['file:///home/me/page.html', 'not-web'],
    ['data:text/html,hello', 'not-web'],
    ['not a url', 'invalid'],
    ['', 'invalid'],
    [undefined, 'invalid'],
  ])('refuses %s as %s, with a message for the popup', (url, kind) => {
    const verdict = canRunOn(url);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) {
      expect(verdict.kind).toBe(kind);
      expect(verdict.message.length).toBeGreaterThan(10);
    }
  });
});
