/**
 * The background only wires: messages to the badge, the shortcut to the content script, options
 * and permission changes to the auto-clean registration. No logic lives here.
 */
import { analysisKey } from '../shared/analysis-cache-key.js';
import { browser } from '../shared/browser.js';
import { ensureContentScript, injectOnDemand } from '../shared/content-injection.js';
import { loadOptions, migrateStoredOptions, onOptionsChanged } from '../shared/options-storage.js';
import { onTrustedMessage, sendMessage } from '../shared/protocol.js';
import { senderTabId } from '../shared/sender-checks.js';
import { syncAutoCleanRegistration } from './auto-clean-registration.js';
import { showHiddenCount } from './badge.js';
import './context-menu.js';
import { registerWelcome } from './welcome.js';

registerWelcome();

onTrustedMessage('reportHiddenCount', async ({ data, sender }) => {
  const tabId = senderTabId(sender);
  if (tabId !== null) await showHiddenCount(tabId, data);
});

// A single-page site changed article in that tab: the popup must not show the old one's analysis.
onTrustedMessage('pageNavigated', async ({ sender }) => {
  const tabId = senderTabId(sender);
  if (tabId !== null) await browser.storage.session?.remove(analysisKey(tabId));
});

// Our content script needs Readability or the picker, and nobody injected them with it.
onTrustedMessage('injectOnDemand', async ({ sender }) => {
  const tabId = senderTabId(sender);
  if (tabId === null) throw new Error('injectOnDemand needs a tab');
  await injectOnDemand(tabId, sender.frameId ?? 0);
});

/** The shortcut (Alt+Shift+P): clean the active tab, or show it all again. */
async function toggleActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  try {
    await ensureContentScript(tab.id, tab.url);
    await sendMessage('toggleClean', undefined, tab.id);
  } catch (error) {
    console.debug('[Precis] cannot clean this tab', error);
  }
}

browser.commands.onCommand.addListener((command) => {
  if (command === 'toggle-clean') void toggleActiveTab();
});
// A headless browser has no keyboard for extension shortcuts: the E2E test calls what the key
// calls. Reachable only from this extension's own worker (pages cannot).
(globalThis as { precisToggleActiveTab?: typeof toggleActiveTab }).precisToggleActiveTab = toggleActiveTab;

const resync = (): void => {
  loadOptions().then(syncAutoCleanRegistration).catch((error: unknown) => console.warn('[Precis] auto-clean registration', error));
};
browser.runtime.onInstalled.addListener(() => {
  // An update may find the site lists in an earlier version's layout; the rewrite triggers resync.
  migrateStoredOptions().catch((error: unknown) => console.warn('[Precis] options migration', error));
  resync();
});
browser.runtime.onStartup.addListener(resync);
browser.permissions.onAdded.addListener(resync);
browser.permissions.onRemoved.addListener(resync);
onOptionsChanged(resync);
