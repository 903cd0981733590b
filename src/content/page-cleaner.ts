/**
 * Applies the declutter plan to the live page: hide (never delete), remember why, undo exactly,
 * and keep watching for late clutter while the page is cleaned. The plan runs in slices between
 * the page's own tasks (run-sliced.ts), so cleaning a huge page never blocks it.
 */
import type { DeclutterContext } from '../core/declutter/block-features.js';
import type { HiddenReason } from '../core/types.js';
import type { ArticleLocation } from '../extract/article-location.js';
import { leadingText } from '../extract/element-stats.js';
import { planPageClutter, planPageClutterSteps } from '../extract/page-plan.js';
import type { CleanState, HiddenItem } from '../shared/article-data.js';
import { HIDDEN_ATTR, RESTORED_ATTR, createHideStyle } from './hide-style.js';
import { type LateClutterObserver, observeLateClutter } from './late-clutter-observer.js';
import { runSliced } from './run-sliced.js';

interface HiddenEntry {
  element: Element;
  item: HiddenItem;
}

export interface PageCleaner {
  /** Resolves once the whole plan is applied; a second call while one runs shares it. */
  clean(): Promise<CleanState>;
  restore(id: number | 'all'): CleanState;
  state(): CleanState;
}

export interface CleanerInput {
  context: DeclutterContext;
  /** Where the article is (found once at load), so late clutter is judged without locating it again. */
  article?: ArticleLocation;
  /** The kinds of clutter the user wants hidden (options.hideKinds). */
  allow?: (reason: HiddenReason) => boolean;
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

  const state = (): CleanState => ({ cleaned, hidden: entries.map((e) => ({ ...e.item })) });

  /** Inside a block we already hid: O(depth) by climbing, not O(hidden) by comparing. */
  const underHidden = (element: Element): boolean => {
    for (let up: Element | null = element; up; up = up.parentElement) if (hiddenElements.has(up)) return true;
    return false;
  };

  const hide = (element: Element, reason: HiddenReason): boolean => {
    if (underHidden(element)) return false;
    const id = nextId++;
    element.setAttribute(HIDDEN_ATTR, reason);
    hiddenElements.add(element);
    // Visible words only: textContent would show the popup a widget's inline <script>.
    entries.push({ element, item: { id, reason, text: leadingText(element, LIST_TEXT_CHARS), restored: false } });
    return true;
  };

  const hideLate = (roots: Element[]): number => {
    const { context, article, allow } = input();
    let count = 0;
    for (const d of planPageClutter(doc, context, { article, within: roots.filter((r) => !underHidden(r)) })) {
      if ((!allow || allow(d.reason)) && hide(d.element, d.reason)) count += 1;
    }
    return count;
  };

  const cleanNow = async (): Promise<CleanState> => {
    const started = generation;
    const { context, article, allow } = input();
    const decisions = await runSliced(planPageClutterSteps(doc, context, { article }), doc.defaultView ?? window);
    // The reader restored everything (or the page navigated) while the plan was running.
    if (started !== generation || cleaned) return state();
    for (const d of decisions) if (!allow || allow(d.reason)) hide(d.element, d.reason);
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
  };

  return {
    clean() {
      if (!doc.body || cleaned) return Promise.resolve(state());
      cleaning ??= cleanNow().finally(() => {
        cleaning = null;
      });
      return cleaning;
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
        style.detach();
        cleaned = false;
      }
      return state();
    },
    state,
  };
}
