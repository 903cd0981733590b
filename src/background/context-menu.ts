/**
 * Right-click a selection -> "Copy as quote card". Wiring only: the click grants activeTab, and
 * quote-card/selection-card.ts does the rest (read the selection, draw, copy).
 */
import { browser, type Tabs } from '../shared/browser.js';
import { canRunOn } from '../shared/can-run-on.js';
import { t } from '../shared/i18n.js';
import { copySelectionAsCard } from '../quote-card/selection-card.js';
import { createPickMenuItem } from './pick-menu.js';

const MENU_ID = 'precis-quote-card';

function createMenu(): void {
  // removeAll first: onInstalled and onStartup can both run, and ids must be unique.
  browser.contextMenus
    .removeAll()
    .then(() => {
      browser.contextMenus.create({ id: MENU_ID, title: t('contextMenuQuoteCard'), contexts: ['selection'] });
      createPickMenuItem();
    })
    .catch((error: unknown) => console.warn('[Precis] context menu', error));
}

function registerQuoteCardMenu(): void {
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup.addListener(createMenu);
  browser.contextMenus.onClicked.addListener((info, tab?: Tabs.Tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined || !canRunOn(tab.url ?? info.pageUrl).ok) return;
    copySelectionAsCard(tab.id, info.selectionText ?? '').catch((error: unknown) => console.warn('[Precis] quote card', error));
  });
  // Reachable only from this extension's own worker (tests drive it here; pages cannot).
  (globalThis as { precisCopySelectionAsCard?: typeof copySelectionAsCard }).precisCopySelectionAsCard = copySelectionAsCard;
}

// Listeners must be added on the worker's first run, synchronously: importing this module does it.
registerQuoteCardMenu();
