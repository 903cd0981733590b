/**
 * The content script: answers the popup, cleans in place when auto-clean applies, and never
 * throws into the page. Injected either by the dynamic registration (auto-clean) or by the popup
 * through activeTab; a second injection finds the first one and does nothing.
 *
 * "Already here" is a symbol on this extension's own global, never a string property of
 * `window`: `<div id="__precisContentLoaded">` or `<img name=...>` becomes a named property of
 * the page's window and would switch us off; a symbol is no name a page can create, and the
 * isolated world's global is not the page's. All other state lives in closures.
 */
import { autoCleanApplies, cleanOnOpenApplies, type Options } from '../shared/options.js';
import { loadOptions } from '../shared/options-storage.js';
import { type MenuTarget, onTrustedMessage, sendMessage } from '../shared/protocol.js';
import type { CleanState } from '../shared/article-data.js';
import { highlightAll, highlightText } from './highlight.js';
import { startPageSession } from './page-session.js';
import { CONTENT_LOADED } from './loaded-mark.js';
import { loadOnDemand } from './on-demand/load.js';
import { findMenuTarget } from './picker/menu-target.js';
import type { Picker } from './picker/picker.js';
import { syncSiteRules } from './site-rules-sync.js';

function report(state: CleanState): CleanState {
  const count = state.hidden.filter((h) => !h.restored).length;
  sendMessage('reportHiddenCount', state.cleaned ? count : 0).catch(() => {
    // The background may be restarting; the badge is cosmetic.
  });
  return state;
}

function start(): void {
  let options: Options | null = null;
  const session = startPageSession(document, {
    allow: (reason) => options?.hideKinds[reason] ?? true,
    autoCleans: () => !!options && autoCleanApplies(options, location.hostname),
    onCleanChange: report,
    onNavigated: () => {
      sendMessage('pageNavigated', undefined).catch(() => {
        // Without the background the popup's URL check still keeps the old analysis out.
      });
    },
  });
  const { cleaner } = session;
  const rules = syncSiteRules(location.hostname, (selectors) => {
    const before = cleaner.state().hidden.length;
    const after = cleaner.setUserRules(selectors);
    if (after.hidden.length !== before) report(after);
  });
  // The right-clicked element, so "Hide this element…" starts there (kept only until the next right-click).
  let rightClicked: WeakRef<Element> | null = null;
  document.addEventListener('contextmenu', (e) => (rightClicked = e.target instanceof Element ? new WeakRef(e.target) : null), { capture: true, passive: true });
  // 'opening' while the picker's code is fetched (on-demand/), so a second request waits for the first.
  let picker: Picker | 'opening' | null = null;
  const openPicker = async ({ data }: { data: { target?: MenuTarget } }): Promise<boolean> => {
    if (picker) return true;
    picker = 'opening';
    const startAt = rightClicked?.deref() ?? findMenuTarget(document, data.target);
    const { openPickSession } = await loadOnDemand().catch((error: unknown) => {
      picker = null;
      throw error;
    });
    picker = openPickSession(document, {
      startAt,
      page: () => {
        const load = session.latest();
        return { context: load?.context ?? { title: null, siteName: null }, article: load?.location ?? { root: null, paragraphs: [] } };
      },
      async save(rule) {
        await rules.add(rule);
        // "Hide this too" on a page shown as published cleans it: the rule is one of its cleanings.
        report(await session.clean());
      },
      onClose: () => (picker = null),
    });
    return true;
  };

  // Rules first: a clean at load or on opening must include the reader's own rules.
  const optionsReady = Promise.all([loadOptions(), rules.ready])
    .then(([loaded]) => {
      options = loaded;
      return loaded;
    })
    .catch(() => {
      // Storage can be unavailable in odd frames; then we simply do not auto-clean.
      return null;
    });
  void Promise.all([optionsReady, session.current()]).then(async ([loaded, load]) => {
    if (loaded && load.verdict.isArticle && autoCleanApplies(loaded, location.hostname)) report(await session.clean());
  });

  // Once the reader has shown everything again, reopening the popup must not hide it all anew.
  let shownByReader = false;
  const restore = (id: number | 'all'): CleanState => {
    if (id === 'all') shownByReader = true;
    return report(cleaner.restore(id));
  };

  // The popup sends getPageReport and cleanOnOpen back to back (one round trip less). The report
  // goes first: the popup's analysis waits for the article (Readability on a clone, which the
  // clean does not change), and the clean (plan every block, then hide) is the longer job. The
  // clean starts once the article is read; its own reply carries the state after it.
  let reading: Promise<unknown> = Promise.resolve();
  onTrustedMessage('getPageReport', async () => {
    const article = session.article();
    reading = article.catch(() => undefined);
    const draft = await article;
    return { ...cleaner.state(), draft };
  });
  onTrustedMessage('cleanPage', async () => (await rules.ready, report(await session.clean())));
  onTrustedMessage('cleanOnOpen', async () => {
    // Injected by this very popup click, the options may still be loading: wait for them.
    const loaded = await optionsReady;
    await reading;
    const load = await session.current();
    const now = cleaner.state();
    const wanted = loaded !== null && cleanOnOpenApplies(loaded, location.hostname) && load.verdict.isArticle;
    return now.cleaned || shownByReader || !wanted ? now : report(await session.clean());
  });
  onTrustedMessage('toggleClean', async () => (await rules.ready, cleaner.state().cleaned ? restore('all') : report(await session.toggle())));
  onTrustedMessage('restoreHidden', ({ data }) => restore(data.id));
  onTrustedMessage('startPicker', openPicker);
  onTrustedMessage('forgetSiteRule', async ({ data }) => (await rules.forget(data.selector), report(cleaner.state())));
  onTrustedMessage('highlightText', ({ data }) => highlightText(document, data.text));
  onTrustedMessage('highlightAll', ({ data }) => highlightAll(document, data.texts));
}

const realm = globalThis as unknown as Record<symbol, boolean | undefined>;
if (!realm[CONTENT_LOADED]) {
  realm[CONTENT_LOADED] = true;
  try {
    start();
  } catch (error) {
    console.debug('[Precis] content script could not start', error);
  }
}
