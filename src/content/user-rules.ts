/**
 * The reader's saved rules ("Hidden by you") on the live page: which elements each selector
 * finds, minus any that hold article text (skipped and counted: a rule saved on one article must
 * never hide the next article's text). Selectors that do not parse find nothing.
 */
import { matchHoldsArticle } from '../core/pick/pick-safety.js';
import type { ArticleGuard } from '../extract/pick-guard.js';
import { safeQueryAll } from '../extract/pick-selector.js';

export interface RuleMatch {
  element: Element;
  selector: string;
}

export interface RuleMatches {
  matches: RuleMatch[];
  /** Matches left alone because they hold article text. */
  skipped: Element[];
}

function matchesIn(root: Element, selector: string): Element[] {
  let self = false;
  try {
    self = root.matches(selector);
  } catch {
    return [];
  }
  const inside = safeQueryAll(root, selector);
  return self ? [root, ...inside] : inside;
}

export function matchUserRules(doc: Document, selectors: readonly string[], guard: ArticleGuard, within?: readonly Element[]): RuleMatches {
  const out: RuleMatches = { matches: [], skipped: [] };
  if (!doc.body || selectors.length === 0) return out;
  const roots = within ?? [doc.body];
  const seen = new Set<Element>();
  for (const selector of selectors) {
    for (const root of roots) {
      for (const element of matchesIn(root, selector)) {
        if (seen.has(element)) continue;
        seen.add(element);
        if (matchHoldsArticle(guard.measure(element))) out.skipped.push(element);
        else out.matches.push({ element, selector });
      }
    }
  }
  return out;
}
