/**
 * Applies the declutter plan to the live page: hide (never delete), remember why, undo exactly,
 * and keep watching for late clutter while the page is cleaned. The plan runs in slices between
 * the page's own tasks (run-sliced.ts), so cleaning a huge page never blocks it.
 */
import type { DeclutterContext } from '../core/declutter/block-features.js';
import { SECONDARY_REASONS, type HiddenReason } from '../core/types.js';
import type { ArticleLocation } from '../extract/article-location.js';
import { leadingText } from '../extract/leading-text.js';
import { type ArticleGuard, createArticleGuard } from '../extract/pick-guard.js';
import { type ClutterDecision, planPageClutter, planPageClutterSteps } from '../extract/page-plan.js';
import type { CleanState, HiddenItem, HiddenKind } from '../shared/article-data.js';
import { HIDDEN_ATTR, RESTORED_ATTR, createHideStyle } from './hide-style.js';
import { type LateClutterObserver, observeLateClutter } from './late-clutter-observer.js';
import { runSliced } from './run-sliced.js';
import { matchUserRules } from './user-rules.js';

/** The rule id listed for blocks the reader's own saved rules hid. */
const USER_RULE_ID = 'user-rule';

interface HiddenEntry {
  element: Element;
  item: HiddenItem;
}

export interface PageCleaner {
  /** Resolves once the whole plan is applied; a second call while one runs shares it. */
  clean(): Promise<CleanState>;
  /** The same clean in one go, for Node tools (fuzz, benches) where there is no page to yield to. */
  cleanAtOnce(): CleanState;
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

/** Characters of a hidden block shown in the popup's list. */
const LIST_TEXT_CHARS = 200;

export function createPageCleaner(doc: Document, input: () => CleanerInput, hooks: CleanerHooks = {}): PageCleaner {
  const style = createHideStyle(doc);
  const entries: HiddenEntry[] = [];
  const hiddenElements = new Set<Element>();
  const onError = hooks.onError ?? ((e: unknown) => console.debug('[Precis]', e));
  let cleaned = false;
  let nextId = 1;
  let observer: LateClutterObserver | null = null;
  let cleaning: Promise<CleanState> | null = null;
  /** Bumped by "restore all": a plan still running for an older clean is dropped. */
  let generation = 0;
  let userRules: readonly string[] = [];
  /** Matches of the reader's rules left visible because they hold article text. */
  const spared = new Set<Element>();
  const guardFor = guardCache(doc);

  const state = (): CleanState => ({ cleaned, hidden: entries.map((e) => ({ ...e.item })), ...(spared.size ? { sparedByRules: spared.size } : {}) });

  /** Inside a block we already hid: O(depth) by climbing, not O(hidden) by comparing. */
  const underHidden = (element: Element): boolean => {
    for (let up: Element | null = element; up; up = up.parentElement) if (hiddenElements.has(up)) return true;
    return false;
  };

  /** `rule` is a saved selector of the reader's (for "Forget this rule"); `ruleId` says which rule of ours or theirs fired. */
  const hide = (element: Element, reason: HiddenKind, rule?: string, ruleId = USER_RULE_ID): boolean => {
    if (underHidden(element)) return false;
    const id = nextId++;
    element.setAttribute(HIDDEN_ATTR, reason);
    hiddenElements.add(element);
    // Visible words only: textContent would show the popup a widget's inline <script>.
    const text = leadingText(element, LIST_TEXT_CHARS);
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
      hiddenElements.delete(entry.element);
      entries.splice(i, 1);
    }
  };

  /** Late clutter: a few added roots, judged at once (the observer already runs in slices). */
  const hideLate = (roots: Element[]): number => {
    const { context, article, allow } = input();
    const within = roots.filter((r) => !underHidden(r));
    let count = hideByRules(userRules, within);
    for (const d of planPageClutter(doc, context, { article, within })) {
      if ((!allow || allow(d.reason)) && hide(d.element, d.reason, undefined, d.rule)) count += 1;
    }
    return count;
  };

  const cleanNow = async (): Promise<CleanState> => {
    const started = generation;
    const { context, article } = input();
    const decisions = await runSliced(planPageClutterSteps(doc, context, { article }), doc.defaultView ?? window);
    // The reader restored everything (or the page navigated) while the plan was running.
    if (started !== generation || cleaned) return state();
    return apply(decisions);
  };

  function apply(decisions: readonly ClutterDecision[]): CleanState {
    const { allow } = input();
    hideByRules(userRules);
    for (const d of decisions) if (!allow || allow(d.reason)) hide(d.element, d.reason, undefined, d.rule);
    style.attach();
    cleaned = true;
    observer = observeLateClutter(
      doc,
      (roots) => {
        const count = hideLate(roots);
        if (count > 0) hooks.onChange?.(state());
        return count;
      },
      onError,
    );
    return state();
  }

  return {
    clean() {
      if (!doc.body || cleaned) return Promise.resolve(state());
      cleaning ??= cleanNow().finally(() => {
        cleaning = null;
      });
      return cleaning;
    },
    cleanAtOnce() {
      if (!doc.body || cleaned) return state();
      const { context, article } = input();
      return apply(planPageClutter(doc, context, { article }));
    },
    restore(id) {
      for (const entry of entries) {
        if (id !== 'all' && entry.item.id !== id) continue;
        if (id === 'all') entry.element.removeAttribute(HIDDEN_ATTR);
        else entry.element.setAttribute(RESTORED_ATTR, '');
        entry.item.restored = true;
      }
      if (id === 'all') {
        generation += 1;
        observer?.stop();
        observer = null;
        for (const entry of entries) entry.element.removeAttribute(RESTORED_ATTR);
        entries.length = 0;
        hiddenElements.clear();
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
