/**
 * Host permissions for auto-clean, asked from the click that needs them (a permission prompt
 * needs the user activation, so this is the first await in every handler that calls it).
 */
import { browser } from '../shared/browser.js';

export const ALL_SITES = ['http://*/*', 'https://*/*'];

export const originsFor = (hosts: readonly string[]): string[] => hosts.map((h) => `*://${h}/*`);

export async function requestOrigins(origins: string[]): Promise<boolean> {
  if (origins.length === 0) return true;
  return browser.permissions.request({ origins }).catch(() => false);
}
