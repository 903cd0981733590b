/**
 * The page's text as the stats walk met it, in document order: each non-blank text node (with its
 * folded length, measured once) and each element entered. Every element the walk measured knows
 * its slice of this list, so an element's leading text is read from the list, without walking its
 * subtree again and folding its text nodes again: the block features ask this of nearly every
 * block, and a page's blocks nest, so the same first lines were walked once per enclosing block.
 * The answer is leadingText's (leading-text.ts), byte for byte: the same runs, the same count.
 */
import { foldedLength } from './block-text.js';
import { RUN_ON, SKIP } from './leading-text.js';

/** An entered element, in `lengths`: inline (no space before it) or a block (a space). */
const INLINE = -1;
const BLOCK = -2;

export class TextRuns {
  /** A text node's value, or '' for an entered element. */
  private readonly values: string[] = [];
  /** A text node's folded length (> 0), or INLINE / BLOCK for an entered element. */
  private readonly lengths: number[] = [];
  get size(): number {
    return this.lengths.length;
  }

  text(value: string, length: number): void {
    this.values.push(value);
    this.lengths.push(length);
  }

  enter(tag: string): void {
    this.values.push('');
    this.lengths.push(RUN_ON.has(tag) ? INLINE : BLOCK);
  }

  /**
   * A subtree the stats walk does not descend into (a <picture> or <video>: no text it counts, but
   * leadingText reads a video's fallback line): entered here node by node, as leadingText would.
   */
  subtree(el: Element): void {
    for (let node: Node | null = el.firstChild; node; ) {
      let next: Node | null = null;
      if (node.nodeType === 3) {
        const value = node.nodeValue ?? '';
        const n = foldedLength(value);
        if (n) this.text(value, n);
      } else if (node.nodeType === 1) {
        const tag = (node as Element).tagName.toUpperCase();
        if (!SKIP.has(tag)) {
          this.enter(tag);
          next = node.firstChild;
        }
      }
      for (let at: Node | null = node; !next && at && at !== el; at = at.parentNode) next = at.nextSibling;
      node = next;
    }
  }

  /** leadingText(el, cap) of the element whose slice of the list is [from, to). */
  leading(from: number, to: number, cap: number): string {
    const runs: string[] = [];
    let length = 0;
    let endsWithSpace = false;
    const limit = cap * 1.5;
    for (let i = from; i < to && length <= limit; i += 1) {
      const n = this.lengths[i] as number;
      if (n > 0) {
        runs.push(this.values[i] as string);
        length += n + 1;
        endsWithSpace = false;
      } else if (n === BLOCK && !endsWithSpace) {
        length += 1;
        endsWithSpace = true;
      }
    }
    return runs.join(' ').replace(/\s+/g, ' ').trim().slice(0, cap);
  }
}
