/**
 * What the content script knows about the page it runs in, kept in this closure (never on
 * `window` or in names a page can clobber): the load-time pass for the current address, the
 * cleaner, and the popup's article. A single-page site that changes article (navigation-watch.ts)
 * gets a fresh pass, a fresh clean when the site auto-cleans, and no leftover of the old one.
 */
import type { HiddenReason } from '../core/types.js';
import { type PageAtLoad, readPageAtLoadSteps } from '../extract/page-load.js';
import type { ArticleDraft } from '../core/declutter/article-text.js';
import type { CleanState } from '../shared/article-data.js';
import { staleAfterNavigation } from './stale-metadata.js';
import { type PageCleaner, createPageCleaner } from './page-cleaner.js';
import { type NavigationWatch, pageAddress, watchNavigation } from './navigation-watch.js';
import { loadOnDemand } from './on-demand/load.js';
import { runSliced } from './run-sliced.js';

export interface SessionHooks {
  /** The kinds of clutter the reader wants hidden; null until the options are read. */
  allow(reason: HiddenReason): boolean;
  /** Whether this site is cleaned without a click (the options say so, and it is an article). */
  autoCleans(): boolean;
  onCleanChange(state: CleanState): void;
  /** The page now shows another article: what was cached about the old one is wrong. */
  onNavigated(): void;
}

interface Pass {
  address: string;
  load: PageAtLoad;
}

export interface PageSession {
  /** The load-time pass for the page as it is now (re-run when the address or the article changed). */
  current(): Promise<PageAtLoad>;
  /** The last finished pass, without waiting (null before the first one ends). */
  latest(): PageAtLoad | null;
  /** The article for the popup, as a draft (the popup cleans its text: core/declutter/article-text.ts). */
  article(): Promise<ArticleDraft>;
  clean(): Promise<CleanState>;
  toggle(): Promise<CleanState>;
  cleaner: PageCleaner;
}

export function startPageSession(doc: Document, hooks: SessionHooks): PageSession {
  const win = doc.defaultView ?? window;
  const firstTitle = doc.title;
  const firstAddress = pageAddress(win.location.href);
  let firstMetadata: PageAtLoad['metadata'] | null = null;
  let pass: Pass | null = null;
  let pending: Promise<Pass> | null = null;
  let articleCache: { load: PageAtLoad; article: ArticleDraft } | null = null;
  let watch: NavigationWatch | null = null;

  const cleaner = createPageCleaner(
    doc,
    () => ({ context: pass?.load.context ?? { title: null, siteName: null }, article: pass?.load.location, allow: hooks.allow }),
    { onChange: hooks.onCleanChange },
  );

  const runPass = (): Promise<Pass> => {
    const address = pageAddress(win.location.href);
    // After an in-page navigation, the <head> often still describes the first article.
    // (A re-render at the same address, hydration for one, keeps its head: nothing is stale then.)
    const adjust = firstMetadata && address !== firstAddress ? staleAfterNavigation(doc, firstMetadata, firstTitle) : undefined;
    pending ??= runSliced(readPageAtLoadSteps(doc, win.location.href, adjust), win)
      .then((load) => {
        firstMetadata ??= load.metadata;
        pass = { address, load };
        watch?.watchArticle(load.location.root);
        return pass;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };

  const isCurrent = (p: Pass | null): p is Pass =>
    !!p && p.address === pageAddress(win.location.href) && (!p.load.location.root || p.load.location.root.isConnected);

  const current = async (): Promise<PageAtLoad> => {
    if (pending) await pending;
    if (isCurrent(pass)) return pass.load;
    if (pass) await navigated();
    return (isCurrent(pass) ? pass : await runPass()).load;
  };

  /**
   * The new article is read; if it is another container than before, the old one's marks come
   * off and the new one is cleaned when the site auto-cleans (or the reader had cleaned the old).
   */
  const navigated = async (): Promise<void> => {
    const before = pass?.load.location.root ?? null;
    articleCache = null;
    hooks.onNavigated();
    const { load } = await runPass();
    // The same container still on the page (an address change while reading on): nothing to redo.
    if (before && before === load.location.root) return;
    const wasCleaned = cleaner.state().cleaned;
    if (wasCleaned) hooks.onCleanChange(cleaner.restore('all'));
    if (load.verdict.isArticle && (wasCleaned || hooks.autoCleans())) hooks.onCleanChange(await cleaner.clean());
  };

  const first = runPass();
  watch = watchNavigation(doc, () => {
    navigated().catch((error: unknown) => console.debug('[Precis] navigation', error));
  });
  void first.then(({ load }) => watch?.watchArticle(load.location.root));

  return {
    current,
    latest: () => pass?.load ?? null,
    async article() {
      // Readability is not part of content.js: it comes with the on-demand script (fetched, if
      // need be, while the load-time pass finishes).
      const [load, { draftArticle }] = await Promise.all([current(), loadOnDemand()]);
      if (articleCache?.load !== load) {
        // Readability runs only now, once per pass; it reuses the pass's metadata, paragraphs and verdict.
        articleCache = { load, article: draftArticle(doc, win.location.href, undefined, { metadata: load.metadata, paragraphs: load.paragraphs, headStale: load.headStale, verdict: load.verdict }) };
      }
      return articleCache.article;
    },
    async clean() {
      await current();
      return cleaner.clean();
    },
    async toggle() {
      await current();
      return cleaner.state().cleaned ? cleaner.restore('all') : cleaner.clean();
    },
    cleaner,
  };
}
