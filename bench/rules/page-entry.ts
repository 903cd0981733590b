/**
 * Bundled into one IIFE and run inside a Chromium page by user-rules-chromium.ts: the content
 * script's own cleaner, the picker's own selector generator. Nothing here is a stand-in.
 */
import { judgePick } from '../../src/core/pick/pick-safety.js';
import { createPageCleaner } from '../../src/content/page-cleaner.js';
import { readPageAtLoad } from '../../src/extract/page-load.js';
import { createArticleGuard } from '../../src/extract/pick-guard.js';
import { chooseSelector } from '../../src/extract/pick-selector.js';

function input() {
  const load = readPageAtLoad(document, location.href);
  return { context: load.context, article: load.location };
}

/** What a reader points at: boxes, lists, frames; not a lone link or a word in bold. */
const WIDGET_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'NAV', 'FORM', 'IFRAME', 'FIGURE', 'HEADER', 'FOOTER', 'INS', 'TABLE']);
/** A widget has a few words at least, and is not half the page. */
const MIN_WIDGET_CHARS = 20;
const MAX_WIDGET_CHARS = 3000;

/** Up to `n` rules as the picker would save them, for widgets spread over the page (never article text). */
function selectorsFor(n: number): string[] {
  const { context, article } = input();
  const guard = createArticleGuard(document, article, context.title);
  const pickable = Array.from(document.body.querySelectorAll('*')).filter((el) => {
    if (!WIDGET_TAGS.has(el.tagName)) return false;
    const chars = (el.textContent ?? '').trim().length;
    return (el.tagName === 'IFRAME' || (chars >= MIN_WIDGET_CHARS && chars <= MAX_WIDGET_CHARS)) && judgePick(guard.measure(el)).ok;
  });
  const step = Math.max(1, Math.floor(pickable.length / n));
  const out = new Set<string>();
  for (let i = 0; i < pickable.length && out.size < n; i += step) {
    const el = pickable[i];
    if (el) out.add(chooseSelector(el, guard).selector);
  }
  return [...out];
}

const now = (): number => performance.now();

/**
 * Per repetition, on fresh cleaners: clean() without rules, clean() with the rules, and the rules
 * applied alone to a cleaned page (setUserRules: the work the rules add to a load). Order alternates.
 */
function time(selectors: string[], reps: number) {
  const out = { without: [] as number[], with: [] as number[], rulesAlone: [] as number[], hidden: 0 };
  const cached = input();
  for (let r = 0; r < reps; r++) {
    for (const withRules of r % 2 ? [false, true] : [true, false]) {
      const cleaner = createPageCleaner(document, () => cached);
      if (withRules) cleaner.setUserRules(selectors);
      const t = now();
      cleaner.clean();
      (withRules ? out.with : out.without).push(now() - t);
      if (withRules) out.hidden = cleaner.state().hidden.filter((h) => h.reason === 'user').length;
      cleaner.restore('all');
    }
    const cleaner = createPageCleaner(document, () => cached);
    cleaner.clean();
    const t = now();
    cleaner.setUserRules(selectors);
    out.rulesAlone.push(now() - t);
    cleaner.restore('all');
  }
  return out;
}

(globalThis as unknown as { __precisRulesBench: unknown }).__precisRulesBench = { selectorsFor, time };
