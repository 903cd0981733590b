/**
 * The content script: answers the popup, cleans in place when auto-clean applies, and never
 * throws into the page. Injected either by the dynamic registration (auto-clean) or by the popup
 * through activeTab; a second injection finds the first one and does nothing.
 */
import { extractArticle } from '../extract/article.js';
import { readPageAtLoad } from '../extract/page-load.js';
import { autoCleanApplies, cleanOnOpenApplies, type Options } from '../shared/options.js';
import { loadOptions } from '../shared/options-storage.js';
import { type MenuTarget, onTrustedMessage, sendMessage } from '../shared/protocol.js';
import type { ArticleData, CleanState } from '../shared/article-data.js';
import { highlightAll, highlightText } from './highlight.js';
import { createPageCleaner } from './page-cleaner.js';
import { findMenuTarget } from './picker/menu-target.js';
import { openPickSession } from './picker/pick-session.js';
import type { Picker } from './picker/picker.js';
import { syncSiteRules } from './site-rules-sync.js';

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

/** Readability runs only when the popup asks, once per address (single-page apps change it). */
function lazyArticle(): () => ArticleData {
  let cached: { url: string; article: ArticleData } | null = null;
  return () => {
    if (cached?.url !== location.href) cached = { url: location.href, article: extractArticle(document, location.href) };
    return cached.article;
  };
}

function start(): void {
  const article = lazyArticle();
  // At load: a cheap read-only look at the live page (no Readability, no clone) says whether it
  // is an article and where the article is; that is all the in-place plan needs.
  const first = readPageAtLoad(document, location.href);
  let options: Options | null = null;
  let located = first.location;
  const cleaner = createPageCleaner(
    document,
    () => {
      // A page that re-rendered since load gets one fresh look instead of stale protections.
      if (located.root && !located.root.isConnected) located = readPageAtLoad(document, location.href).location;
      return {
        context: first.context,
        article: located,
        allow: (reason) => options?.hideKinds[reason] ?? true,
      };
    },
    { onChange: report },
  );
  const rules = syncSiteRules(location.hostname, (selectors) => {
    const before = cleaner.state().hidden.length;
    const after = cleaner.setUserRules(selectors);
    if (after.hidden.length !== before) report(after);
  });
  // The right-clicked element, so "Hide this element…" starts there (kept only until the next right-click).
  let rightClicked: WeakRef<Element> | null = null;
  document.addEventListener('contextmenu', (e) => (rightClicked = e.target instanceof Element ? new WeakRef(e.target) : null), { capture: true, passive: true });
  let picker: Picker | null = null;
  const openPicker = ({ data }: { data: { target?: MenuTarget } }): boolean => {
    if (picker) return true;
    picker = openPickSession(document, {
      startAt: rightClicked?.deref() ?? findMenuTarget(document, data.target),
      page: () => ({ context: first.context, article: located }),
      async save(rule) {
        await rules.add(rule);
        // "Hide this too" on a page shown as published cleans it: the rule is one of its cleanings.
        report(cleaner.state().cleaned ? cleaner.state() : cleaner.clean());
      },
      onClose: () => (picker = null),
    });
    return true;
  };

  // Rules first: a clean at load or on opening must include the reader's own rules.
  const optionsReady = Promise.all([loadOptions(), rules.ready])
    .then(([loaded]) => {
      options = loaded;
      if (first.verdict.isArticle && autoCleanApplies(loaded, location.hostname)) report(cleaner.clean());
      return loaded;
    })
    .catch(() => {
      // Storage can be unavailable in odd frames; then we simply do not auto-clean.
      return null;
    });

  // Once the reader has shown everything again, reopening the popup must not hide it all anew.
  let shownByReader = false;
  const restore = (id: number | 'all'): CleanState => {
    if (id === 'all') shownByReader = true;
    return report(cleaner.restore(id));
  };

  onTrustedMessage('getPageReport', () => ({ ...cleaner.state(), article: article() }));
  onTrustedMessage('cleanPage', async () => (await rules.ready, report(cleaner.state().cleaned ? cleaner.state() : cleaner.clean())));
  onTrustedMessage('cleanOnOpen', async () => {
    // Injected by this very popup click, the options may still be loading: wait for them.
    const loaded = await optionsReady;
    const now = cleaner.state();
    const wanted = loaded !== null && cleanOnOpenApplies(loaded, location.hostname) && first.verdict.isArticle;
    return now.cleaned || shownByReader || !wanted ? now : report(cleaner.clean());
  });
  onTrustedMessage('toggleClean', async () => (await rules.ready, cleaner.state().cleaned ? restore('all') : report(cleaner.clean())));
  onTrustedMessage('restoreHidden', ({ data }) => restore(data.id));
  onTrustedMessage('startPicker', openPicker);
  onTrustedMessage('forgetSiteRule', async ({ data }) => (await rules.forget(data.selector), report(cleaner.state())));
  onTrustedMessage('highlightText', ({ data }) => highlightText(document, data.text));
  onTrustedMessage('highlightAll', ({ data }) => highlightAll(document, data.texts));
}

if (!window.__precisContentLoaded) {
  window.__precisContentLoaded = true;
  try {
    start();
  } catch (error) {
    console.debug('[Precis] content script could not start', error);
  }
}
