/**
 * One stylesheet hides every marked block (uBlock Origin Lite's approach): hiding is a CSS rule,
 * not a DOM edit, so undo is exact. A constructed sheet in `adoptedStyleSheets` adds no node
 * to the page, so the page serialises identically once the attributes are gone.
 */
export const HIDDEN_ATTR = 'data-precis-hidden';
export const RESTORED_ATTR = 'data-precis-restored';

/** Blocks hidden now: a block the reader restored keeps its mark (for the list) but shows again. */
export const HIDDEN_NOW = `[${HIDDEN_ATTR}]:not([${RESTORED_ATTR}])`;

const RULE = `${HIDDEN_NOW} { display: none !important; }`;

export interface HideStyle {
  attach(): void;
  detach(): void;
}

export function createHideStyle(doc: Document): HideStyle {
  const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
  sheet.replaceSync(RULE);
  return {
    attach() {
      if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    },
    detach() {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

/** Our own marks are never part of a saved selector (they come and go with cleaning). */
export const isMarkerAttribute = (name: string): boolean => name === HIDDEN_ATTR || name === RESTORED_ATTR;
