/** Element -> plain ElementShape (tag, id, classes, attributes) for the pure selector code in core/pick. */
import type { ElementShape } from '../core/pick/selector-candidates.js';

/** Attributes that never name a widget and only cost time to copy. */
const SKIPPED_ATTRIBUTES = new Set(['class', 'id', 'style']);

function ofType(el: Element): { first: boolean; last: boolean } {
  let first = true;
  let last = true;
  for (let s = el.previousElementSibling; s && first; s = s.previousElementSibling) if (s.tagName === el.tagName) first = false;
  for (let s = el.nextElementSibling; s && last; s = s.nextElementSibling) if (s.tagName === el.tagName) last = false;
  return { first, last };
}

export function shapeOf(el: Element, ignoreAttribute: (name: string) => boolean = () => false): ElementShape {
  const attributes: Array<[string, string]> = [];
  for (const attr of Array.from(el.attributes)) {
    if (!SKIPPED_ATTRIBUTES.has(attr.name) && !ignoreAttribute(attr.name)) attributes.push([attr.name, attr.value]);
  }
  return {
    tag: el.tagName.toLowerCase(),
    id: el.id,
    classes: Array.from(el.classList),
    attributes,
    ofType: ofType(el),
  };
}

/** The element and its ancestors up to, not including, <body> (or <html>). */
export function shapeChain(el: Element, ignoreAttribute?: (name: string) => boolean): ElementShape[] {
  const body = el.ownerDocument.body;
  const chain: ElementShape[] = [];
  for (let at: Element | null = el; at && at !== body && at !== el.ownerDocument.documentElement; at = at.parentElement) {
    chain.push(shapeOf(at, ignoreAttribute));
  }
  return chain;
}
