/**
 * Element -> plain text with one blank line between blocks, the way a reader sees paragraphs.
 * `textContent` would glue "…end of paragraph.Next paragraph" together, which breaks sentence
 * splitting and quote attribution downstream.
 */
import { walkTree } from './walk-tree.js';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'BR',
]);
/** Elements whose text is never read text: code, styles, graphics, embedded frames, form controls. */
export const NOT_TEXT_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA']);

export function isBlockTag(tagName: string): boolean {
  return BLOCK_TAGS.has(tagName.toUpperCase());
}

/**
 * `text.replace(/\s+/g, ' ').trim().length`, without building the folded string when the text
 * has no run to fold (most text nodes): the load-time walks call this on every text node.
 */
export function foldedLength(text: string): number {
  const trimmed = text.trim();
  // Whitespace between tags (about half of a page's text nodes): nothing to fold.
  if (!trimmed) return 0;
  return /\s\s|[^\S ]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ').length : trimmed.length;
}

/** Han, kana and Hangul: a character carries about what a short word does in a spaced script. */
const DENSE_SCRIPT = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/g;
/** How many Latin characters one dense-script character weighs (a Chinese word is one or two characters, an English one about six). */
export const DENSE_CHAR_WEIGHT = 3;

/**
 * foldedLength with Chinese, Japanese and Korean characters weighted as the words they are, so a
 * real Chinese article of 770 characters in 10 short paragraphs reads as running text.
 */
export function weightedLength(text: string): number {
  const n = foldedLength(text);
  if (!n || text.charCodeAt(0) < 0x2e80 && !/[\u2E80-\uD7AF\uF900-\uFAFF]/.test(text)) return n;
  const dense = text.match(DENSE_SCRIPT)?.length ?? 0;
  return n + dense * (DENSE_CHAR_WEIGHT - 1);
}

export function blockText(root: Node, skip?: (el: Element) => boolean): string {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  // A loop, not recursion (walk-tree.ts): the state of an element is whether it is a block.
  walkTree<boolean>(
    root,
    (node) => {
      if (node.nodeType === 3) {
        current += node.nodeValue ?? '';
        return null;
      }
      if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return null;
      const el = node as Element;
      const tag = el.tagName?.toUpperCase() ?? '';
      if (NOT_TEXT_TAGS.has(tag) || (skip && node.nodeType === 1 && skip(el))) return null;
      const block = BLOCK_TAGS.has(tag);
      if (block) flush();
      return block;
    },
    (_node, block) => {
      if (block) flush();
    },
  );
  flush();
  return blocks.join('\n\n');
}
