/**
 * A quote as text to paste: the quote, who said it, where and when, and a link that jumps to it.
 * The link uses a text fragment (`#:~:text=start,end`, WICG scroll-to-text-fragment), so it
 * opens the article scrolled to the quote in Chromium and Firefox; others just open the page.
 */
import { displayQuote } from './smart-quotes.js';

export interface QuoteSource {
  url: string;
  outlet: string | null;
  publishedTime: string | null;
}

export interface CitableQuote {
  text: string;
  speaker: string | null;
  speakerRole: string | null;
}

/** Words at each end of a long quote; enough to be unique in an article, short enough to survive edits. */
const EDGE_WORDS = 4;
/** Quotes up to this many words are matched whole (textStart only). */
const WHOLE_QUOTE_WORDS = 10;

/**
 * A fragment term percent-encoded as the spec requires: encodeURIComponent leaves `-` alone, but
 * `-` marks a prefix/suffix in the fragment syntax, so it must be %2D too (as must `,` and `&`).
 */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

function edge(words: string[]): string {
  // Punctuation at the edges need not match: the browser matches on word boundaries.
  return words.join(' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

export function textFragmentUrl(pageUrl: string, quote: string): string {
  const base = pageUrl.split('#')[0] ?? pageUrl;
  const words = quote.split(/\s+/).filter(Boolean);
  if (words.length === 0) return base;
  const directive =
    words.length <= WHOLE_QUOTE_WORDS
      ? encodeFragmentTerm(edge(words))
      : `${encodeFragmentTerm(edge(words.slice(0, EDGE_WORDS)))},${encodeFragmentTerm(edge(words.slice(-EDGE_WORDS)))}`;
  return `${base}#:~:text=${directive}`;
}

/**
 * One formatter per locale: building an Intl.DateTimeFormat loads the locale's data, which costs
 * a few ms the first time in a page (the popup builds it while it waits for the tab, see
 * popup/analysis-client.ts), and each later build costs again without the cache.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateFormat = (locale: string): Intl.DateTimeFormat => {
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format;
};

/** "14 March 2026" in the reader's language; the date as published, not shifted to local time. */
export function formatPublished(published: string | null, locale: string): string | null {
  if (!published) return null;
  const date = new Date(published);
  if (Number.isNaN(date.getTime())) return null;
  return dateFormat(locale).format(date);
}

/** "Mara Okafor, general secretary" / "Northgate Ledger, 14 March 2026": the parts that exist. */
function speakerLine(quote: CitableQuote): string | null {
  return [quote.speaker, quote.speakerRole].filter(Boolean).join(', ') || null;
}

export function sourceLine(source: QuoteSource, locale: string): string {
  return [source.outlet ?? hostOf(source.url), formatPublished(source.publishedTime, locale)].filter(Boolean).join(', ');
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The plain-text citation: quote, then "— speaker, role (outlet, date)", then the link. */
export function citationText(quote: CitableQuote, source: QuoteSource, locale: string): string {
  const who = speakerLine(quote);
  const where = sourceLine(source, locale);
  const attribution = who ? `— ${who} (${where})` : `— ${where}`;
  return `${displayQuote(quote.text)}\n${attribution}\n${textFragmentUrl(source.url, quote.text)}`;
}
