import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../src/core/index.js';
import { WARM_UP_ARTICLE } from '../../src/popup/warm-up-article.js';

/**
 * The warm-up article is only worth its CPU while it still drives the analysis down the paths it
 * was written for: if a change to the quote or party finders stops it finding these, the popup's
 * real article meets that code cold again, and this test says so.
 */
describe('the popup warm-up article', () => {
  const analysis = analyzeText(WARM_UP_ARTICLE, { sentences: 3, title: 'Ferry service returns to Carrow Bay', byline: 'Marta Quinn', siteName: 'Harbour News' });

  test('has quotes from named speakers, a pronoun one and a colon-led one among them', () => {
    const speakers = new Set(analysis.quotes.map((q) => q.speaker));
    expect(analysis.quotes.length).toBeGreaterThanOrEqual(6);
    expect(speakers).toContain('Ingrid Solberg');
    expect(speakers).toContain('Marta Quinn');
    expect(analysis.quotes.some((q) => q.text.includes('the money and we have the plan'))).toBe(true);
  });

  test('has people, organisations and places as parties', () => {
    const kinds = new Set(analysis.parties.map((p) => p.kind));
    expect(kinds).toEqual(new Set(['person', 'organization', 'place']));
  });

  test('has a summary of the asked length', () => {
    expect(analysis.summary.length).toBe(3);
  });
});
