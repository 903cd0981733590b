/**
 * The content script: answers the popup, cleans in place when auto-clean applies, and never
 * throws into the page. Injected either by the dynamic registration (auto-clean) or by the popup
 * through activeTab; a second injection finds the first one and does nothing.
 */
import { extractArticle, extractArticleWithLocation } from '../extract/article.js';
import { autoCleanApplies, type Options } from '../shared/options.js';
import { loadOptions } from '../shared/options-storage.js';
import { onTrustedMessage as onMessage, sendMessage } from '../shared/protocol.js';
import type { CleanState } from '../shared/article-data.js';
import { highlightAll, highlightText } from './highlight.js';
import { createPageCleaner } from './page-cleaner.js';

declare global {
  interface Window {
    __precisContentLoaded?: boolean;
  }
}

function report(state: CleanState): CleanState {
  const count = state.hidden.filter((h) => !h.restored).length;
  sendMessage('reportHiddenCount', state.cleaned ? count : 0).catch(() => {
    // The background may be restarting; the badge is cosmetic.
  });
  return state;
}

function start(): void {
  const article = () => extractArticle(document, location.href);
  // One Readability pass (on a clone) tells both what the article is and where it is on the page.
  const first = extractArticleWithLocation(document, location.href);
  let options: Options | null = null;
  let located = first.location;
  const cleaner = createPageCleaner(
    document,
    () => {
      // A page that re-rendered since load gets one fresh look instead of stale protections.
      if (located.root && !located.root.isConnected) located = extractArticleWithLocation(document, location.href).location;
      return {
        context: { title: first.article.title, siteName: first.article.siteName },
        article: located,
        allow: (reason) => options?.hideKinds[reason] ?? true,
      };
    },
    { onChange: report },
  );

  onMessage('getPageReport', () => ({ ...cleaner.state(), article: article() }));
  onMessage('cleanPage', () => report(cleaner.state().cleaned ? cleaner.state() : cleaner.clean()));
  onMessage('toggleClean', () => report(cleaner.state().cleaned ? cleaner.restore('all') : cleaner.clean()));
  onMessage('restoreHidden', ({ data }) => report(cleaner.restore(data.id)));
  onMessage('highlightText', ({ data }) => highlightText(document, data.text));
  onMessage('highlightAll', ({ data }) => highlightAll(document, data.texts));

  void loadOptions()
    .then((loaded) => {
      options = loaded;
      if (first.article.isArticle && autoCleanApplies(loaded, location.hostname)) report(cleaner.clean());
    })
    .catch(() => {
      // Storage can be unavailable in odd frames; then we simply do not auto-clean.
    });
}

if (!window.__precisContentLoaded) {
  window.__precisContentLoaded = true;
  try {
    start();
  } catch (error) {
    console.debug('[Precis] content script could not start', error);
  }
}
