/**
 * The picker's label: what the outlined element is, in a few characters ("aside.newsletter ·
 * 640 × 180 · “Get the morning brief”"), so the reader knows what Enter will hide.
 */
import type { ElementShape } from './selector-candidates.js';
import { pieceFor } from './selector-candidates.js';

/** Enough words to recognise a widget ("Most read today"), short enough for one line. */
const SNIPPET_CHARS = 40;

export function describeElement(shape: ElementShape, text: string): string {
  const name = pieceFor(shape).css;
  const words = text.replace(/\s+/g, ' ').trim();
  if (!words) return name;
  const snippet = words.length > SNIPPET_CHARS ? `${words.slice(0, SNIPPET_CHARS).trimEnd()}…` : words;
  return `${name} “${snippet}”`;
}

export function describeSize(width: number, height: number): string {
  return `${Math.round(width)} × ${Math.round(height)}`;
}
