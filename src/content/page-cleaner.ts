/**
 * Applies the declutter plan to the live page: hide (never delete), remember why, undo exactly,
 * and keep watching for late clutter while the page is cleaned.
 */
import type { DeclutterContext } from '../core/declutter/block-features.js';
import { SECONDARY_REASONS, type HiddenReason } from '../core/types.js';
import type { ArticleLocation } from '../extract/article-location.js';
import { leadingText } from '../extract/element-stats.js';
import { type ArticleGuard, createArticleGuard } from '../extract/pick-guard.js';
import { planPageClutter } from '../extract/page-plan.js';
import type { CleanState, HiddenItem, HiddenKind } from '../shared/article-data.js';
import { HIDDEN_ATTR, RESTORED_ATTR, createHideStyle } from './hide-style.js';
import { type LateClutterObserver, observeLateClutter } from './late-clutter-observer.js';
import { matchUserRules } from './user-rules.js';

/** The rule id listed for blocks the reader's own saved rules hid. */
const USER_RULE_ID = 'user-rule';

interface HiddenEntry {
  element: Element;
  item: HiddenItem;
}

export interface PageCleaner {
  clean(): CleanState;
  restore(id: number | 'all'): CleanState;
  /**
   * The reader's saved selectors for this site ("Hidden by you"). While cleaned, a new one hides
   * its matches at once and a dropped one shows its blocks again, byte-identically.
   */
  setUserRules(selectors: readonly string[]): CleanState;
  state(): CleanState;
}

export interface CleanerInput {
  context: DeclutterContext;
  /** Where the article is (found once at load), so late clutter is judged without locating it again. */
  article?: ArticleLocation;
  /** The kinds of clutter the user wants hidden (options.hideKinds). */
  allow?: (reason: HiddenReason) => boolean;
}

/** The guard is built once per article location: re-measuring the article for every late batch would cost the page. */
function guardCache(doc: Document): (input: CleanerInput) => ArticleGuard {
  let last: { article: ArticleLocation | undefined; title: string | null; guard: ArticleGuard } | null = null;
  return (input) => {
    const article = input.article ?? { root: null, paragraphs: [] };
    if (!last || last.article !== input.article || last.title !== input.context.title) {
      last = { article: input.article, title: input.context.title, guard: createArticleGuard(doc, article, input.context.title) };
    }
    return last.guard;
  };
}

export interface CleanerHooks {
  /** Called when late clutter was hidden (to update the badge). */
  onChange?(state: CleanState): void;
  onError?(error: unknown): void;
}

export function createPageCleaner(doc: Document, input: () => CleanerInput, hooks: CleanerHooks = {}): PageCleaner {
  const style = createHideStyle(doc);
  const entries: HiddenEntry[] = [];
  const onError = hooks.onError ?? ((e: unknown) => console.debug('[Precis]', e));
  let cleaned = false;
  let nextId = 1;
  let observer: LateClutterObserver | null = null;
  let userRules: readonly string[] = [];
  /** Matches of the reader's rules left visible because they hold article text. */
  const spared = new Set<Element>();
  const guardFor = guardCache(doc);

  const state = (): CleanState => ({ cleaned, hidden: entries.map((e) => ({ ...e.item })), ...(spared.size ? { sparedByRules: spared.size } : {}) });

  /** `rule` is a saved selector of the reader's (for "Forget this rule"); `ruleId` says which rule of ours or theirs fired. */
  const hide = (element: Element, reason: HiddenKind, rule?: string, ruleId = USER_RULE_ID): boolean => {
    if (entries.some((e) => e.element === element || e.element.contains(element))) return false;
    const id = nextId++;
    element.setAttribute(HIDDEN_ATTR, reason);
    // Visible words only: textContent would show the popup a widget's inline <script>.
    const text = leadingText(element, 200);
    const secondary = reason !== 'user' && SECONDARY_REASONS.has(reason);
    entries.push({ element, item: { id, reason, ruleId, secondary, text, restored: false, ...(rule ? { rule } : {}) } });
    return true;
  };

  /** The reader's rules first, so a widget they named is listed as "Hidden by you". */
  const hideByRules = (selectors: readonly string[], within?: Element[]): number => {
    if (selectors.length === 0) return 0;
    const found = matchUserRules(doc, selectors, guardFor(input()), within);
    for (const element of found.skipped) spared.add(element);
    return found.matches.reduce((n, m) => n + (hide(m.element, 'user', m.selector) ? 1 : 0), 0);
  };

  /** Shows a rule's blocks again exactly as they were and drops them from the list. */
  const unhideRule = (selector: string): void => {
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i];
      if (entry?.item.rule !== selector) continue;
      entry.element.removeAttribute(HIDDEN_ATTR);
      entry.element.removeAttribute(RESTORED_ATTR);
      entries.splice(i, 1);
    }
  };

  const hideAll = (within?: Element[]): number => {
    const { context, article, allow } = input();
    let count = hideByRules(userRules, within);
    for (const d of planPageClutter(doc, context, { article, within })) {
      if ((!allow || allow(d.reason)) && hide(d.element, d.reason, undefined, d.rule)) count += 1;
    }
    return count;
  };

  return {
    clean() {
      if (!doc.body || cleaned) return state();
      hideAll();
      style.attach();
      cleaned = true;
      observer = observeLateClutter(
        doc,
        (roots) => {
          const count = hideAll(roots.filter((r) => !entries.some((e) => e.element.contains(r))));
          if (count > 0) hooks.onChange?.(state());
          return count;
        },
        onError,
      );
      return state();
    },
    restore(id) {
      for (const entry of entries) {
        if (id !== 'all' && entry.item.id !== id) continue;
        if (id === 'all') entry.element.removeAttribute(HIDDEN_ATTR);
        else entry.element.setAttribute(RESTORED_ATTR, '');
        entry.item.restored = true;
      }
      if (id === 'all') {
        observer?.stop();
        observer = null;
        for (const entry of entries) entry.element.removeAttribute(RESTORED_ATTR);
        entries.length = 0;
        spared.clear();
        style.detach();
        cleaned = false;
      }
      return state();
    },
    setUserRules(selectors) {
      const before = new Set(userRules);
      const now = new Set(selectors);
      userRules = [...now];
      if (!cleaned) return state();
      for (const selector of before) if (!now.has(selector)) unhideRule(selector);
      hideByRules(userRules.filter((s) => !before.has(s)));
      return state();
    },
    state,
  };
}
