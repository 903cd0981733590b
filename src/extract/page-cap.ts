/**
 * Bounded work on huge pages: a page with more than MAX_ELEMENTS elements or MAX_TEXT_CHARS of
 * text is cut to its first ones, so every later pass is bounded. Only ever on a document that is
 * ours to change (the Node pipeline's parse, a clone), never the reader's page. One walk with
 * firstChild/nextSibling (a loop: a page 100,000 elements deep cannot overflow the stack).
 */
import type { PageTruncation } from '../core/types.js';

/** Twice the largest real pages we know of (~80,000 elements); the popup should never see one. */
export const MAX_ELEMENTS = 200_000;
/** About 5 MB of text: hundreds of books' worth of article, far past any news page. */
export const MAX_TEXT_CHARS = 5_000_000;

export interface CapLimits {
  maxElements: number;
  maxTextChars: number;
}

export const DEFAULT_LIMITS: CapLimits = { maxElements: MAX_ELEMENTS, maxTextChars: MAX_TEXT_CHARS };

/** Text that is not page text (an inline JSON blob can be megabytes): not counted, not cut. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Removes everything after `node` in document order, up to the end of `root`. */
function removeAfter(node: Node, root: Node): void {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    while (at.nextSibling) at.parentNode?.removeChild(at.nextSibling);
  }
}

/**
 * Whether capDocument could cut `root` (a live page or its clone): false means it would not, at
 * the cost of two native queries instead of a walk in script. Every element and every character
 * capDocument counts is among all of root's elements and all of its text, so totals within the
 * caps are counts within them.
 */
export function mayExceedCaps(root: Element, limits: CapLimits = DEFAULT_LIMITS): boolean {
  // querySelectorAll, not getElementsByTagName('*'): linkedom (the Node pipeline) answers 0 to the latter.
  return root.querySelectorAll('*').length > limits.maxElements || (root.textContent?.length ?? 0) > limits.maxTextChars;
}

/** Cuts `root`'s content after the caps; null when the page is within them (nothing changed). */
export function capDocument(root: Element, limits: CapLimits = DEFAULT_LIMITS): PageTruncation | null {
  let elements = 0;
  let chars = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = true;
    if (node.nodeType === 1) {
      if (elements === limits.maxElements) {
        removeAfter(node, root);
        node.parentNode?.removeChild(node);
        return { limit: 'elements', elementsRead: elements, charactersRead: chars };
      }
      elements += 1;
      descend = !NOT_TEXT.has((node as Element).tagName.toUpperCase());
    } else if (node.nodeType === 3) {
      const length = node.nodeValue?.length ?? 0;
      if (chars + length > limits.maxTextChars) {
        node.nodeValue = (node.nodeValue ?? '').slice(0, limits.maxTextChars - chars);
        removeAfter(node, root);
        return { limit: 'text', elementsRead: elements, charactersRead: limits.maxTextChars };
      }
      chars += length;
    }
    // Next in document order: down, else along, else up and along.
    if (descend && node.firstChild) node = node.firstChild;
    else {
      while (node && node !== root && !node.nextSibling) node = node.parentNode;
      node = node && node !== root ? node.nextSibling : null;
    }
  }
  return null;
}
