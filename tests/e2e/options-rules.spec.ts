/**
 * The options page's "Hidden by you" list in real Chromium: every site's rules, delete one,
 * export to JSON, import JSON (a bad file gives a clear error and changes nothing).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { type Harness, SCREENSHOTS, expectNoSeriousAxe, startHarness, watchErrors } from './support/extension-fixture.js';

let h: Harness;
let page: Page;
let errors: string[];

const RULES = {
  'siteRules:news.example': [
    { selector: 'section.poll-widget', label: 'Reader poll: Should the pier open on Sundays?', created: 2 },
    { selector: 'div[data-component="weather-strip"]', label: 'Tidewater today: 14° and light rain', created: 1 },
  ],
  'siteRules:daily.example': [{ selector: '#events-rail', label: "What's on in Tidewater", created: 3 }],
};

test.beforeAll(async () => {
  h = await startHarness();
});
test.afterAll(async () => {
  await h?.close();
});
test.beforeEach(async () => {
  await h.worker.evaluate(async (rules) => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
    await chrome.storage.sync.set(rules);
  }, RULES);
  page = await h.context.newPage();
  errors = watchErrors(page);
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
});
test.afterEach(async () => {
  expect(errors).toEqual([]);
  await page.close();
});

const stored = (): Promise<Record<string, unknown>> =>
  h.worker.evaluate(async () => Object.fromEntries(Object.entries(await chrome.storage.sync.get(null)).filter(([k]) => k.startsWith('siteRules:'))));

test('lists every site with its rules, no serious axe violations; delete removes one rule', async () => {
  const section = page.getByRole('group', { name: 'Hidden by you' });
  await expect(section.getByRole('list', { name: 'news.example' }).locator('li')).toHaveCount(2);
  await expect(section.getByRole('list', { name: 'daily.example' })).toContainText('#events-rail');
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: `${SCREENSHOTS}/options-site-rules.png` });
  await expectNoSeriousAxe(page);
  await section.getByRole('button', { name: 'Delete the rule section.poll-widget on news.example' }).click();
  await expect(section.getByRole('list', { name: 'news.example' }).locator('li')).toHaveCount(1);
  await expect.poll(stored).toEqual({ 'siteRules:news.example': [RULES['siteRules:news.example'][1]], 'siteRules:daily.example': RULES['siteRules:daily.example'] });
});

test('export gives a JSON file that imports back; a bad file is refused with a clear error and nothing changes', async () => {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; sites: Record<string, unknown[]> };
  expect(exported.format).toBe('precis-site-rules');
  expect(Object.keys(exported.sites)).toEqual(['daily.example', 'news.example']);

  const before = await stored();
  const input = page.locator('input[type=file]');
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "precis-site-rules", ') });
  await expect(page.getByRole('alert').filter({ hasText: 'not JSON' })).toHaveText('This file is not JSON. Nothing was changed.');
  const badSelector = { ...exported, sites: { 'new.example': [{ selector: 'div:::nope' }] } };
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(badSelector)) });
  await expect(page.getByRole('alert').filter({ hasText: 'CSS selector' })).toContainText('new.example: div:::nope');
  expect(await stored()).toEqual(before);

  // A good file: merged in, the error cleared.
  const good = { ...exported, sites: { 'new.example': [{ selector: 'aside.rail > div:last-of-type', label: 'crossword', created: 9 }] } };
  await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(page.getByRole('list', { name: 'new.example' })).toContainText('aside.rail > div:last-of-type');
  await expect(page.getByRole('status')).toHaveText('Rules imported: 1');
  await expect.poll(async () => Object.keys(await stored()).sort()).toEqual(['siteRules:daily.example', 'siteRules:new.example', 'siteRules:news.example']);
});

test('a site whose rules do not fit one storage.sync item (8 KB) is kept in storage.local, and still listed', async () => {
  const many = Array.from({ length: 90 }, (_, i) => ({ selector: `div[data-component="promo-slot-${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}"]`, label: 'A promotion box with a long description '.repeat(2), created: i }));
  const file = { format: 'precis-site-rules', version: 1, sites: { 'big.example': many, 'small.example': [{ selector: '#events-rail', label: 'events', created: 1 }] } };
  await page.locator('input[type=file]').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole('status')).toHaveText('Rules imported: 91');
  const areas = await h.worker.evaluate(async () => ({
    sync: Object.keys(await chrome.storage.sync.get(null)).filter((k) => k.startsWith('siteRules:')).sort(),
    local: Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('siteRules:')).sort(),
    bigBytes: JSON.stringify((await chrome.storage.local.get('siteRules:big.example'))['siteRules:big.example']).length,
  }));
  expect(areas.bigBytes).toBeGreaterThan(8192);
  expect(areas.local).toEqual(['siteRules:big.example']);
  expect(areas.sync).toEqual(['siteRules:daily.example', 'siteRules:news.example', 'siteRules:small.example']);
  await page.reload();
  await expect(page.getByRole('list', { name: 'big.example' }).locator('li')).toHaveCount(90);
});
