// @vitest-environment happy-dom
/**
 * The popup's clean line and per-site choice: "9 items hidden · Show all" on a cleaned page,
 * "Clean anyway" on a page that is not an article, and Always / Never one click each.
 */
import { render } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { CleanState } from '../../src/shared/article-data.js';
import { type Options, defaultOptions } from '../../src/shared/options.js';
import { fakeBrowser } from './fake-browser.js';

const sent: Array<[string, unknown]> = [];
vi.mock('../../src/shared/browser.js', () => ({ browser: fakeBrowser }));
vi.mock('@webext-core/messaging', () => ({
  defineExtensionMessaging: () => ({
    sendMessage: vi.fn(async (type: string, data: unknown) => {
      sent.push([type, data]);
      return { cleaned: type === 'cleanPage', hidden: [] };
    }),
    onMessage: vi.fn(),
  }),
}));
const { CleanPanel } = await import('../../src/popup/CleanPanel.js');

const hidden = (n: number, restored = 0): CleanState['hidden'] =>
  Array.from({ length: n }, (_, i) => ({ id: i + 1, reason: 'trending' as const, ruleId: 'teaser-list', secondary: false, text: `Block ${i}`, restored: i < restored }));

let root: HTMLElement;
beforeEach(() => {
  sent.length = 0;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function panel(clean: CleanState, options: Options = defaultOptions(), isArticle = true, onOptions = vi.fn(async (_patch: Partial<Options>) => true), cleaning = false) {
  render(<CleanPanel tabId={7} url="https://news.example/story" clean={clean} cleaning={cleaning} isArticle={isArticle} options={options}
    onClean={() => undefined} onOptions={onOptions} announce={() => undefined} />, root);
  return onOptions;
}
const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement | undefined;

test('cleaned: one line, "9 items hidden · Show all"; restored blocks are not counted', () => {
  panel({ cleaned: true, hidden: hidden(10, 1) });
  expect(root.querySelector('.hidden-count')?.textContent).toBe('9 items hidden · Show all');
  panel({ cleaned: true, hidden: hidden(1) });
  expect(root.querySelector('.hidden-count')?.textContent).toBe('1 item hidden · Show all');
  panel({ cleaned: true, hidden: [] });
  expect(root.querySelector('.hidden-count')?.textContent).toBe('No clutter hidden · Show all');
});

test('while the clean on open runs (the report came first): "Cleaning the page…", no button to press; then its result', () => {
  panel({ cleaned: false, hidden: [] }, defaultOptions(), true, undefined, true);
  expect(root.querySelector('.hidden-count')?.textContent).toBe('Cleaning the page…');
  expect(button('Clean this page')).toBeUndefined();
  panel({ cleaned: true, hidden: hidden(4) }, defaultOptions(), true, undefined, true);
  expect(root.querySelector('.hidden-count')?.textContent).toBe('4 items hidden · Show all');
  panel({ cleaned: false, hidden: [] }, defaultOptions(), true, undefined, false);
  expect(button('Clean this page')).toBeDefined();
});

test('"Show all" restores everything in one click', async () => {
  panel({ cleaned: true, hidden: hidden(3) });
  button('Show all')?.click();
  await vi.waitFor(() => expect(sent).toContainEqual(['restoreHidden', { id: 'all' }]));
});

test('not cleaned: an article offers "Clean this page", anything else "Clean anyway"', () => {
  panel({ cleaned: false, hidden: [] });
  expect(button('Clean this page')).toBeDefined();
  panel({ cleaned: false, hidden: [] }, defaultOptions(), false);
  expect(button('Clean anyway')).toBeDefined();
  expect(button('Clean this page')).toBeUndefined();
});

test('"Never clean this site": saved on the never list and the page shown as published', async () => {
  const onOptions = panel({ cleaned: true, hidden: hidden(2) }, { ...defaultOptions(), autoClean: 'all' });
  expect(button('Always clean this site')?.getAttribute('aria-pressed')).toBe('true');
  expect(button('Never clean this site')?.getAttribute('aria-pressed')).toBe('false');
  button('Never clean this site')?.click();
  await vi.waitFor(() => expect(onOptions).toHaveBeenCalledWith({ neverSites: ['news.example'], sites: [] }));
  await vi.waitFor(() => expect(sent).toContainEqual(['restoreHidden', { id: 'all' }]));
});

test('"Always clean this site": asks for the site, saves it, cleans the page now', async () => {
  const onOptions = panel({ cleaned: false, hidden: [] });
  button('Always clean this site')?.click();
  await vi.waitFor(() => expect(onOptions).toHaveBeenCalledWith({ autoClean: 'sites', sites: ['news.example'], neverSites: [] }));
  expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['*://news.example/*'] });
  await vi.waitFor(() => expect(sent.map(([type]) => type)).toContain('cleanPage'));
});

test('a pressed "Never" clicked again hands the site back to the general setting', async () => {
  const onOptions = panel({ cleaned: false, hidden: [] }, { ...defaultOptions(), autoClean: 'all', neverSites: ['news.example'] });
  expect(button('Always clean this site')?.getAttribute('aria-pressed')).toBe('false');
  button('Never clean this site')?.click();
  await vi.waitFor(() => expect(onOptions).toHaveBeenCalledWith({ sites: [], neverSites: [] }));
});
