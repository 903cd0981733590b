/**
 * Scroll the page to a passage of the article and select it briefly, so a click on a summary
 * sentence or a quote in the popup shows where it is. Uses the selection: no DOM is added.
 * The passage may run across links and other inline elements, so it is looked for in the
 * page's text as a whole (whitespace collapsed), then mapped back to text nodes.
 */
import { HIDDEN_NOW } from './hide-style.js';

const PROBE_LENGTH = 60;
/** Text the reader cannot see: scripts, styles, and clutter hidden now (restored blocks show again). */
const UNSEEN = `script,style,noscript,template,${HIDDEN_NOW}`;

function visibleTextWalker(doc: Document): TreeWalker {
  return doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(UNSEEN) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
}

interface FlatText {
  text: string;
  /** For each character of `text`: the text node and the offset in it it came from. */
  nodes: Text[];
  offsets: number[];
}

function flatten(doc: Document): FlatText {
  const flat: FlatText = { text: '', nodes: [], offsets: [] };
  const chars: string[] = [];
  const walker = visibleTextWalker(doc);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const value = node.nodeValue ?? '';
    for (let i = 0; i < value.length; i++) {
      const space = /\s/.test(value[i] ?? '');
      if (space && (chars.length === 0 || chars[chars.length - 1] === ' ')) continue;
      chars.push(space ? ' ' : (value[i] ?? ''));
      flat.nodes.push(node);
      flat.offsets.push(i);
    }
  }
  flat.text = chars.join('');
  return flat;
}

export function highlightText(doc: Document, passage: string): boolean {
  const wanted = passage.replace(/\s+/g, ' ').trim();
  if (!wanted || !doc.body) return false;
  const flat = flatten(doc);
  let at = flat.text.indexOf(wanted);
  let length = wanted.length;
  if (at < 0) {
    // The page's text may differ near the end (a footnote mark, an edited word): find the start.
    length = Math.min(PROBE_LENGTH, wanted.length);
    at = flat.text.indexOf(wanted.slice(0, length));
  }
  const first = flat.nodes[at];
  const last = flat.nodes[at + length - 1];
  if (at < 0 || !first || !last) return false;
  const range = doc.createRange();
  range.setStart(first, flat.offsets[at] ?? 0);
  range.setEnd(last, (flat.offsets[at + length - 1] ?? 0) + 1);
  (first.parentElement ?? doc.body).scrollIntoView({ behavior: 'smooth', block: 'center' });
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  clearOurSelectionLater(doc, range);
  return true;
}

/** The passage stays selected long enough to be found by eye, then the page is as it was. */
const PASSAGE_SELECTION_MS = 4000;

function clearOurSelectionLater(doc: Document, range: Range): void {
  const text = range.toString();
  setTimeout(() => {
    const selection = doc.getSelection();
    // Only if the reader has not selected something else in the meantime.
    if (selection && selection.rangeCount === 1 && selection.toString() === text) selection.removeAllRanges();
  }, PASSAGE_SELECTION_MS);
}

const PARTY_HIGHLIGHT = 'precis-mentions';
const PARTY_HIGHLIGHT_MS = 8000;
let clearTimer: ReturnType<typeof setTimeout> | undefined;
let highlightSheet: CSSStyleSheet | null = null;

/**
 * Mark every occurrence of `texts` (a party's name and aliases) with the CSS Custom Highlight
 * API: ranges painted by the browser, no element added to the page, nothing to undo in the DOM.
 * Scrolls to the first one; the marks fade after a few seconds. Returns how many were marked.
 */
export function highlightAll(doc: Document, texts: string[]): number {
  const view = doc.defaultView;
  const needles = [...new Set(texts.map((s) => s.trim()).filter((s) => s.length >= 2))].sort((a, b) => b.length - a.length);
  if (!view || !doc.body || needles.length === 0 || !('highlights' in view.CSS)) return 0;
  const ranges = findRanges(doc, needles);
  ensureHighlightSheet(doc);
  view.CSS.highlights.set(PARTY_HIGHLIGHT, new view.Highlight(...ranges));
  ranges[0]?.startContainer.parentElement?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => view.CSS.highlights.delete(PARTY_HIGHLIGHT), PARTY_HIGHLIGHT_MS);
  return ranges.length;
}

function findRanges(doc: Document, needles: string[]): Range[] {
  const ranges: Range[] = [];
  const walker = visibleTextWalker(doc);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    const taken: Array<[number, number]> = [];
    for (const needle of needles) {
      for (let at = value.indexOf(needle); at >= 0; at = value.indexOf(needle, at + needle.length)) {
        // The longest name wins: "Okafor" inside an already marked "Mara Okafor" is not marked twice.
        if (taken.some(([s, e]) => at < e && at + needle.length > s)) continue;
        taken.push([at, at + needle.length]);
        const range = doc.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        ranges.push(range);
      }
    }
  }
  return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
}

function ensureHighlightSheet(doc: Document): void {
  if (highlightSheet && doc.adoptedStyleSheets.includes(highlightSheet)) return;
  highlightSheet = new (doc.defaultView ?? window).CSSStyleSheet();
  highlightSheet.replaceSync(`::highlight(${PARTY_HIGHLIGHT}) { background-color: #ffe066; color: #111; }`);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, highlightSheet];
}
