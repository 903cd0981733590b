/**
 * One reading of the page shared by extraction and the in-place plan: Readability on a clone,
 * its output cut into chunks, the clutter it keeps dropped, and the kept paragraphs mapped back
 * to their live elements (which the plan must never hide).
 */
import { keepChunks } from '../core/declutter/chunk-clutter.js';
import { articleChunks, type ChunkWithElement } from './article-chunks.js';
import type { PageMetadata } from './metadata.js';
import { readWithReadability } from './readability-clone.js';
import { cleanTitle, splitSiteName } from './title.js';

/** Shorter kept chunks (labels, datelines) do not decide where the article is. */
const PARAGRAPH_CHARS = 40;

export interface ArticleReading {
  parsed: ReturnType<typeof readWithReadability>['parsed'];
  title: string | null;
  siteName: string | null;
  /** Kept chunks, in reading order. */
  chunks: ChunkWithElement[];
  /** Live elements holding the kept text: never hidden in place. */
  liveParagraphs: Element[];
  /** The smallest live element holding the article's paragraphs, or null. */
  liveRoot: Element | null;
}

function commonAncestor(elements: readonly Element[]): Element | null {
  let root: Element | null = elements[0] ?? null;
  for (const el of elements.slice(1)) {
    while (root && !root.contains(el)) root = root.parentElement;
    if (!root) return null;
  }
  return root;
}

const SIGN_UP_BOX_CHARS = 300;
const SIGN_UP_DEPTH = 4;

/**
 * Sign-up boxes on the live page: the largest small ancestor (a few levels up, at most 300
 * characters) of each email field. Readability drops the <input> but keeps the pitch.
 */
function signUpBoxes(doc: Document): Element[] {
  const boxes: Element[] = [];
  for (const input of Array.from(doc.querySelectorAll('input[type="email"]'))) {
    let box: Element | null = null;
    let up = input.parentElement;
    for (let depth = 0; up && up !== doc.body && depth < SIGN_UP_DEPTH; depth += 1, up = up.parentElement) {
      if ((up.textContent ?? '').replace(/\s+/g, ' ').trim().length > SIGN_UP_BOX_CHARS) break;
      box = up;
    }
    if (box) boxes.push(box);
  }
  return boxes;
}

export function readArticle(doc: Document, metadata: PageMetadata): ArticleReading {
  const read = readWithReadability(doc);
  const parsed = read.parsed;
  const stated = metadata.siteName ?? parsed?.siteName ?? null;
  const raw = metadata.headline ?? metadata.ogTitle ?? parsed?.title ?? doc.title ?? null;
  const split = stated ? null : splitSiteName(raw, Array.from(doc.querySelectorAll('h1')).slice(0, 3).map((h) => h.textContent ?? ''));
  const siteName = stated ?? split?.siteName ?? null;
  const title = split ? split.title : cleanTitle(raw, siteName);
  const all = read.content ? articleChunks(read.content) : [];
  const keep = keepChunks(all, { title, siteName });
  const boxes = signUpBoxes(doc);
  const inSignUpBox = (el: Element | null): boolean => !!el && boxes.some((box) => box.contains(el));
  const chunks = all.filter((c, i) => keep[i] && !(boxes.length && inSignUpBox(read.liveOf(c.element))));
  const live = new Set<Element>();
  for (const c of chunks) {
    const el = read.liveOf(c.element);
    if (el) live.add(el);
  }
  const liveParagraphs = [...live];
  const anchors = chunks.filter((c) => c.text.length >= PARAGRAPH_CHARS).map((c) => read.liveOf(c.element)).filter((e): e is Element => !!e);
  return { parsed, title, siteName, chunks, liveParagraphs, liveRoot: commonAncestor(anchors.length ? anchors : liveParagraphs) };
}
