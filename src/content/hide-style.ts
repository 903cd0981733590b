/**
 * One stylesheet hides every marked block (uBlock Origin Lite's approach): hiding is a CSS rule,
 * not a DOM edit, so undo is exact. A constructed sheet in `adoptedStyleSheets` adds no node
 * to the page, so the page serialises identically once the attributes are gone.
 *
 * The marks are unforgeable: their names carry a random token drawn when the content script
 * loads, and the stylesheet selects only those names. A page's own `data-precis-hidden` or
 * `data-precis-restored` (written before we ran, so it cannot know the token) hides nothing,
 * shows nothing, and is never overwritten or removed by us.
 */

/** 8 base-36 characters from the platform's CSPRNG: 41 bits, beyond any page's guess. */
const TOKEN_CHARS = 8;

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(TOKEN_CHARS));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** This load's token (a second injection of the script stops before using its own). */
export const MARK_TOKEN = randomToken();
export const HIDDEN_ATTR = `data-precis-hidden-${MARK_TOKEN}`;
export const RESTORED_ATTR = `data-precis-restored-${MARK_TOKEN}`;

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
