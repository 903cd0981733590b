/** The options page in real Chromium: every setting saves to storage.sync, validated. */
import { expect, test, type Page } from '@playwright/test';
import { type Harness, SCREENSHOTS, expectNoSeriousAxe, setOptions, startHarness, storedOptions, watchErrors } from './support/extension-fixture.js';
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

const stored = (): Promise<Record<string, unknown>> => storedOptions(h.worker);

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


// The field's rules are table-tested in tests/shared/host-name.test.ts; here, that the page says why.
const REFUSED_HOSTS: Array<[string, string]> = [
  ['.', 'no dot at the start or the end'],
  ['..', 'no dot at the start or the end'],
  ['a..b', 'never two dots in a row'],
  ['.example.com', 'no dot at the start or the end'],
  ['-news.example.com', 'cannot start or end with a hyphen'],
  ['reader@example.com', 'without a name and @'],
  ['1.2.3', 'four numbers from 0 to 255'],
  ['example', 'example.com rather than example'],
];

test('site addresses that are not hosts are refused, each with a message that says why', async () => {
  const input = page.getByRole('textbox', { name: 'Add a site to: Never clean automatically' });
  const alert = page.getByRole('group', { name: 'Never clean automatically' }).getByRole('alert');
  for (const [typed, why] of REFUSED_HOSTS) {
    await input.fill(typed);
    await input.press('Enter');
    await expect(alert, typed).toContainText(why);
    await expect(input).toHaveValue(typed);
  }
  expect(((await stored()).neverSites as string[] | undefined) ?? []).toEqual([]);
});

/** n invented hosts of about 26 characters, sorted as the options keep them. */
const manyHosts = (n: number): string[] => Array.from({ length: n }, (_, i) => `outlet${String(i).padStart(4, '0')}.news-example.org`).sort();

test('a site list past one sync item (~300 hosts) is saved whole, including an older version\'s list', async () => {
  // An earlier version kept the list inside the options item: 270 hosts fill most of its 8 KB.
  const legacy = manyHosts(270);
  await h.worker.evaluate((sites) => chrome.storage.sync.set({ options: { version: 1, autoClean: 'off', neverSites: sites } }), legacy);
  await page.reload();
  const input = page.getByRole('textbox', { name: 'Add a site to: Never clean automatically' });
  const added = Array.from({ length: 30 }, (_, i) => `added${i}.example.net`);
  for (const host of added) {
    await input.fill(host);
    await input.press('Enter');
    await expect(input).toHaveValue('');
  }
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.reload();
  const list = page.getByRole('list', { name: 'Never clean automatically' });
  await expect(list.getByRole('listitem')).toHaveCount(300);
  expect(((await stored()).neverSites as string[]).length).toBe(300);
  const bytes = await h.worker.evaluate(() => chrome.storage.sync.getBytesInUse(null));
  console.log(`[storage] 300 never-clean sites take ${bytes} bytes of storage.sync (one item holds 8,192)`);
});

test('when storage.sync is full, adding a site says so and keeps the list as it was', async () => {
  // Sites in the new layout until the 100 KB area has room for only a few more (30 bytes each).
  const plant = (all: string[]) =>
    h.worker.evaluate(async (hosts) => {
      const shards: string[][] = [];
      for (let i = 0; i < hosts.length; i += 270) shards.push(hosts.slice(i, i + 270));
      await chrome.storage.sync.set({ 'list:neverSites': { v: 1, shards: shards.length }, ...Object.fromEntries(shards.map((s, i) => [`list:neverSites:${i}`, s])) });
      return chrome.storage.sync.getBytesInUse(null);
    }, all);
  const used = await plant(manyHosts(3000));
  const ROOM_LEFT_BYTES = 500;
  await plant(manyHosts(3000 + Math.floor((102_400 - ROOM_LEFT_BYTES - used) / 30)));
  await page.reload();
  const input = page.getByRole('textbox', { name: 'Add a site to: Never clean automatically' });
  const group = page.getByRole('group', { name: 'Never clean automatically' });
  let refused = false;
  for (let i = 0; i < 30 && !refused; i++) {
    await input.fill(`one-more-outlet-${i}.example.net`);
    await input.press('Enter');
    // Each add ends one of two ways: saved (the field empties) or refused (the alert says why).
    const full = group.getByRole('alert').filter({ hasText: 'That list is full' });
    await expect.poll(async () => (await input.inputValue()) === '' || (await full.isVisible())).toBe(true);
    refused = await full.isVisible();
  }
  expect(refused).toBe(true);
  await expect(page.getByRole('status')).toContainText('syncs at most about 100 KB');
  await group.getByRole('alert').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/options-site-list-full.png`, fullPage: false });
  // The refused host is still in the field, and the list on the page is the stored one.
  await expect(input).not.toHaveValue('');
  const count = await page.getByRole('list', { name: 'Never clean automatically' }).getByRole('listitem').count();
  expect(((await stored()).neverSites as string[]).length).toBe(count);
});
