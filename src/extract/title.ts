import type { DeclutterContext } from '../core/declutter/block-features.js';
import { wordsKey } from '../core/declutter/chunk-clutter.js';
import type { PageMetadata } from './metadata.js';

/**
 * The headline once, without " - Site Name" / " | Site Name" that <title> tags append.
 */
export function cleanTitle(raw: string | null, siteName: string | null): string | null {
  if (!raw) return null;
  let title = raw.replace(/\s+/g, ' ').trim();
  if (siteName) {
    const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    title = title.replace(new RegExp(`\\s*[-–—|:·•]\\s*${escaped}\\s*$`, 'i'), '').replace(new RegExp(`^${escaped}\\s*[-–—|:·•]\\s*`, 'i'), '');
  }
  return title || null;
}

/** " - ", " | ", … and the bare "_" of Chinese sites ("标题_频道_网站"). */
const SEPARATOR = /\s+[-–—|·•:»]\s+|\s*_\s*/g;
const MAX_SITE_NAME = 40;

/**
 * "Headline - Site" when the page states no site name: if one side of the separator is the
 * page's own heading, the other side is the outlet. Keeps footer copies recognisable as copies.
 */
export function splitSiteName(raw: string | null, headings: readonly string[]): { title: string; siteName: string } | null {
  if (!raw) return null;
  const known = new Set(headings.map(wordsKey).filter(Boolean));
  const seps = Array.from(raw.matchAll(SEPARATOR));
  const last = seps.at(-1);
  const first = seps[0];
  if (last?.index !== undefined) {
    const head = raw.slice(0, last.index).trim();
    const tail = raw.slice(last.index + last[0].length).trim();
    if (known.has(wordsKey(head)) && tail.length <= MAX_SITE_NAME) return { title: head, siteName: tail };
  }
  if (first?.index !== undefined) {
    const head = raw.slice(0, first.index).trim();
    const tail = raw.slice(first.index + first[0].length).trim();
    if (known.has(wordsKey(tail)) && head.length <= MAX_SITE_NAME) return { title: tail, siteName: head };
    // "Headline_Channel_Site": the headline, then the section and the outlet.
    if (known.has(wordsKey(head)) && tail.length <= MAX_SITE_NAME) return { title: head, siteName: tail };
  }
  return null;
}

/** Pages without an h1 (a div soup) show the headline as a short line near the top: look that far. */
const TOP_ELEMENTS = 400;
const MAX_HEADLINE_LINE = 200;

function shortLines(doc: Document): string[] {
  const out: string[] = [];
  let seen = 0;
  // Preorder walk that stops after TOP_ELEMENTS elements (a whole-page query would list them all).
  for (let el = doc.body?.firstElementChild ?? null; el && seen < TOP_ELEMENTS; seen += 1) {
    if (el.childElementCount <= 2) {
      const text = el.textContent ?? '';
      if (text.length > 0 && text.length <= MAX_HEADLINE_LINE) out.push(text);
    }
    let next: Element | null = el.firstElementChild;
    for (let up: Element | null = el; !next && up && up !== doc.body; up = up.parentElement) next = up.nextElementSibling;
    el = next;
  }
  return out;
}

const h1Texts = (doc: Document): string[] => Array.from(doc.querySelectorAll('h1')).slice(0, 3).map((h) => h.textContent ?? '');

/** The headline and the outlet as the page states them (Readability's guesses come later, if at all). */
export function statedTitle(doc: Document, metadata: PageMetadata, parsed?: { title?: string | null; siteName?: string | null } | null): DeclutterContext {
  const stated = metadata.siteName ?? parsed?.siteName ?? null;
  const raw = metadata.headline ?? metadata.ogTitle ?? parsed?.title ?? doc.title ?? null;
  const split = stated ? null : (splitSiteName(raw, h1Texts(doc)) ?? splitSiteName(raw, shortLines(doc)));
  const siteName = stated ?? split?.siteName ?? null;
  const title = split ? split.title : cleanTitle(raw, siteName);
  // "Headline | Author" beside a stated site name: when the page's h1 is the part before the
  // separator, that part is the headline (else every copy of it would go unrecognised).
  const byline = stated && title ? splitSiteName(title, h1Texts(doc)) : null;
  return { title: byline ? byline.title : title, siteName };
}
