/**
 * Right-click "Copy as quote card" on a selection: which of the quotes found in the surrounding
 * paragraph (by the core, called by the background) is the one selected, so the card can name
 * its speaker. Pure; no NLP here.
 */
import type { Quote } from '../core/types.js';

const EDGE_MARKS = /^[\s"“”„'‘’«»‹›]+|[\s"“”„'‘’«»‹›]+$/g;

/** The selection as card text: whitespace collapsed, the quote marks around it dropped. */
export function selectionText(selection: string): string {
  return selection.replace(/\s+/g, ' ').replace(EDGE_MARKS, '').trim();
}

const norm = (s: string): string => selectionText(s).replace(/[,.;:!?…]+$/, '').toLowerCase();

/**
 * The quote the selection is part of, or that lies inside the selection (the reader selected
 * the quote with its "she said"). Short selections (under 3 words) do not claim a speaker.
 */
export function quoteForSelection(selection: string, quotes: readonly Quote[]): Quote | null {
  const wanted = norm(selection);
  if (wanted.split(' ').length < 3) return null;
  return quotes.find((q) => {
    const quoted = norm(q.text);
    return quoted.length > 0 && (quoted.includes(wanted) || wanted.includes(quoted));
  }) ?? null;
}
