/**
 * Readability on a CLONE of the page, with a way back to the live page. Before parsing, every
 * element of the clone's body gets its index in document order (the clone is ours to mutate);
 * Readability keeps attributes on the nodes it keeps, so each output node names its live twin.
 * The live document is only read, never written.
 */
import { Readability } from '@mozilla/readability';
import type { PageTruncation } from '../core/types.js';
import { type CapLimits, capDocument, DEFAULT_LIMITS, mayExceedCaps } from './page-cap.js';

const INDEX_ATTR = 'data-precis-i';

type Parsed = NonNullable<ReturnType<Readability<Node>['parse']>>;

export interface ReadabilityRead {
  parsed: Parsed | null;
  /** Readability's article content (an element of the clone), or null. */
  content: Element | null;
  /** The live element an output element was copied from (or its nearest mapped ancestor's). */
  liveOf(node: Element): Element | null;
  /** Set when the page was over a work cap and only its beginning was read (page-cap.ts). */
  truncated: PageTruncation | null;
}

/**
 * `readJsonLd` false: the page's JSON-LD describes another article (after an in-page navigation).
 * `mapToLive` false: the caller will not ask liveOf (its answer is then always null), so the
 * clone's elements are not numbered: a query over both pages and an attribute per element saved.
 */
export function readWithReadability(doc: Document, limits: CapLimits = DEFAULT_LIMITS, readJsonLd = true, mapToLive = true): ReadabilityRead {
  const live = doc.body && mapToLive ? Array.from(doc.body.querySelectorAll('*')) : [];
  const clone = doc.cloneNode(true) as Document;
  const copies = clone.body && mapToLive ? Array.from(clone.body.querySelectorAll('*')) : [];
  const mapped = mapToLive && copies.length === live.length;
  if (mapped) copies.forEach((el, i) => el.setAttribute(INDEX_ATTR, String(i)));
  // A huge page is read up to the caps: the clone is ours to cut, and the indices of what stays are unchanged.
  const truncated = clone.body && doc.body && mayExceedCaps(doc.body, limits) ? capDocument(clone.body, limits) : null;
  let parsed: Parsed | null = null;
  try {
    parsed = new Readability<Node>(clone, { serializer: (node) => node, keepClasses: true, disableJSONLD: !readJsonLd }).parse();
  } catch {
    // A page Readability cannot handle simply has no article; the caller reports that.
  }
  const content = parsed?.content && (parsed.content as Node).nodeType === 1 ? (parsed.content as unknown as Element) : null;
  return {
    parsed,
    content,
    truncated,
    liveOf(node) {
      if (!mapped) return null;
      for (let el: Element | null = node; el && el !== content; el = el.parentElement) {
        const at = el.getAttribute(INDEX_ATTR);
        if (at !== null) return live[Number(at)] ?? null;
      }
      return null;
    },
  };
}
