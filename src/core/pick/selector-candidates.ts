/**
 * From a picked element (described as plain data: its tag, id, classes and attributes, and those
 * of its ancestors) to CSS selectors that should find the same widget after a reload and on the
 * site's other articles. Candidates come most general first; the DOM side (extract/pick-selector.ts)
 * keeps the first that matches the pick and little else. Never `:nth-child` (a new paragraph above
 * shifts every index), never a generated class name (see stable-tokens.ts).
 */
import { NAMING_ATTRIBUTES, PREFERRED_DATA_ATTRIBUTES, isStableAttributeName, isStableName } from './stable-tokens.js';

export interface ElementShape {
  /** Lower-case tag name. */
  tag: string;
  id: string;
  classes: readonly string[];
  attributes: ReadonlyArray<readonly [name: string, value: string]>;
  /** Its place among siblings of the same tag: "the last box of the rail" survives a new paragraph, an index does not. */
  ofType?: { first: boolean; last: boolean };
}

/** Ancestors above the pick that may anchor a selector; further up, the page layout changes between articles. */
const MAX_ANCESTORS = 5;
/** Two classes say enough ("promo-box newsletter"); more make the rule brittle to one class changing. */
const MAX_CLASSES = 2;
/** Tags whose bare name is already a widget ("aside" in an article column). */
const MEANINGFUL_TAGS = new Set(['aside', 'nav', 'form', 'iframe', 'footer', 'header', 'figure', 'dialog', 'section', 'ins']);

interface Piece {
  css: string;
  /** A stable id: unique on the page, no ancestor needed. */
  anchor: boolean;
  /** Says what the element is (id, data attribute, class, role), not just its tag. */
  named: boolean;
}

const quoted = (value: string): string => `"${value}"`;

function namedAttribute(shape: ElementShape): string | null {
  const byName = new Map(shape.attributes.map(([n, v]) => [n.toLowerCase(), v.trim()] as const));
  for (const name of PREFERRED_DATA_ATTRIBUTES) {
    const value = byName.get(name);
    if (value && isStableName(value)) return `[${name}=${quoted(value)}]`;
  }
  for (const [name, value] of byName) {
    if (!name.startsWith('data-') || NAMING_ATTRIBUTES.includes(name) || PREFERRED_DATA_ATTRIBUTES.includes(name)) continue;
    if (isStableAttributeName(name) && isStableName(value)) return `[${name}=${quoted(value)}]`;
  }
  return null;
}

/** The best short description of one element as CSS. */
export function pieceFor(shape: ElementShape): Piece {
  const tag = shape.tag.toLowerCase();
  if (shape.id && isStableName(shape.id)) return { css: `#${shape.id}`, anchor: true, named: true };
  const attribute = namedAttribute(shape);
  if (attribute) return { css: `${tag}${attribute}`, anchor: false, named: true };
  const classes = shape.classes.filter(isStableName).slice(0, MAX_CLASSES);
  if (classes.length) return { css: `${tag}${classes.map((c) => `.${c}`).join('')}`, anchor: false, named: true };
  for (const name of NAMING_ATTRIBUTES) {
    const value = shape.attributes.find(([n]) => n === name)?.[1].trim();
    if (value && isStableName(value)) return { css: `${tag}[${name}=${quoted(value)}]`, anchor: false, named: true };
  }
  return { css: tag, anchor: false, named: MEANINGFUL_TAGS.has(tag) };
}

function positionVariants(css: string, shape: ElementShape): string[] {
  const at = shape.ofType;
  if (!at) return [];
  if (at.first && at.last) return [`${css}:only-of-type`];
  return [...(at.first ? [`${css}:first-of-type`] : []), ...(at.last ? [`${css}:last-of-type`] : [])];
}

/**
 * Selectors for `chain[0]` (the pick), given its ancestors `chain[1..]` up to, not including, <body>.
 * Most general first; duplicates removed. The last one is a tag path from the nearest named
 * ancestor, which always matches the pick.
 */
export function selectorCandidates(chain: readonly ElementShape[]): string[] {
  const [picked, ...ancestors] = chain;
  if (!picked) return [];
  const own = pieceFor(picked);
  const out: string[] = [];
  if (own.named) out.push(own.css);
  if (own.anchor) return out;
  const pieces = ancestors.slice(0, MAX_ANCESTORS).map(pieceFor);
  // Loose: a named ancestor, then the named pick anywhere inside it.
  if (own.named) {
    for (const up of pieces) if (up.named) out.push(`${up.css} ${own.css}`);
  }
  // Strict: a named ancestor, then each level down by its own piece (classes where stable, else tag).
  // An unnamed pick also gets its place among same-tag siblings, for when the plain path finds them too.
  const ends = [own.css, ...(own.named ? [] : positionVariants(own.css, picked))];
  for (let k = 0; k < pieces.length; k++) {
    const up = pieces[k];
    if (!up?.named) continue;
    const between = pieces.slice(0, k).reverse().map((p) => p.css);
    for (const end of ends) out.push([up.css, ...between, end].join(' > '));
    if (up.anchor) break;
  }
  // Nothing named nearby: the tag path from <body> is the last resort (still no nth-child).
  if (!out.length) {
    const top = ancestors.length <= MAX_ANCESTORS ? ['body'] : [];
    out.push([...top, ...pieces.slice().reverse().map((p) => p.css), own.css].join(' > '));
  }
  return [...new Set(out)];
}
