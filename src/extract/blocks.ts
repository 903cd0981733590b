/**
 * The only place where the DOM meets declutter scoring: Element -> BlockFeatures.
 * Reads the page, never writes it.
 */
import type { BlockFeatures } from '../core/declutter/block-features.js';

const CANDIDATES = 'aside, section, div, nav, footer, form, ul, h1, h2, p';
const TEXT_CAP = 400;

export interface BlockCandidate {
  element: Element;
  features: BlockFeatures;
}

function featuresOf(el: Element, article: Element | null): BlockFeatures {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const links = Array.from(el.querySelectorAll('a'));
  const linkChars = links.reduce((n, a) => n + (a.textContent ?? '').replace(/\s+/g, ' ').trim().length, 0);
  const heading = el.querySelector('h1, h2, h3, h4, h5, h6')?.textContent ?? el.getAttribute('aria-label') ?? '';
  return {
    tag: el.tagName.toLowerCase(),
    attrs: [el.id, el.getAttribute('class'), el.getAttribute('role'), el.getAttribute('aria-label')].filter(Boolean).join(' ').toLowerCase(),
    heading: heading.replace(/\s+/g, ' ').trim(),
    text: text.slice(0, TEXT_CAP),
    textLength: text.length,
    linkDensity: text.length ? Math.min(1, linkChars / text.length) : 0,
    linkCount: links.length,
    insideArticle: article ? article.contains(el) && article !== el : false,
    containsArticle: article ? el.contains(article) : false,
  };
}

export function collectBlocks(root: ParentNode, article: Element | null): BlockCandidate[] {
  return Array.from(root.querySelectorAll(CANDIDATES)).map((element) => ({ element, features: featuresOf(element, article) }));
}
