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

test('with a stated site name, a "Headline | Author" title is the headline when the page\'s h1 says so', async () => {
  const { parseDocument } = await import('../../src/node/pipeline.js');
  const { statedTitle } = await import('../../src/extract/title.js');
  const doc = parseDocument('<html><head><title>x</title></head><body><h1>Tides Turn on the Old Harbour</h1><p>Text.</p></body></html>');
  const metadata = { siteName: 'Coast Herald', ogTitle: 'Tides Turn on the Old Harbour | Maren Holt', headline: null } as unknown as Parameters<typeof statedTitle>[1];
  expect(statedTitle(doc, metadata)).toEqual({ title: 'Tides Turn on the Old Harbour', siteName: 'Coast Herald' });
  const other = parseDocument('<html><head><title>x</title></head><body><h1>Something Else Entirely</h1></body></html>');
  expect(statedTitle(other, metadata).title).toBe('Tides Turn on the Old Harbour | Maren Holt');
});
