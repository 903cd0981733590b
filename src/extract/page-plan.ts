/**
 * Which blocks of a page to hide, and why: DOM in, decisions out. Both the content script (which
 * applies them to the live page) and the CLI/bench (which compute `visibleText` on linkedom) call
 * this, so what the benchmark measures is what the reader gets.
 */
import type { DeclutterContext } from '../core/declutter/block-features.js';
import { planDeclutter } from '../core/declutter/plan.js';
import type { ArticleLocation } from './article-location.js';
import { collectBlocksSteps } from './blocks.js';
import type { ElementStats } from './element-stats.js';
import { locateLiveArticleSteps } from './live-article.js';
import { foldedLength } from './block-text.js';
import { runNow, type Steps } from './steps.js';
import { type Decision, liftWidgets } from './widget-shells.js';

/** An element to hide, why, and the id of the rule that decided (core/declutter/block-rules.ts or a plan step). */
export type ClutterDecision = Decision;

export interface PlanOptions {
  /** Where the article is, when the caller already knows (saves a second walk of the page). */
  article?: ArticleLocation;
  /** Only judge blocks inside these roots (late clutter added after the first clean). */
  within?: readonly Element[];
}

const RECIRCULATION = new Set(['related', 'trending', 'promo', 'video']);
const LIST_TAGS = new Set(['UL', 'OL', 'DL', 'NAV', 'DIV', 'SECTION']);

/**
 * A label-only pick ("Related" in its own <h3>) takes the link list right after it: on pages
 * without a wrapper around the widget, the heading and its list are siblings.
 */
function siblingList(decision: ClutterDecision, holdsArticle: ReadonlySet<Element>): Element | null {
  const next = decision.element.nextElementSibling;
  if (!next || !LIST_TAGS.has(next.tagName.toUpperCase())) return null;
  if (!/^H[1-6]$/i.test(decision.element.tagName) || decision.reason === 'duplicate-title') return null;
  if (holdsArticle.has(next)) return null;
  const links = Array.from(next.querySelectorAll('a')).reduce((n, a) => n + (a.textContent ?? '').trim().length, 0);
  const text = foldedLength(next.textContent ?? '');
  return text > 0 && links / text >= 0.5 ? next : null;
}


/** Nested entries before the entries around them, so each is hidden (and listed) with its own reason. */
function innermostFirst(decisions: ClutterDecision[]): ClutterDecision[] {
  // Depth = how many other decisions sit on this element or around it: counted by climbing the
  // ancestors (O(decisions x depth)), not by a contains() per pair, which was quadratic on the
  // content script's path for pages with thousands of hidden boxes.
  const onElement = new Map<Element, number>();
  for (const d of decisions) onElement.set(d.element, (onElement.get(d.element) ?? 0) + 1);
  const depth = (d: ClutterDecision): number => {
    let n = (onElement.get(d.element) ?? 1) - 1;
    for (let up = d.element.parentElement; up; up = up.parentElement) n += onElement.get(up) ?? 0;
    return n;
  };
  return decisions.map((d) => ({ d, n: depth(d) })).sort((a, b) => b.n - a.n).map((x) => x.d);
}

/**
 * The article's paragraphs and all their ancestors, once: "does this box hold article text?" in
 * O(1), where a contains() per paragraph per decision was quadratic on pages with many of both.
 */
function articleHolders(article: ArticleLocation): Set<Element> {
  const holders = new Set<Element>();
  for (const p of article.paragraphs) {
    // Above an element already in the set, every ancestor is too.
    for (let up: Element | null = p; up && !holders.has(up); up = up.parentElement) holders.add(up);
  }
  return holders;
}

export function planPageClutter(doc: Document, context: DeclutterContext, options: PlanOptions = {}): ClutterDecision[] {
  return runNow(planPageClutterSteps(doc, context, options));
}

/** Blocks judged between two pauses: the rules run a few regular expressions per block. */
const JUDGE_BATCH = 64;

/** The same, in steps the content script runs between the page's own tasks. */
export function* planPageClutterSteps(doc: Document, context: DeclutterContext, options: PlanOptions = {}): Steps<ClutterDecision[]> {
  if (!doc.body) return [];
  const article = options.article ?? (yield* locateLiveArticleSteps(doc)).location;
  const roots = options.within ?? [doc.body];
  const holdsArticle = articleHolders(article);
  const out: ClutterDecision[] = [];
  // Covered = it or an ancestor is already picked: a climb (O(depth)) instead of a contains() per
  // decision, which made a page with thousands of hidden boxes quadratic.
  const picked = new Map<Element, ClutterDecision>();
  const coveredBy = (el: Element): ClutterDecision | undefined => {
    for (let up: Element | null = el; up; up = up.parentElement) {
      const d = picked.get(up);
      if (d) return d;
    }
    return undefined;
  };
  // Is `el` already inside an inner decision under `outer` (one entry per widget)? A climb from
  // `el` to `outer` (O(depth)), where a scan of every decision so far made columns of many
  // widgets quadratic. Each element holds at most one decision (`pick` never picks a covered one).
  const coveredBy2 = (outer: ClutterDecision, el: Element): boolean => {
    for (let up: Element | null = el; up && up !== outer.element; up = up.parentElement) {
      const d = picked.get(up);
      if (d && d !== outer) return true;
    }
    return false;
  };
  const pick = (decision: ClutterDecision): void => {
    out.push(decision);
    picked.set(decision.element, decision);
  };
  // The text lengths each root's stats walk measured, for the widget climb (liftWidgets).
  const measured: Array<Map<Element, ElementStats>> = [];
  for (const root of roots) {
    const blocks = yield* collectBlocksSteps(root, article, context, (stats) => measured.push(stats));
    for (let start = 0; start < blocks.length; start += JUDGE_BATCH) {
      const batch = blocks.slice(start, start + JUDGE_BATCH);
      for (const decision of planDeclutter(batch.map((b) => b.features))) {
        const block = batch[decision.index];
        if (!block) continue;
        const outer = coveredBy(block.element);
        // An unlabelled teaser list inside a recirculation widget is that widget's list, of its kind.
        if (outer && decision.rule === 'teaser-list' && RECIRCULATION.has(outer.reason) && !block.features.heading && !block.features.leadLabel) continue;
        // An unlabelled teaser list's kind is a guess from its shape: inside a widget whose label names the kind ("YouTube" over videos), the label wins.
        if (outer && outer.rule === 'label-heading' && decision.rule === 'teaser-list' && !block.features.heading) continue;
        // Inside a hidden box, a widget of another kind is listed with its own reason (a "Support us"
        // box holding a row of follow icons: the icons are a follow-us row, whatever hid the box).
        if (outer && !(outer.element !== block.element && decision.reason !== outer.reason && !coveredBy2(outer, block.element))) continue;
        const chosen = { element: block.element, reason: decision.reason, rule: decision.rule };
        pick(chosen);
        const list = siblingList(chosen, holdsArticle);
        if (list && !coveredBy(list)) pick({ element: list, reason: chosen.reason, rule: 'heading-list' });
      }
      yield;
    }
  }
  const textLength = (el: Element): number | undefined => {
    for (const stats of measured) {
      const s = stats.get(el);
      if (s) return s.textLength;
    }
    return undefined;
  };
  return innermostFirst(liftWidgets(out, article, doc.body, { holders: holdsArticle, textLength }));
}
