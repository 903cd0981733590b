/**
 * Cleans Readability's article text: it keeps "Related" lists, ad labels, captions and copies of
 * the headline on many sites. Works on plain TextChunks (one per paragraph / list item / heading),
 * so it is pure and table-testable; src/extract/article-chunks.ts builds the chunks.
 */
import { reasonForLabel } from './label-match.js';
import { isKeeperLine } from './keeper-lines.js';
import { LINE_PATTERNS } from './line-patterns.js';
import { isShareText } from './share-text.js';
import { replaceNonWords } from '../text/word-chars.js';

export interface TextChunk {
  text: string;
  tag: string;
  /** Share of the chunk's characters inside links. */
  linkDensity: number;
  inFigure: boolean;
  inList: boolean;
  /** Class names and ids of the chunk's block and its ancestors in the output, lower case. */
  attrs: string;
  /** 1-6 for headings, else 0. */
  headingLevel: number;
}

export interface ChunkContext {
  title: string | null;
  siteName: string | null;
}

const SHORT_LINE = 250;
const CAPTION_ATTRS = /(^|[\s_-])(caption|captions|credit|credits|image-credit|photo-credit|copyright|wp-caption-text|media-caption|byline|dateline|timestamp|share|sharing|social|related|newsletter|advert|advertisement|ad)($|[\s_-])/;
/** Labels whose following list belongs to the widget they name. */
const LIST_LABELS = new Set(['related', 'trending', 'promo', 'newsletter', 'comments', 'social', 'share', 'feedback']);
/** Labels that, opening a short line, make the whole line that widget. */
const LEAD_LABELS = new Set(['feedback', 'newsletter', 'comments', 'promo', 'audio', 'share', 'social', 'ad']);
/** Labels followed by one short line that belongs to the same box. */
const PITCH_LABELS = new Set(['newsletter', 'comments', 'feedback', 'promo']);

/** Words only, lower case: two copies of a headline compare equal whatever their punctuation and case. */
export const wordsKey = (s: string): string => replaceNonWords(s.toLowerCase(), ' ').trim();

/** "Home › World › <the headline>": a breadcrumb trail ending in the headline. */
function isBreadcrumbToTitle(text: string, context: ChunkContext): boolean {
  if (!context.title || text.length > context.title.length + 80) return false;
  const parts = text.split(/\s*[›»>|/·•]\s*/);
  return parts.length >= 2 && isTitleCopy(parts[parts.length - 1] ?? '', context);
}

export function isTitleCopy(text: string, context: ChunkContext): boolean {
  if (!context.title) return false;
  const t = wordsKey(text);
  const title = wordsKey(context.title);
  if (!title || !t) return false;
  if (t === title) return true;
  const site = context.siteName ? wordsKey(context.siteName) : '';
  return !!site && (t === `${title} ${site}` || t === `${site} ${title}`);
}

function isByline(text: string): boolean {
  return text.length < 120 && /^([Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or)\s+\p{Lu}[^!?]*$/u.test(text) && !/\breporting\b/i.test(text);
}

/** Why a single chunk is furniture (ignoring its neighbours), or null. */
export function chunkClutter(c: TextChunk, context: ChunkContext): string | null {
  if (isTitleCopy(c.text, context) || isBreadcrumbToTitle(c.text, context)) return 'duplicate-title';
  if (c.text.length > SHORT_LINE) return null;
  if (isKeeperLine(c.text) && !isByline(c.text)) return null;
  if (isByline(c.text)) return 'byline';
  if (c.inFigure || CAPTION_ATTRS.test(c.attrs)) return 'caption';
  const label = reasonForLabel(c.text);
  if (label) return label;
  // "Help us improve. Was this article useful?": a short box that opens with a widget label.
  const lead = c.text.length < 160 ? c.text.split(/(?<=[.!?:])\s/)[0] : undefined;
  const leadLabel = lead && lead !== c.text ? reasonForLabel(lead) : null;
  if (leadLabel && LEAD_LABELS.has(leadLabel)) return leadLabel;
  if (isShareText(c.text)) return 'share';
  for (const [re, kind] of LINE_PATTERNS) if (re.test(c.text)) return kind;
  if (c.linkDensity >= 0.9 && c.inList && c.text.length < 150) return 'link-list';
  // A paragraph that is one link and nothing else is a teaser for another page.
  if (c.linkDensity >= 0.9 && c.headingLevel === 0 && c.text.length < 200 && !/[.!?]['"”’]?$/.test(c.text) && !/^(https?:\/\/|www\.)/i.test(c.text)) return 'link-line';
  return null;
}

const isFragment = (c: TextChunk): boolean => c.linkDensity >= 0.5 && c.text.length < 30 && !/[.!?:;…。]$/.test(c.text) && c.headingLevel === 0;

/** Keep flags, one per chunk. Neighbours matter: a "Related" heading takes its list with it. */
export function keepChunks(chunks: readonly TextChunk[], context: ChunkContext): boolean[] {
  const keep = chunks.map((c) => chunkClutter(c, context) === null);
  for (let i = 0; i < chunks.length; i += 1) {
    const c = chunks[i]!;
    const label = c.text.length <= 90 ? reasonForLabel(c.text) : null;
    if (!label || !LIST_LABELS.has(label)) continue;
    // A sign-up or comments box is a label and a one-line pitch ("Join the discussion…").
    const pitch = chunks[i + 1];
    // (A contributor line right after the box is the article's, never the box's pitch.)
    if (PITCH_LABELS.has(label) && pitch && pitch.headingLevel === 0 && pitch.text.length < 160 && !isKeeperLine(pitch.text)) keep[i + 1] = false;
    // Drop what follows the label while it looks like the widget's list, up to the next heading.
    for (let j = i + 1; j < chunks.length; j += 1) {
      const n = chunks[j]!;
      if (n.headingLevel > 0 && (c.headingLevel === 0 || n.headingLevel <= c.headingLevel)) break;
      if (!(n.inList || n.linkDensity >= 0.5) || isKeeperLine(n.text)) break;
      keep[j] = false;
    }
  }
  // Runs of three or more short fragments (menus, tickers, tag lists) are not prose.
  for (let i = 0; i < chunks.length; ) {
    let j = i;
    while (j < chunks.length && isFragment(chunks[j]!)) j += 1;
    if (j - i >= 3) for (let k = i; k < j; k += 1) keep[k] = false;
    i = Math.max(j, i + 1);
  }
  return keep;
}
