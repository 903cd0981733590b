/**
 * Host permissions for auto-clean, asked from the click that needs them (a permission prompt
 * needs the user activation, so this is the first await in every handler that calls it).
 */
import { browser } from '../shared/browser.js';

export async function requestOrigins(origins: string[]): Promise<boolean> {
  if (origins.length === 0) return true;
  return browser.permissions.request({ origins }).catch(() => false);
}
