/**
 * Measures a picked element (or a saved rule's match) against the article found at load: does it
 * hold the headline, body paragraphs, how many of the article's words. core/pick/pick-safety.ts
 * decides what that means.
 */
import type { PickMeasure } from '../core/pick/pick-safety.js';
import { countWords } from '../core/pick/pick-safety.js';
import type { ArticleLocation } from './article-location.js';

export interface ArticleGuard {
  measure(el: Element): PickMeasure;
}

const fold = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The page's headline: the <h1> that says the stated title, else the article's first <h1>, else the page's. */
export function findHeadline(doc: Document, article: ArticleLocation, title: string | null): Element | null {
  const headings = Array.from(doc.querySelectorAll('h1'));
  const wanted = fold(title);
  return (
    (wanted ? headings.find((h) => fold(h.textContent) === wanted) : undefined) ??
    headings.find((h) => article.root?.contains(h)) ??
    headings[0] ??
    null
  );
}

export function createArticleGuard(doc: Document, article: ArticleLocation, title: string | null): ArticleGuard {
  const headline = findHeadline(doc, article, title);
  const paragraphs = article.paragraphs.map((element) => ({ element, words: countWords(element.textContent ?? '') }));
  const articleWords = paragraphs.reduce((n, p) => n + p.words, 0);
  const root = article.root;
  const outside: PickMeasure = { holdsHeadline: false, paragraphsHeld: 0, articleWordsHeld: 0, articleWords, holdsArticleRoot: false };
  const touchesHeadline = (el: Element): boolean => !!headline && (el === headline || el.contains(headline) || headline.contains(el));
  return {
    measure(el) {
      // Every body paragraph is inside the article's container: an element beside it holds none
      // (the common case for a saved rule's matches, answered without walking the paragraphs).
      if (root && !root.contains(el) && !el.contains(root) && el !== doc.body && el !== doc.documentElement) {
        return touchesHeadline(el) ? { ...outside, holdsHeadline: true } : outside;
      }
      let paragraphsHeld = 0;
      let articleWordsHeld = 0;
      for (const p of paragraphs) {
        if (el === p.element || el.contains(p.element)) {
          paragraphsHeld += 1;
          articleWordsHeld += p.words;
        } else if (p.element.contains(el)) {
          articleWordsHeld += countWords(el.textContent ?? '');
        }
      }
      return {
        holdsHeadline: touchesHeadline(el),
        paragraphsHeld,
        articleWordsHeld,
        articleWords,
        holdsArticleRoot: el === doc.body || el === doc.documentElement || (!!root && el.contains(root)),
      };
    },
  };
}
