// @vitest-environment happy-dom
/**
 * "Auto-clean this site" when the save is refused (storage.sync full): the reader hears why,
 * and is never told that auto-clean is on.
 */
import { render } from 'preact';
import { expect, test, vi } from 'vitest';
import { defaultOptions } from '../../src/shared/options.js';
import { fakeBrowser } from './fake-browser.js';

vi.mock('../../src/shared/browser.js', () => ({ browser: fakeBrowser }));
vi.mock('@webext-core/messaging', () => ({
  defineExtensionMessaging: () => ({ sendMessage: vi.fn(async () => undefined), onMessage: vi.fn() }),
}));
const { CleanPanel } = await import('../../src/popup/CleanPanel.js');

test.each([
  [true, ['news.example will be cleaned automatically']],
  [false, []],
])('saved: %s -> announced %j', async (saved, announced) => {
  const root = document.createElement('div');
  document.body.append(root);
  const announce = vi.fn();
  const onOptions = vi.fn(async () => saved);
  render(<CleanPanel tabId={1} url="https://news.example/a" clean={{ cleaned: false, hidden: [] }} options={defaultOptions()}
    onClean={() => undefined} onOptions={onOptions} announce={announce} />, root);
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('news.example'))?.click();
  await vi.waitFor(() => expect(onOptions).toHaveBeenCalled());
  await new Promise((r) => setTimeout(r, 0));
  expect(announce.mock.calls.map((c) => c[0])).toEqual(announced);
  render(null, root);
  root.remove();
});
