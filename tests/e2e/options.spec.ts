/** The options page in real Chromium: every setting saves to storage.sync, validated. */
import { expect, test, type Page } from '@playwright/test';
import { type Harness, SCREENSHOTS, expectNoSeriousAxe, setOptions, startHarness, watchErrors } from './support/extension-fixture.js';
import { HIDEABLE_KINDS } from '../../src/shared/options.js';

let h: Harness;
let page: Page;
let errors: string[];

// 127.0.0.1 counts as already allowed, so adding it answers without a permission prompt.
test.beforeAll(async () => {
  h = await startHarness({ extraHostPermissions: ['*://127.0.0.1/*'] });
});
test.afterAll(async () => {
  await h?.close();
});
test.beforeEach(async () => {
  await h.worker.evaluate(() => chrome.storage.sync.clear());
  page = await h.context.newPage();
  errors = watchErrors(page);
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Precis settings');
});
test.afterEach(async () => {
  expect(errors).toEqual([]);
  await page.close();
});

const stored = (): Promise<Record<string, unknown>> =>
  h.worker.evaluate(async () => ((await chrome.storage.sync.get('options')).options ?? {}) as Record<string, unknown>);

test('renders every setting, light and dark, with no serious axe violations', async () => {
  await expect(page.getByRole('radio', { name: /^Off/ })).toBeChecked();
  // One checkbox per kind of clutter (issue 9 added video rails and the secondary kinds), and
  // "Clean the page when I open Precis" (on by default).
  await expect(page.getByRole('checkbox')).toHaveCount(HIDEABLE_KINDS.length + 1);
  await expect(page.getByRole('checkbox', { name: /^Clean the page when I open Precis/ })).toBeChecked();
  // Headless Chromium may leave the suggested key unassigned; the page says which is the case.
  await expect(page.getByRole('region', { name: 'Keyboard shortcut' })).toContainText(/again: Alt\+Shift\+P|No shortcut is set/);
  await page.screenshot({ path: `${SCREENSHOTS}/options-light.png`, fullPage: true });
  await expectNoSeriousAxe(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SCREENSHOTS}/options-dark.png`, fullPage: true });
  await expectNoSeriousAxe(page);
});

test('auto-clean on chosen sites: add a site (asking for it), remove it', async () => {
  await page.getByRole('radio', { name: /^On the sites I choose/ }).check();
  await expect.poll(stored).toMatchObject({ autoClean: 'sites' });
  const input = page.getByRole('textbox', { name: 'Add a site to: Sites to clean automatically' });
  await input.fill('http://127.0.0.1:8080/some/page');
  await input.press('Enter');
  await expect(page.getByRole('list', { name: 'Sites to clean automatically' })).toContainText('127.0.0.1');
  await expect.poll(stored).toMatchObject({ sites: ['127.0.0.1'] });
  await expect.poll(() => h.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id))).toContain('precis-auto-clean');
  await page.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
  await expect.poll(stored).toMatchObject({ sites: [] });
});

test('never-clean list: add, refuse nonsense, remove', async () => {
  const input = page.getByRole('textbox', { name: 'Add a site to: Never clean automatically' });
  await input.fill('not a site');
  await page.getByRole('group', { name: 'Never clean automatically' }).getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That is not a site address' })).toBeVisible();
  await input.fill('Forum.Example.org');
  await input.press('Enter');
  await expect.poll(stored).toMatchObject({ neverSites: ['forum.example.org'] });
  await expect(input).toHaveValue('');
  await page.getByRole('button', { name: 'Remove forum.example.org' }).click();
  await expect.poll(stored).toMatchObject({ neverSites: [] });
});

test('kinds of clutter, clean on open, summary length, card theme and ratio are saved', async () => {
  await page.getByRole('checkbox', { name: 'Advert' }).uncheck();
  await page.getByRole('checkbox', { name: /^Clean the page when I open Precis/ }).uncheck();
  await expect.poll(stored).toMatchObject({ cleanOnOpen: false });
  await page.getByRole('radio', { name: '5 sentences' }).check();
  await page.getByRole('radio', { name: 'Accent' }).check();
  await page.getByRole('radio', { name: '16:9' }).check();
  await expect.poll(stored).toMatchObject({ summarySentences: 5, cardTheme: 'accent', cardRatio: '16:9', hideKinds: { ad: false, trending: true } });
  await expect(page.getByRole('status')).toHaveText('Saved');
});

test('a change made elsewhere (the popup) shows up without a reload', async () => {
  await setOptions(h.worker, { summarySentences: 4 });
  await expect(page.getByRole('radio', { name: '4 sentences' })).toBeChecked();
});

