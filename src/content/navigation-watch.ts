/**
 * Single-page sites change article without a page load: history.pushState / replaceState, the
 * back button (popstate), a new <body>, or a new article container inside the old one. The
 * content script lives in an isolated world and cannot wrap the page's `history`, so it listens
 * for what the browser itself reports: the Navigation API's `currententrychange` (fired for
 * pushState and replaceState too), popstate, and DOM changes; where the Navigation API is
 * missing, a cheap address check once a second stands in for it.
 */

/** A burst of changes (the URL first, then the new body, then its pictures) is one navigation. */
export const SETTLE_MS = 250;
/** Address check where the Navigation API is missing: a string comparison per second. */
const URL_POLL_MS = 1000;

export type NavigationCause = 'url' | 'body' | 'article';

export interface NavigationWatch {
  /** The article container to watch: its removal from the page is a navigation too. */
  watchArticle(root: Element | null): void;
  stop(): void;
}

/** The address without its #fragment: jumping to a heading is not a new article. */
export const pageAddress = (href: string): string => href.split('#')[0] ?? href;

interface NavigationLike extends EventTarget {
  currentEntry?: unknown;
}

export function watchNavigation(doc: Document, onNavigate: (cause: NavigationCause) => void): NavigationWatch {
  const win = doc.defaultView ?? window;
  let address = pageAddress(win.location.href);
  let body = doc.body;
  let article: Element | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cause: NavigationCause | null = null;

  const fire = (why: NavigationCause): void => {
    cause ??= why;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const c = cause ?? why;
      cause = null;
      address = pageAddress(win.location.href);
      body = doc.body;
      onNavigate(c);
    }, SETTLE_MS);
  };

  const checkAddress = (): void => {
    if (pageAddress(win.location.href) !== address) fire('url');
  };
  const checkDom = (): void => {
    if (doc.body !== body) fire('body');
    else if (article && !article.isConnected) {
      article = null;
      fire('article');
    }
  };

  win.addEventListener('popstate', checkAddress);
  const navigation = (win as unknown as { navigation?: NavigationLike }).navigation;
  if (navigation) navigation.addEventListener('currententrychange', checkAddress);
  const poll = navigation ? undefined : setInterval(checkAddress, URL_POLL_MS);

  // The callback only compares two references: watching costs the page next to nothing.
  const rootObserver = new win.MutationObserver(checkDom);
  rootObserver.observe(doc.documentElement, { childList: true });
  let bodyObserver: MutationObserver | null = null;

  return {
    watchArticle(root) {
      article = root;
      bodyObserver?.disconnect();
      bodyObserver = null;
      if (!root || !doc.body) return;
      bodyObserver = new win.MutationObserver(checkDom);
      bodyObserver.observe(doc.body, { childList: true, subtree: true });
    },
    stop() {
      win.removeEventListener('popstate', checkAddress);
      navigation?.removeEventListener('currententrychange', checkAddress);
      clearInterval(poll);
      clearTimeout(timer);
      rootObserver.disconnect();
      bodyObserver?.disconnect();
    },
  };
}
