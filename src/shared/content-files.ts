/**
 * The built content scripts' file names (see scripts/build.ts). A module of its own, with no
 * imports, so the popup's tiny start script (popup/tab-start.ts) can name them without
 * pulling in the polyfill.
 */
export const CONTENT_SCRIPT_FILE = 'content.js';
/** Readability and the picker, injected beside it only when needed (src/content/on-demand/). */
export const ON_DEMAND_FILE = 'content-on-demand.js';
