/**
 * Whole widgets, not fragments: after the blocks were judged one by one, a container whose every
 * visible child is hidden is hidden itself (no empty shell, no orphan heading left behind), and a
 * teaser list hidden on its own takes its heading with it. A container that holds any part of the
 * article (a paragraph, the headline, a dateline, media) is never lifted: the widget inside it goes.
 */
import { reasonForLabel } from '../core/declutter/label-match.js';
import type { HiddenReason } from '../core/types.js';
import type { ArticleLocation } from './article-location.js';
import { foldedLength } from './block-text.js';

export interface Decision {
  element: Element;
  reason: HiddenReason;
  rule: string;
}

/** A heading left beside a hidden widget is its label when it is this short. */
const MAX_ORPHAN_LABEL_CHARS = 90;
const MAX_PLAIN_HEADING_CHARS = 40;
/** Widgets whose heading goes with them (an ad or a share bar has no heading of its own). */
const HEADED = new Set<HiddenReason>(['related', 'trending', 'promo', 'video', 'newsletter', 'comments']);
const MEDIA = 'img, picture, video, iframe, svg';
/** A picture or frame weighs like a short line of text when choosing a mixed widget's main reason. */
const MEDIA_WEIGHT = 40;
/** Climbing stops here: enough for any widget's wrappers, and it bounds the work per decision. */
const MAX_LIFTS = 6;

const NOT_SHOWN = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|LINK|META|BR|HR)$/i;

/** Lengths measured during one liftWidgets call (the same kids are looked at round after round). */
let lengths = new WeakMap<Element, number>();

/** Characters a reader could see (a widget's inline <style> or <script> is not text). */
function visibleLength(el: Element): number {
  const known = lengths.get(el);
  if (known !== undefined) return known;
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) n += foldedLength(c.nodeValue ?? '');
    else if (c.nodeType === 1 && !NOT_SHOWN.test((c as Element).tagName)) n += visibleLength(c as Element);
  }
  lengths.set(el, n);
  return n;
}

/**
 * What the plan's walks already know (page-plan.ts), so the climb does not walk the page again:
 * the article's paragraphs with all their ancestors, and the text length the stats walk measured.
 */
export interface KnownPage {
  holders: ReadonlySet<Element>;
  /** The stats walk's text length, undefined for an element it did not measure. */
  textLength: (el: Element) => number | undefined;
}

let known: KnownPage | undefined;

function shows(el: Element): boolean {
  if (NOT_SHOWN.test(el.tagName)) return false;
  // Text the stats walk counted is text a reader sees (its walk skips more than visibleLength's),
  // so a measured length above 0 answers without walking the element's subtree.
  if ((known?.textLength(el) ?? 0) > 0) return true;
  return visibleLength(el) > 0 || !!el.matches(MEDIA) || !!el.querySelector(MEDIA);
}

/** A short heading (not the headline) or a label line: what a widget's list leaves behind. */
function isOrphanLabel(el: Element): boolean {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_ORPHAN_LABEL_CHARS || el.querySelector(`${MEDIA}, time, h1`) || el.tagName.toUpperCase() === 'H1') return false;
  if (reasonForLabel(text)) return true;
  // An unlabelled heading is the widget's only when short ("Latest Apple Headlines"); "2 comments on <the post>" is the page's.
  return (/^H[2-6]$/i.test(el.tagName) || el.getAttribute('role') === 'heading') && text.length <= MAX_PLAIN_HEADING_CHARS;
}

/** Ads and promotions: their picture or frame goes with their label ("Advertisement" over a frame). */
const PAID = new Set<HiddenReason>(['ad', 'promo']);

/** A picture or frame with no text of its own. */
function isBareMedia(el: Element, framesOnly: boolean): boolean {
  const media = framesOnly ? 'iframe' : MEDIA;
  return visibleLength(el) === 0 && (el.matches(media) || !!el.querySelector(media));
}

function holdsArticle(el: Element, article: ArticleLocation): boolean {
  if (article.root && (el.contains(article.root) || el === article.root)) return true;
  // (A paragraph is inside `el` exactly when `el` is that paragraph or one of its ancestors.)
  return known ? known.holders.has(el) : article.paragraphs.some((p) => el.contains(p));
}

function ownText(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && (c.nodeValue ?? '').trim()) return true;
  return false;
}

