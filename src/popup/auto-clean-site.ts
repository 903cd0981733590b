/**
 * "Always clean this site": ask for the site (the permission prompt needs the click's user
 * activation, so the request comes first, before any other await), then remember the host.
 * The background registers the content script when the permission and the option appear.
 */
import { browser } from '../shared/browser.js';
import { type Options, normaliseHost } from '../shared/options.js';
import { originsFor } from '../shared/site-origins.js';

export function siteHost(url: string): string | null {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? normaliseHost(url) : null;
  } catch {
    return null;
  }
}

/** The options after the user agreed to auto-clean `host` (pure, tested). */
export function withSiteAutoCleaned(options: Options, host: string): Partial<Options> {
  return {
    autoClean: options.autoClean === 'all' ? 'all' : 'sites',
    sites: [...new Set([...options.sites, host])].sort(),
    neverSites: options.neverSites.filter((h) => h !== host),
  };
}

/** "Never clean this site": on the never list, off the always list (pure, tested). */
export function withSiteNeverCleaned(options: Options, host: string): Partial<Options> {
  return {
    neverSites: [...new Set([...options.neverSites, host])].sort(),
    sites: options.sites.filter((h) => h !== host),
  };
}

/** Undo either choice: the site follows the general auto-clean setting again. */
export function withSiteUnlisted(options: Options, host: string): Partial<Options> {
  return { sites: options.sites.filter((h) => h !== host), neverSites: options.neverSites.filter((h) => h !== host) };
}

export async function requestSitePermission(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: originsFor([host]) });
}
