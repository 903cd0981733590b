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
import { autoCleanApplies, type Options } from '../shared/options.js';
import { loadOptions } from '../shared/options-storage.js';
import { onTrustedMessage, sendMessage } from '../shared/protocol.js';
import type { CleanState } from '../shared/article-data.js';
import { highlightAll, highlightText } from './highlight.js';
import { startPageSession } from './page-session.js';

const LOADED = Symbol.for('precis.content-script');

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

  onTrustedMessage('getPageReport', async () => {
    const article = await session.article();
    return { ...session.cleaner.state(), article };
  });
  onTrustedMessage('cleanPage', async () => report(await session.clean()));
  onTrustedMessage('toggleClean', async () => report(await session.toggle()));
  onTrustedMessage('restoreHidden', ({ data }) => report(session.cleaner.restore(data.id)));
  onTrustedMessage('highlightText', ({ data }) => highlightText(document, data.text));
  onTrustedMessage('highlightAll', ({ data }) => highlightAll(document, data.texts));

  void Promise.all([loadOptions(), session.current()])
    .then(async ([loaded, load]) => {
      options = loaded;
      if (load.verdict.isArticle && autoCleanApplies(loaded, location.hostname)) report(await session.clean());
    })
    .catch(() => {
      // Storage can be unavailable in odd frames; then we simply do not auto-clean.
    });
}

const realm = globalThis as unknown as Record<symbol, boolean | undefined>;
if (!realm[LOADED]) {
  realm[LOADED] = true;
  try {
    start();
  } catch (error) {
    console.debug('[Precis] content script could not start', error);
  }
}
