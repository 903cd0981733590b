/**
 * The ways into the "Hide this too" picker that go through the background: the context menu
 * ("Hide this element…") and the keyboard command. Each click or key grants activeTab, so the
 * content script can be injected on any site, then asked to open the picker.
 */
import { browser, type Tabs } from '../shared/browser.js';
import { canRunOn } from '../shared/can-run-on.js';
import { ensureContentScript } from '../shared/content-injection.js';
import { t } from '../shared/i18n.js';
import { type MenuTarget, sendMessage } from '../shared/protocol.js';

export const PICK_MENU_ID = 'precis-hide-element';
const PICK_COMMAND = 'start-picker';

export async function startPickerInTab(tabId: number, url?: string, target?: MenuTarget): Promise<boolean> {
  await ensureContentScript(tabId, url, true);
  return sendMessage('startPicker', { target }, tabId);
}

/** Called by context-menu.ts after its removeAll(), so both items exist exactly once. */
export function createPickMenuItem(): void {
  browser.contextMenus.create({ id: PICK_MENU_ID, title: t('contextMenuHideElement'), contexts: ['page', 'link', 'image', 'video', 'audio'] });
}

const warn = (error: unknown): void => console.debug('[Precis] cannot start the picker in this tab', error);

browser.contextMenus.onClicked.addListener((info, tab?: Tabs.Tab) => {
  if (info.menuItemId !== PICK_MENU_ID || tab?.id === undefined || !canRunOn(tab.url ?? info.pageUrl).ok) return;
  const target: MenuTarget = { elementId: info.targetElementId, linkUrl: info.linkUrl, srcUrl: info.srcUrl };
  startPickerInTab(tab.id, tab.url ?? info.pageUrl, target).catch(warn);
});

browser.commands.onCommand.addListener(async (command) => {
  if (command !== PICK_COMMAND) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await startPickerInTab(tab.id, tab.url).catch(warn);
});

// Reachable only from this extension's own worker (tests drive it here; pages cannot).
(globalThis as { precisStartPicker?: typeof startPickerInTab }).precisStartPicker = startPickerInTab;
