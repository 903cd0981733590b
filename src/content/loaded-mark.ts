/**
 * content.js's "already here" mark: a registered symbol on this extension's isolated world's
 * global (no page can name it; see main.ts). A module of its own so the on-demand script can
 * tell whether content.js runs in this frame without importing it.
 */
export const CONTENT_LOADED = Symbol.for('precis.content-script');

export function contentScriptLoaded(): boolean {
  return (globalThis as unknown as Record<symbol, boolean | undefined>)[CONTENT_LOADED] === true;
}
