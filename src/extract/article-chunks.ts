/**
 * Readability's output -> text chunks, one per visual block (paragraph, list item, heading,
 * caption), each with what the chunk cleaner needs to judge it. Reads the clone only.
 */
import type { TextChunk } from '../core/declutter/chunk-clutter.js';
import { foldedLength, isBlockTag, NOT_TEXT_TAGS } from './block-text.js';
import { walkTree } from './walk-tree.js';

export interface ChunkWithElement extends TextChunk {
  element: Element;
}

interface Frame {
  element: Element;
  inFigure: boolean;
  inList: boolean;
  attrs: string;
  /** The block's own class names and id. */
  own: string;
}

export function articleChunks(root: Element): ChunkWithElement[] {
  const out: ChunkWithElement[] = [];
  let text = '';
  let linkChars = 0;
  let frame: Frame = { element: root, inFigure: false, inList: false, attrs: '', own: '' };
  const flush = (): void => {
    const folded = text.replace(/\s+/g, ' ').trim();
    if (folded) {
      const tag = frame.element.tagName.toLowerCase();
      out.push({
        element: frame.element, text: folded, tag, linkDensity: Math.min(1, linkChars / folded.length),
        inFigure: frame.inFigure, inList: frame.inList, attrs: frame.attrs, headingLevel: /^h[1-6]$/.test(tag) ? Number(tag[1]) : 0,
      });
    }
    text = '';
    linkChars = 0;
  };
  // A loop, not recursion (walk-tree.ts): each element's state is whether it is inside a link
  // and, for a block, the frame to go back to after it.
  walkTree<{ inLink: boolean; saved: Frame | null }>(
    root,
    (node, parent) => {
      const inLink = parent?.inLink ?? false;
      if (node.nodeType === 3) {
        const value = node.nodeValue ?? '';
        text += value;
        if (inLink) linkChars += foldedLength(value);
        return null;
      }
      if (node.nodeType !== 1) return null;
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (NOT_TEXT_TAGS.has(tag)) return null;
      const saved = frame;
      if (isBlockTag(tag)) {
        flush();
        const cls = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`.trim().toLowerCase();
        frame = {
          element: el,
          inFigure: saved.inFigure || tag === 'FIGURE' || tag === 'FIGCAPTION',
          inList: saved.inList || tag === 'LI',
          // Own classes and the parent block's only: a far ancestor's class says little about a line.
          attrs: `${saved.own} ${cls}`.trim(),
          own: cls,
        };
      }
      return { inLink: inLink || tag === 'A', saved: frame === saved ? null : saved };
    },
    (_node, state) => {
      if (state.saved) {
        flush();
        frame = state.saved;
      }
    },
  );
  flush();
  return out;
}
