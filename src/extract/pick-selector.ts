/**
 * The selector a pick is saved as: the first candidate (most general first, see
 * core/pick/selector-candidates.ts) that matches the picked element, few others, and nothing
 * that holds article text. How many elements it matches on this page is shown before saving.
 */
import { matchHoldsArticle } from '../core/pick/pick-safety.js';
import { pieceFor, selectorCandidates } from '../core/pick/selector-candidates.js';
import { shapeChain } from './element-shape.js';
import type { ArticleGuard } from './pick-guard.js';

/** A rule matching more than this on one page is a layout class ("card"), not one widget. */
export const MAX_RULE_MATCHES = 12;

export interface PickedSelector {
  selector: string;
  /** Elements the selector matches on this page now (the pick included). */
  matches: number;
}

/** querySelectorAll that answers [] for a selector this engine cannot parse (a rule from an import). */
export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function chooseSelector(picked: Element, guard: ArticleGuard, ignoreAttribute?: (name: string) => boolean): PickedSelector {
  const doc = picked.ownerDocument;
  const chain = shapeChain(picked, ignoreAttribute);
  const candidates = selectorCandidates(chain);
  // A box with no name of its own: a rule that also finds its neighbours ("aside.rail > div") hides more than was picked.
  const unnamed = !!chain[0] && !pieceFor(chain[0]).named;
  const hitsNeighbour = (found: Element[]): boolean => unnamed && found.some((el) => el !== picked && el.parentElement === picked.parentElement);
  let fallback: PickedSelector | null = null;
  for (const selector of candidates) {
    const found = safeQueryAll(doc, selector);
    if (!found.includes(picked)) continue;
    const result = { selector, matches: found.length };
    if (!fallback || result.matches < fallback.matches) fallback = result;
    if (found.length <= MAX_RULE_MATCHES && !hitsNeighbour(found) && !found.some((el) => matchHoldsArticle(guard.measure(el)))) return result;
  }
  // Every candidate was too broad: the narrowest one (the tag path ends at the pick) still works.
  return fallback ?? { selector: candidates[candidates.length - 1] ?? picked.tagName.toLowerCase(), matches: 1 };
}
