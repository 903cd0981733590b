/**
 * Applies the declutter plan to the live page: hide (never delete), remember why, undo exactly,
 * and keep watching for late clutter while the page is cleaned.
 */
import type { DeclutterContext } from '../core/declutter/block-features.js';
import { SECONDARY_REASONS, type HiddenReason } from '../core/types.js';
import type { ArticleLocation } from '../extract/article-location.js';
import { leadingText } from '../extract/element-stats.js';
import { planPageClutter } from '../extract/page-plan.js';
import type { CleanState, HiddenItem } from '../shared/article-data.js';
import { HIDDEN_ATTR, RESTORED_ATTR, createHideStyle } from './hide-style.js';
import { type LateClutterObserver, observeLateClutter } from './late-clutter-observer.js';

interface HiddenEntry {
  element: Element;
  item: HiddenItem;
}

export interface PageCleaner {
  clean(): CleanState;
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

export function createPageCleaner(doc: Document, input: () => CleanerInput, hooks: CleanerHooks = {}): PageCleaner {
  const style = createHideStyle(doc);
  const entries: HiddenEntry[] = [];
  const onError = hooks.onError ?? ((e: unknown) => console.debug('[Precis]', e));
  let cleaned = false;
  let nextId = 1;
  let observer: LateClutterObserver | null = null;

  const state = (): CleanState => ({ cleaned, hidden: entries.map((e) => ({ ...e.item })) });

  const hide = (element: Element, reason: HiddenReason, rule: string): boolean => {
    if (entries.some((e) => e.element === element || e.element.contains(element))) return false;
    const id = nextId++;
    element.setAttribute(HIDDEN_ATTR, reason);
    // Visible words only: textContent would show the popup a widget's inline <script>.
    const text = leadingText(element, 200);
    entries.push({ element, item: { id, reason, rule, secondary: SECONDARY_REASONS.has(reason), text, restored: false } });
    return true;
  };

  const hideAll = (within?: Element[]): number => {
    const { context, article, allow } = input();
    let count = 0;
    for (const d of planPageClutter(doc, context, { article, within })) {
      if ((!allow || allow(d.reason)) && hide(d.element, d.reason, d.rule)) count += 1;
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
        style.detach();
        cleaned = false;
      }
      return state();
    },
    state,
  };
}
