/**
 * Auto-clean = a content script registered at run time for exactly the hosts the user granted.
 * Nothing is registered at install: the manifest asks for no host at all.
 */
import { browser } from '../shared/browser.js';
import { CONTENT_SCRIPT_FILE } from '../shared/content-injection.js';
import type { Options } from '../shared/options.js';
import { ALL_SITES, originsFor } from '../shared/site-origins.js';

const SCRIPT_ID = 'precis-auto-clean';

function matchPatternsFor(options: Options): string[] {
  if (options.autoClean === 'all') return [...ALL_SITES];
  if (options.autoClean === 'sites') return options.sites.flatMap((host) => [`http://${host}/*`, `https://${host}/*`]);
  return [];
}

/** Register only the patterns the user actually granted; the rest would throw or do nothing. */
export async function syncAutoCleanRegistration(options: Options): Promise<string[]> {
  const wanted = matchPatternsFor(options);
  const granted: string[] = [];
  for (const pattern of wanted) {
    if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length > 0) {
    // "Never clean this site" beats "all sites" twice: the script is not even injected there,
    // and the content script checks the list again (a page loaded before the change).
    const never = options.neverSites.length > 0 ? { excludeMatches: originsFor(options.neverSites) } : {};
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: granted, ...never, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return granted;
}
