/**
 * Applies the declutter plan to the live page: hide (never delete), remember why, undo exactly.
 */
import type { HiddenReason } from '../core/types.js';
import type { CleanState, HiddenItem } from '../shared/article-data.js';
import { planPageClutter } from '../extract/page-plan.js';
import { HIDDEN_ATTR, RESTORED_ATTR, createHideStyle } from './hide-style.js';

interface HiddenEntry {
  element: Element;
  item: HiddenItem;
}

export interface PageCleaner {
  clean(): CleanState;
  restore(id: number | 'all'): CleanState;
  state(): CleanState;
}

export function createPageCleaner(doc: Document, context: { title: string | null; siteName: string | null }): PageCleaner {
  const style = createHideStyle(doc);
  const entries: HiddenEntry[] = [];
  let cleaned = false;
  let nextId = 1;

  const state = (): CleanState => ({ cleaned, hidden: entries.map((e) => ({ ...e.item })) });

  const hide = (element: Element, reason: HiddenReason): void => {
    if (entries.some((e) => e.element === element || e.element.contains(element))) return;
    const id = nextId++;
    element.setAttribute(HIDDEN_ATTR, reason);
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
    entries.push({ element, item: { id, reason, text, restored: false } });
  };

  return {
    clean() {
      if (!doc.body) return state();
      for (const decision of planPageClutter(doc, context)) hide(decision.element, decision.reason);
      style.attach();
      cleaned = true;
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
