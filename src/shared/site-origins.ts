/**
 * The host patterns of auto-clean, in one place: what the options page and the popup ask the
 * user for must cover what the background registers the content script on.
 */
export const ALL_SITES: readonly string[] = ['http://*/*', 'https://*/*'];

/** `*://` covers http and https, the only schemes a page we clean is served on. */
export const originsFor = (hosts: readonly string[]): string[] => hosts.map((h) => `*://${h}/*`);
