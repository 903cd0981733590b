// @vitest-environment happy-dom
/**
 * The welcome page's three answers, against a fake browser with real option validation: the
 * primary asks for every http/https site and only then turns auto-clean on for all sites.
 */
import { render } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser, useLanguage } from '../popup/fake-browser.js';

let stored: Record<string, unknown> = {};
const permissions = { request: vi.fn(async (_p: { origins: string[] }) => true) };
const browser = {
  ...fakeBrowser,
  permissions,
  storage: {
    sync: {
      get: vi.fn(async (key: string) => (key in stored ? { [key]: stored[key] } : {})),
      set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(stored, items)),
    },
  },
};
vi.mock('../../src/shared/browser.js', () => ({ browser }));
const { WelcomePage } = await import('../../src/welcome/WelcomePage.js');

let root: HTMLElement;
beforeEach(() => {
  stored = {};
  permissions.request.mockClear();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  useLanguage('en');
});

const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;
const status = () => root.querySelector('[role="status"]')?.textContent ?? '';
const settle = () => new Promise((r) => setTimeout(r, 0));

test('says what Precis does, shows the screenshot with a description, the privacy line and three choices', () => {
  render(<WelcomePage />, root);
  expect(root.querySelector('h1')?.textContent).toBe('Welcome to Precis');
  expect(root.querySelectorAll('.points li')).toHaveLength(3);
  expect(root.querySelector('img.screenshot')?.getAttribute('alt')).toMatch(/cleaned by Precis/);
  expect(root.textContent).toContain('Everything stays on your device');
  expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Auto-clean articles on every site', 'Only on sites I choose', 'Not now']);
  expect(root.querySelector('a[href="options.html"]')).not.toBeNull();
});

test('primary: asks for every http/https site, then auto-cleans all sites', async () => {
  render(<WelcomePage />, root);
  button('Auto-clean articles on every site').click();
  await vi.waitFor(() => expect(status()).toMatch(/^Done\./));
  expect(permissions.request).toHaveBeenCalledWith({ origins: ['http://*/*', 'https://*/*'] });
  expect(stored.options).toMatchObject({ autoClean: 'all', cleanOnOpen: true });
});

test('primary refused by the browser: nothing is saved and the page says so', async () => {
  permissions.request.mockResolvedValueOnce(false);
  render(<WelcomePage />, root);
  button('Auto-clean articles on every site').click();
  await vi.waitFor(() => expect(status()).toMatch(/did not grant access/));
  expect(stored.options).toBeUndefined();
});

test('"Only on sites I choose" and "Not now" ask for nothing', async () => {
  render(<WelcomePage />, root);
  button('Only on sites I choose').click();
  await vi.waitFor(() => expect(stored.options).toMatchObject({ autoClean: 'sites', sites: [] }));
  button('Not now').click();
  await vi.waitFor(() => expect(stored.options).toMatchObject({ autoClean: 'off' }));
  await settle();
  expect(status()).toBe('Fine. Pages stay as published until you click the Precis icon.');
  expect(permissions.request).not.toHaveBeenCalled();
});

test('in German', () => {
  useLanguage('de');
  render(<WelcomePage />, root);
  expect(root.querySelector('h1')?.textContent).toBe('Willkommen bei Precis');
  expect(button('Artikel auf allen Websites automatisch aufräumen')).toBeDefined();
  expect(button('Jetzt nicht')).toBeDefined();
  expect(root.textContent).toContain('Alles bleibt auf Ihrem Gerät');
});
