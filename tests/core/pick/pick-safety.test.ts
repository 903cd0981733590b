/** The refusal rule: never the headline, never a body paragraph, never more than a tenth of the article. */
import { expect, test } from 'vitest';
import { type PickMeasure, judgePick, matchHoldsArticle } from '../../../src/core/pick/pick-safety.js';

const measure = (m: Partial<PickMeasure>): PickMeasure => ({
  holdsHeadline: false, paragraphsHeld: 0, articleWordsHeld: 0, articleWords: 600, holdsArticleRoot: false, ...m,
});

test.each<[string, Partial<PickMeasure>, string | null]>([
  ['a widget beside the article', {}, null],
  ['the headline', { holdsHeadline: true }, 'headline'],
  ['one body paragraph', { paragraphsHeld: 1, articleWordsHeld: 40 }, 'paragraph'],
  ['a link inside a paragraph: 5% of the words', { articleWordsHeld: 30 }, null],
  ['just over a tenth of the words', { articleWordsHeld: 61 }, 'article-share'],
  ['exactly a tenth is still allowed', { articleWordsHeld: 60 }, null],
  ['the article container or the body', { holdsArticleRoot: true, holdsHeadline: true }, 'article'],
  ['a page with no article found: nothing to protect by share', { articleWords: 0, articleWordsHeld: 0 }, null],
])('%s', (_what, m, refusal) => {
  const verdict = judgePick(measure(m));
  expect(verdict.ok ? null : verdict.refusal).toBe(refusal);
});

test('at apply time any article text in a match keeps it visible', () => {
  expect(matchHoldsArticle(measure({}))).toBe(false);
  expect(matchHoldsArticle(measure({ articleWordsHeld: 3 }))).toBe(true);
  expect(matchHoldsArticle(measure({ holdsHeadline: true }))).toBe(true);
});
