/**
 * The labelled clutter pages (../shared/corpus/clutter/dev.json) run through the load-time plan on
 * linkedom: for each labelled widget, which of our decisions covers it and with what reason. The
 * scorer (../shared/tools/clutter-score) measures what a reader sees in Chromium but not why a
 * thing was hidden; this says whether the reason in the hidden list names the labelled kind.
 * linkedom runs no page scripts and has no layout, so its coverage figure is an approximation of
 * the scorer's; the reason figure is what it is for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../../../src/node/parse-page.js';
import { cleanAtLoad } from '../../../src/extract/page-load.js';
import type { HiddenReason } from '../../../src/core/types.js';

interface LabelItem {
  kind: string;
  selector: string;
  label: string;
}

interface LabelPage {
  id: string;
  path: string;
  servePath: string;
  article: boolean;
  clutter: LabelItem[];
}

export interface ItemCoverage {
  page: string;
  kind: string;
  label: string;
  selector: string;
  /** hidden: the item or an ancestor was hidden; partly: something inside it was. */
  state: 'hidden' | 'partly' | 'left' | 'unresolved';
  /** The reasons and rule ids of the decisions that cover it. */
  reasons: HiddenReason[];
  rules: string[];
}

/** Which of our reasons name each labelled kind (the corpus kinds are finer than the popup's). */
export const REASONS_FOR_KIND: Readonly<Record<string, readonly HiddenReason[]>> = {
  trending: ['trending'],
  related: ['related'],
  promo: ['promo'],
  newsletter: ['newsletter'],
  share: ['share', 'social'],
  ad: ['ad'],
  comments: ['comments'],
  cookie: ['cookie'],
  feedback: ['feedback'],
  'duplicate-title': ['duplicate-title'],
  'video-rail': ['video'],
  'author-bio': ['author-bio'],
  tags: ['tags'],
  breadcrumb: ['breadcrumb'],
  'print-email': ['print-email', 'share'],
};

const CHROME_KINDS = new Set(['nav', 'header', 'footer']);

export function labelPages(corpusDir: string): LabelPage[] | null {
  const file = join(corpusDir, 'clutter', 'dev.json');
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as LabelPage[];
}

function readPage(corpusDir: string, path: string): string {
  const raw = readFileSync(join(corpusDir, path));
  return (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

export function pageCoverage(corpusDir: string, page: LabelPage): ItemCoverage[] {
  const doc = parseDocument(readPage(corpusDir, page.path));
  const { decisions } = cleanAtLoad(doc, `http://127.0.0.1${page.servePath}`);
  return page.clutter
    .filter((c) => !CHROME_KINDS.has(c.kind))
    .map((c) => {
      const base = { page: page.id, kind: c.kind, label: c.label, selector: c.selector };
      let matches: Element[] = [];
      try {
        matches = Array.from(doc.querySelectorAll(c.selector));
      } catch {
        matches = [];
      }
      const el = matches.length === 1 ? matches[0] : undefined;
      if (!el) return { ...base, state: 'unresolved', reasons: [], rules: [] };
      // Innermost first: a widget listed with its own reason inside a hidden column keeps that reason.
      const over = decisions.filter((d) => d.element === el || d.element.contains(el)).sort((a, b) => (a.element.contains(b.element) ? 1 : b.element.contains(a.element) ? -1 : 0));
      const under = over.length ? [] : decisions.filter((d) => el.contains(d.element));
      const used = over.length ? over : under;
      return {
        ...base,
        state: over.length ? 'hidden' : under.length ? 'partly' : 'left',
        reasons: used.map((d) => d.reason),
        rules: used.map((d) => d.rule),
      };
    });
}

/** A hidden item's reason is right when the decision covering it names the labelled kind. */
export function reasonRight(item: ItemCoverage): boolean {
  const allowed = REASONS_FOR_KIND[item.kind] ?? [];
  return item.reasons.length > 0 && allowed.includes(item.reasons[0]!);
}