/** Recirculation kinds: an unlabelled teaser list is "related" by default, its widget's label says which. */
const RECIRCULATION = new Set<HiddenReason>(['related', 'trending', 'promo', 'video']);
/** Rules that name a widget by its label, not by its shape. */
const LABEL_RULES = new Set(['label-whole', 'label-heading', 'label-only']);

/**
 * The kind the widget's own label names ("Most Read" over a list of teasers: trending), when every
 * hidden child is recirculation: the label is evidence, a teaser list's default kind is a guess.
 * The label is the first thing shown (a "Video" badge on one tile names the tile, not the list).
 */
function labelReason(first: Element | undefined, firstDecision: Decision | undefined, widgets: readonly Decision[]): HiddenReason | null {
  if (!first || !widgets.every((d) => RECIRCULATION.has(d.reason))) return null;
  if (firstDecision) return LABEL_RULES.has(firstDecision.rule) ? firstDecision.reason : null;
  // Only a short first child can be a label (and reading a long one's text would cost a walk of it).
  if (visibleLength(first) > MAX_ORPHAN_LABEL_CHARS) return null;
  const named = reasonForLabel((first.textContent ?? '').replace(/\s+/g, ' ').trim());
  return named && RECIRCULATION.has(named) ? named : null;
}

/** The reason of the biggest hidden child: the widget is mostly that. */
function mainReason(children: readonly Decision[]): HiddenReason {
  let best = children[0]!;
  let size = -1;
  for (const d of children) {
    const n = visibleLength(d.element) + MEDIA_WEIGHT * d.element.querySelectorAll(MEDIA).length;
    if (n > size) {
      size = n;
      best = d;
    }
  }
  return best.reason;
}

export function liftWidgets(decisions: Decision[], article: ArticleLocation, body: Element, page?: KnownPage): Decision[] {
  if (!decisions.length) return decisions;
  lengths = new WeakMap();
  known = page;
  try {
    return lift(decisions, article, body);
  } finally {
    known = undefined;
  }
}

function lift(decisions: Decision[], article: ArticleLocation, body: Element): Decision[] {
  let out = [...decisions];
  const byElement = (): Map<Element, Decision> => new Map(out.map((d) => [d.element, d]));
  for (let round = 0; round < MAX_LIFTS; round += 1) {
    const hidden = byElement();
    const parents = new Set<Element>();
    for (const d of out) {
      const p = d.element.parentElement;
      if (p && p !== body && p !== body.parentElement) parents.add(p);
    }
    let changed = false;
    for (const parent of parents) {
      if (hidden.has(parent) || ownText(parent) || holdsArticle(parent, article)) continue;
      // A hidden child counts even when empty: it was judged for the box it keeps (an ad slot's blank rectangle).
      const kids = Array.from(parent.children).filter((k) => hidden.has(k) || shows(k));
      const covered = kids.map((k) => hidden.get(k));
      const widgets = covered.filter((d): d is Decision => !!d);
      if (!widgets.length) continue;
      const leftovers = kids.filter((_, i) => !covered[i]);
      // Every visible child hidden, or only the widget's label left beside a headed widget.
      const headed = widgets.some((d) => HEADED.has(d.reason));
      const paid = widgets.some((d) => PAID.has(d.reason));
      // What a widget leaves beside it: its label, or (for an ad or a promotion) its picture or frame.
      // Inside the article only a frame: a bare picture there may be the story's own.
      const inArticle = !!article.root && article.root.contains(parent);
      const belongs = (el: Element): boolean => (headed && isOrphanLabel(el)) || (paid && isBareMedia(el, inArticle));
      if (leftovers.length > 1 || (leftovers.length === 1 && !belongs(leftovers[0]!))) continue;
      const named = labelReason(kids[0], covered[0], widgets);
      const lifted: Decision = { element: parent, reason: named ?? mainReason(widgets), rule: 'widget-shell' };
      // Widgets of one kind become one entry (a labelled list's teasers are of its label's kind);
      // widgets of several kinds stay listed each with its own reason (the reader sees why each
      // went), and the shell around them goes too.
      const inside = out.filter((d) => parent.contains(d.element));
      if (inside.every((d) => d.reason === lifted.reason || (named && d.rule === 'teaser-list'))) out = out.filter((d) => !parent.contains(d.element));
      out.push(lifted);
      hidden.set(parent, lifted);
      changed = true;
    }
    if (!changed) break;
  }
  return out;
}
