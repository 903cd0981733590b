import { expect, test } from 'vitest';
import { cleanTitle, splitSiteName } from '../../src/extract/title.js';

test.each([
  ['Ferry Crews Vote - Northgate Ledger', 'Northgate Ledger', 'Ferry Crews Vote'],
  ['Northgate Ledger | Ferry Crews Vote', 'Northgate Ledger', 'Ferry Crews Vote'],
  ['Ferry Crews Vote', 'Northgate Ledger', 'Ferry Crews Vote'],
])('cleanTitle(%s, %s) -> %s', (raw, site, want) => {
  expect(cleanTitle(raw, site)).toBe(want);
});

test('without a stated site name, the side of the <title> that is not the page heading is the outlet', () => {
  expect(splitSiteName('Council Backs Quarter Plan - Town Gazette', ['Council Backs Quarter Plan'])).toEqual({ title: 'Council Backs Quarter Plan', siteName: 'Town Gazette' });
  expect(splitSiteName('Town Gazette | Council Backs Quarter Plan', ['Council backs quarter plan'])).toEqual({ title: 'Council Backs Quarter Plan', siteName: 'Town Gazette' });
  expect(splitSiteName('Prices: Why Bread Costs More - Town Gazette', ['Prices: Why Bread Costs More'])).toEqual({ title: 'Prices: Why Bread Costs More', siteName: 'Town Gazette' });
  expect(splitSiteName('Council Backs Quarter Plan - Town Gazette', ['Something else'])).toBeNull();
});
