/**
 * A story quoting six people, most of them in partial quotes, with Title Case subheadings and an
 * outlet named "... Wire" (tests/fixtures/pages/conditional-talks-varenia.html, modelled on the
 * problems of ../shared/seed): in real Chromium the popup leads with quotes from at least three
 * different speakers, shows partial quotes inside their sentence with the quoted words marked,
 * and lists only real people as people.
 */
import { expect, test } from '@playwright/test';
import { SCREENSHOTS, type Harness, expectNoSeriousAxe, openFixture, openPopupInFront, popupTimings, setOptions, startHarness, watchErrors } from './support/extension-fixture.js';

let h: Harness;
test.beforeAll(async () => {
  h = await startHarness({ extraHostPermissions: ['*://127.0.0.1/*'] });
});
test.afterAll(async () => {
  await h?.close();
});

test('six quoted speakers: key quotes from different speakers, partial quotes marked in their sentence, no junk people', async () => {
  await setOptions(h.worker, { summarySentences: 3, autoClean: 'off', sites: [] });
  const { page, tabId } = await openFixture(h, 'conditional-talks-varenia.html');
  const errors = watchErrors(page);
  const popup = await openPopupInFront(h, tabId);
  errors.push(...watchErrors(popup));
  await expect.poll(() => popupTimings(popup).then((t) => t.analysed !== null)).toBe(true);

  const keyItems = popup.locator('.quotes .quote');
  const speakers = await keyItems.locator('.speaker').allTextContents();
  expect(speakers.length).toBeGreaterThanOrEqual(3);
  expect(new Set(speakers).size).toBeGreaterThanOrEqual(3);
  expect(speakers).not.toContain('Unknown speaker');

  // The partial quote reads as a statement: its sentence, with the quoted words marked.
  const kamal = keyItems.filter({ hasText: 'confident that we can reach a fair agreement' });
  await expect(kamal.locator('blockquote')).toContainText('Kamal told Radio Halden that he was');
  await expect(kamal.locator('blockquote mark')).toHaveText('confident that we can reach a fair agreement');
  await expect(kamal.locator('.speaker')).toHaveText('Idris Kamal');
  // A scare quote is never key.
  await expect(keyItems.filter({ hasText: /^\W*armada\W*$/ })).toHaveCount(0);

  const people = await popup.locator('#parties-person ~ ul .party .name').allTextContents();
  expect(people.sort()).toEqual(['Helena Marsh', 'Idris Kamal', 'Jonas Brecht', 'Mirela Daskal', 'Rafael Quintero', 'Tarek Solani']);
  const organisations = await popup.locator('#parties-organization ~ ul .party .name').allTextContents();
  expect(organisations).toEqual(expect.arrayContaining(['Halvorsen Engineering', 'Transport Canada']));

  await popup.screenshot({ path: `${SCREENSHOTS}/popup-key-quotes.png`, fullPage: true });
  // The marked words keep their contrast in both themes.
  await expectNoSeriousAxe(popup);
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.screenshot({ path: `${SCREENSHOTS}/popup-key-quotes-dark.png`, fullPage: true });
  await expectNoSeriousAxe(popup);
  expect(errors).toEqual([]);
  await popup.close();
  await page.close();
});
