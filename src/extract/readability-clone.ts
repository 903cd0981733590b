/**
 * Readability on a CLONE of the page, with a way back to the live page. Before parsing, every
 * element of the clone's body gets its index in document order (the clone is ours to mutate);
 * Readability keeps attributes on the nodes it keeps, so each output node names its live twin.
 * The live document is only read, never written.
 */
import { Readability } from '@mozilla/readability';

const INDEX_ATTR = 'data-precis-i';

type Parsed = NonNullable<ReturnType<Readability<Node>['parse']>>;

export interface ReadabilityRead {
  parsed: Parsed | null;
  /** Readability's article content (an element of the clone), or null. */
  content: Element | null;
  /** The live element an output element was copied from (or its nearest mapped ancestor's). */
  liveOf(node: Element): Element | null;
}

export function readWithReadability(doc: Document, readJsonLd = true): ReadabilityRead {
  const live = doc.body ? Array.from(doc.body.querySelectorAll('*')) : [];
  const clone = doc.cloneNode(true) as Document;
  const copies = clone.body ? Array.from(clone.body.querySelectorAll('*')) : [];
  const mapped = copies.length === live.length;
  if (mapped) copies.forEach((el, i) => el.setAttribute(INDEX_ATTR, String(i)));
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
