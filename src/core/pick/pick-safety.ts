/**
 * The rule that keeps "hide this too" from hiding the article: a pick that holds the headline,
 * any body paragraph, or more than a tenth of the article's words is refused, with the reason
 * the reader is shown. Pure: the DOM side (extract/pick-guard.ts) measures, this decides.
 */

/** More than this share of the article's words in one pick is the article, not a widget beside it. */
export const MAX_ARTICLE_SHARE = 0.1;

export interface PickMeasure {
  /** The pick is, holds, or sits inside the page's headline. */
  holdsHeadline: boolean;
  /** Body paragraphs (the article's protected running text) the pick is or holds. */
  paragraphsHeld: number;
  /** Words of article text inside the pick (whole paragraphs held, or the part of one it sits in). */
  articleWordsHeld: number;
  /** Words of the whole article text. */
  articleWords: number;
  /** The pick is <html> or <body>, or holds the article's container. */
  holdsArticleRoot: boolean;
}

export type PickRefusal = 'headline' | 'paragraph' | 'article-share' | 'article';

export type PickVerdict = { ok: true } | { ok: false; refusal: PickRefusal };

/** Rules in order; the first that fires is the reason given. */
const RULES: ReadonlyArray<{ refusal: PickRefusal; why: string; test: (m: PickMeasure) => boolean }> = [
  { refusal: 'article', why: 'the whole article (or the page) is not a widget', test: (m) => m.holdsArticleRoot },
  { refusal: 'headline', why: 'the headline tells the reader what the page is', test: (m) => m.holdsHeadline },
  { refusal: 'paragraph', why: 'a body paragraph is article text', test: (m) => m.paragraphsHeld > 0 },
  {
    refusal: 'article-share',
    why: 'a pick with a large share of the article text hides the article',
    test: (m) => m.articleWords > 0 && m.articleWordsHeld / m.articleWords > MAX_ARTICLE_SHARE,
  },
];

export function judgePick(measure: PickMeasure): PickVerdict {
  const fired = RULES.find((rule) => rule.test(measure));
  return fired ? { ok: false, refusal: fired.refusal } : { ok: true };
}

/** A match of a saved rule at apply time: hidden only when it holds no article text at all. */
export function matchHoldsArticle(measure: PickMeasure): boolean {
  return measure.holdsArticleRoot || measure.holdsHeadline || measure.paragraphsHeld > 0 || measure.articleWordsHeld > 0;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
