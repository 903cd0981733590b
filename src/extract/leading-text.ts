/**
 * The opening words of an element, read without walking the rest of it: the block rules ask this
 * of nearly every block on the page, so it stops as soon as it has enough.
 */
import { foldedLength } from './block-text.js';

/** Elements whose text no reader sees (scripts, styles, frames, the head): the walks skip them. */
export const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD', 'TITLE']);
/** Inline elements whose text runs on with their neighbours' (no space added). */
export const RUN_ON = new Set(['A', 'SPAN', 'STRONG', 'B', 'EM', 'I']);

/** The first `cap` characters of an element's text, whitespace folded, without reading the rest. */
export function leadingText(el: Element, cap: number): string {
  // One text child (most links and headings): the same answer without the walk.
  const only = el.firstChild;
  if (only && only.nodeType === 3 && !only.nextSibling) return ` ${only.nodeValue ?? ''}`.replace(/\s+/g, ' ').trim().slice(0, cap);
  // The text runs are kept as they are and folded once at the end: folding each run and joining
  // with a space gives the same string, and `length` counts what the folded text would hold so
  // far (each run plus its space, one space before a block element), so the walk stops where it
  // always did without building that text run by run.
  const runs: string[] = [];
  let length = 0;
  let endsWithSpace = false;
  const limit = cap * 1.5;
  // A loop in document order that stops as soon as it has enough (no recursion). The step to the
  // next node is nextInOrder's, written out here with each tag name read once: the plan asks
  // this for nearly every block of the page, so each DOM call saved counts at load.
  for (let node: Node | null = el.firstChild; node && length <= limit; ) {
    let next: Node | null = null;
    const type = node.nodeType;
    // Indentation counts for nothing: pretty-printed markup can hold hundreds of blank characters
    // before the first word, which would use up the budget and leave the text empty.
    if (type === 3) {
      const value = node.nodeValue ?? '';
      const n = foldedLength(value);
      if (n) {
        runs.push(value);
        length += n + 1;
        endsWithSpace = false;
      }
    } else if (type === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (!SKIP.has(tag)) {
        if (!RUN_ON.has(tag) && !endsWithSpace) {
          length += 1;
          endsWithSpace = true;
        }
        next = node.firstChild;
      }
    }
    for (let at: Node | null = node; !next && at && at !== el; at = at.parentNode) next = at.nextSibling;
    node = next;
  }
  return runs.join(' ').replace(/\s+/g, ' ').trim().slice(0, cap);
}

/** The first non-empty text run's element text, when short: "Help us improve." in a <strong>. */
export function firstLine(el: Element, cap: number): string {
  for (let node: Node | null = el.firstChild; node; ) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) {
      const parent = node.parentElement;
      const line = parent && parent !== el ? leadingText(parent, cap + 1) : (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      return line.length <= cap ? line : '';
    }
    if (node.nodeType === 1 && !SKIP.has((node as Element).tagName.toUpperCase()) && node.firstChild) node = node.firstChild;
    else {
      while (node && !node.nextSibling && node !== el) node = node.parentNode;
      if (!node || node === el) break;
      node = node.nextSibling;
    }
  }
  return '';
}
