import { expect, test } from 'vitest';
import { CARD_SIZES, cardRegions } from '../../src/quote-card/card-spec.js';
import { cardFileName } from '../../src/quote-card/clipboard.js';

test('the cards are crisp 2x renderings in the three ratios', () => {
  expect(CARD_SIZES['1:1']).toEqual({ width: 1080, height: 1080 });
  expect(CARD_SIZES['4:5'].width / CARD_SIZES['4:5'].height).toBeCloseTo(4 / 5);
  expect(CARD_SIZES['16:9'].width / CARD_SIZES['16:9'].height).toBeCloseTo(16 / 9);
});

test.each(Object.entries(CARD_SIZES))('%s: regions stack top to bottom inside the card', (_ratio, { width, height }) => {
  const r = cardRegions(width, height);
  expect(r.quote.x).toBe(r.padding);
  expect(r.quote.width).toBe(width - 2 * r.padding);
  expect(r.quote.height).toBeGreaterThan(height * 0.3);
  expect(r.quote.y + r.quote.height).toBeLessThan(r.speakerY - r.labelSize);
  expect(r.speakerY).toBeLessThan(r.roleY);
  expect(r.roleY).toBeLessThan(r.footerY);
  expect(r.footerY).toBeLessThanOrEqual(height - r.padding);
});

test.each([
  ['Northgate Ledger', 'We had a deal on the table and they tore it up', 'quote-northgate-ledger-we-had-a-deal-on-the.png'],
  [null, 'Müller: "Nein!"', 'quote-muller-nein.png'],
  ['../../etc', '<script>', 'quote-etc-script.png'],
])('file name for %s', (outlet, quote, expected) => {
  expect(cardFileName(outlet, quote)).toBe(expected);
});
