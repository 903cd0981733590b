/**
 * The three answers of the welcome page. Only "every site" asks the browser for anything: the
 * optional http/https host permission, from the click itself (a permission prompt needs the
 * click's user activation, so the request is the first await). The background registers the
 * content script when the permission and the option appear; the content script still acts only
 * on pages it judges to be articles, and never on a site on the never list.
 */
import { browser } from '../shared/browser.js';
import { saveOptions } from '../shared/options-storage.js';
import { ALL_SITES } from '../shared/site-origins.js';

export type WelcomeChoice = 'all' | 'sites' | 'not-now';
export type WelcomeOutcome = WelcomeChoice | 'denied';

export async function applyWelcomeChoice(choice: WelcomeChoice): Promise<WelcomeOutcome> {
  if (choice === 'all') {
    const granted = await browser.permissions.request({ origins: [...ALL_SITES] }).catch(() => false);
    if (!granted) return 'denied';
    await saveOptions({ autoClean: 'all' });
    return 'all';
  }
  // "Only on sites I choose" keeps any sites already listed; "Not now" turns auto-clean off.
  await saveOptions({ autoClean: choice === 'sites' ? 'sites' : 'off' });
  return choice;
}
