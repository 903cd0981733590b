/**
 * The elements that hold a part of the story the plan never hides (a byline, a contributor line,
 * an editor's note; captions and quotes inside the article), and how many each block holds.
 */
import { isKeeperLine } from '../core/declutter/keeper-lines.js';
import type { ElementStats } from './element-stats.js';
import { leadingText } from './leading-text.js';

const KEEPER_CAP = 300;
/** Cheap first look at an element's own text before running the keeper patterns on it. */
const KEEPER_HINT = /^\s*(by|von|par|por|written|edited|editor|note|correction|update|clarification|mitarbeit|anmerkung|korrektur|dieser|avec|rectificatif|cet|con|nota|fe|este|this)\b|reporting|contributed|material von/i;

function ownText(el: Element): string {
  let text = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) text += c.nodeValue ?? '';
  return text;
}

/** Elements holding a byline, contributor line or editor's note; captions and quotes inside the article. */
export function isKeeper(el: Element, s: ElementStats | undefined, root: Element | null): boolean {
  const tag = s?.tag ?? el.tagName.toUpperCase();
  if (root && (tag === 'FIGCAPTION' || tag === 'BLOCKQUOTE') && root.contains(el)) return true;
  const n = s?.textLength ?? 0;
  if (n < 4 || n > KEEPER_CAP) return false;
  const own = ownText(el);
  return own.trim() !== '' && KEEPER_HINT.test(own) && isKeeperLine(leadingText(el, KEEPER_CAP));
}

/** Keepers inside each element: climb from each keeper (there are few) instead of a second pass. */
export function countUp(elements: readonly Element[], stop: Element): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const k of elements) {
    for (let el: Element | null = k; el; el = el === stop ? null : el.parentElement) counts.set(el, (counts.get(el) ?? 0) + 1);
  }
  return counts;
}
