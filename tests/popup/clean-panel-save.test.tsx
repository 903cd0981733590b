// @vitest-environment happy-dom
/**
 * "Always clean this site" when the save is refused (storage.sync full): the reader hears why,
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
const { SiteChoice } = await import('../../src/popup/SiteChoice.js');

test.each([
  [true, ['news.example will be cleaned automatically']],
  [false, []],
])('saved: %s -> announced %j', async (saved, announced) => {
  const root = document.createElement('div');
  document.body.append(root);
  const announce = vi.fn();
  const onOptions = vi.fn(async () => saved);
  const onAlways = vi.fn();
  render(<SiteChoice host="news.example" options={defaultOptions()} onOptions={onOptions} onAlways={onAlways} onNever={() => undefined} announce={announce} />, root);
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Always clean this site')?.click();
  await vi.waitFor(() => expect(onOptions).toHaveBeenCalled());
  await new Promise((r) => setTimeout(r, 0));
  expect(announce.mock.calls.map((c) => c[0])).toEqual(announced);
  expect(onAlways).toHaveBeenCalledTimes(saved ? 1 : 0);
  render(null, root);
  root.remove();
});
