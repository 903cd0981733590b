/**
 * The popup's reading of the page: Readability on a clone, its output cut into chunks, each
 * marked when it sits in a sign-up box (found through the live twins of its nodes). Dropping the
 * clutter Readability keeps is the next, pure step (core/declutter/article-text.ts).
 */
import type { ReadChunk } from '../core/declutter/article-text.js';
import { articleChunks } from './article-chunks.js';
import type { PageMetadata } from './metadata.js';
import type { CapLimits } from './page-cap.js';
import { readWithReadability } from './readability-clone.js';
import { statedTitle } from './title.js';
import { foldedLength } from './block-text.js';

export interface ArticleReading {
  parsed: ReturnType<typeof readWithReadability>['parsed'];
  title: string | null;
  siteName: string | null;
  /** All of Readability's chunks, in reading order, for keptText (core/declutter/article-text.ts). */
  chunks: ReadChunk[];
  truncated: ReturnType<typeof readWithReadability>['truncated'];
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
      if (foldedLength(up.textContent ?? '') > SIGN_UP_BOX_CHARS) break;
      box = up;
    }
    if (box) boxes.push(box);
  }
  return boxes;
}

/** `trustHead` false: Readability's title, byline and date come from the <head>, which describes another article. */
export function readArticle(doc: Document, metadata: PageMetadata, limits?: CapLimits, trustHead = true): ArticleReading {
  // Found first: only a page with a sign-up box needs the clone's elements mapped to the live ones.
  const boxes = signUpBoxes(doc);
  const read = readWithReadability(doc, limits, trustHead, boxes.length > 0);
  const parsed = read.parsed;
  const { title, siteName } = statedTitle(doc, metadata, trustHead ? parsed : null);
  const inSignUpBox = (el: Element | null): boolean => !!el && boxes.some((box) => box.contains(el));
  // Plain data from here (no elements): the popup may clean the text (keptText) in its own process.
  const chunks = (read.content ? articleChunks(read.content) : []).map(({ element, ...chunk }): ReadChunk => ({
    ...chunk,
    inSignUpBox: boxes.length > 0 && inSignUpBox(read.liveOf(element)),
  }));
  return { parsed, title, siteName, chunks, truncated: read.truncated };
}
