/**
 * Is this page one article (clean it) or a front, a search or a list (leave it alone)?
 * Cheap evidence first: the URL, then what the publisher says (JSON-LD, og:type), then text.
 * Readability's isProbablyReaderable says "no" on ~3% of real articles, so it is one vote among
 * several, never the only one.
 */
import { asciiLower } from './plain-matches.js';

export interface ArticleEvidence {
  url: string;
  jsonLdTypes: string[];
  ogType: string | null;
  readerable: boolean;
  /** Paragraph-like blocks of at least 100 characters whose text is mostly not links. */
  longParagraphs: number;
  /** Characters in those paragraphs. */
  paragraphChars: number;
}

export interface ArticleVerdict {
  isArticle: boolean;
  reason: string;
}

// Sets and string tests, not regular expressions: each of these runs once per page, where a
// pattern's compile would cost more than the test (plain-matches.ts).
const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BlogPosting', 'Report', 'BackgroundNewsArticle', 'LiveBlogPosting', 'TechArticle', 'ScholarlyArticle', 'SocialMediaPosting']);
const LIST_TYPES = new Set(['CollectionPage', 'SearchResultsPage', 'ItemList']);
/** A path segment that names a search page (any case). */
const SEARCH_SEGMENTS = new Set(['search', 'suche', 'recherche', 'buscar', 'busqueda']);
/** Query parameters of a search, after `?` or `&`. */
const SEARCH_PARAMS = ['q=', 'query=', 's=', 'search='];

const isAsciiLetter = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';

/** `/^\/(index\.html?|home|[a-z]{2}(-[a-z]{2})?)$/i.test(path)`: a front page's path. */
function isFrontPath(path: string): boolean {
  if (path[0] !== '/') return false;
  const rest = asciiLower(path.slice(1));
  if (rest === 'index.htm' || rest === 'index.html' || rest === 'home') return true;
  const lang = rest.length === 2 || (rest.length === 5 && rest[2] === '-');
  return lang && isAsciiLetter(rest[0]) && isAsciiLetter(rest[1]) && (rest.length === 2 || (isAsciiLetter(rest[3]) && isAsciiLetter(rest[4])));
}

/** The path without its trailing slashes. */
function trimSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end -= 1;
  return path.slice(0, end);
}

function urlVerdict(rawUrl: string): ArticleVerdict | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  const path = trimSlashes(url.pathname);
  if (asciiLower(path.slice(-4)) === '.pdf') return { isArticle: false, reason: 'url: a PDF' };
  const search = url.search;
  if (path.split('/').some((segment) => SEARCH_SEGMENTS.has(asciiLower(segment))) || SEARCH_PARAMS.some((p) => search.includes(`?${p}`) || search.includes(`&${p}`))) {
    return { isArticle: false, reason: 'url: a search page' };
  }
  if (path === '' || isFrontPath(path)) {
    if (url.protocol === 'http:' || url.protocol === 'https:') return { isArticle: false, reason: 'url: the home page' };
  }
  return null;
}

/**
 * How much running text each kind of evidence needs. A publisher that calls the page an article
 * is believed on a short news brief; a page that says nothing about itself must show a story's
 * worth of text. (Scrapinghub's benchmark holds real articles of 400 characters.)
 */
const NEEDS = {
  jsonLd: { paragraphs: 1, chars: 300 },
  ogType: { paragraphs: 2, chars: 400 },
  readerable: { paragraphs: 2, chars: 600 },
  textOnly: { paragraphs: 5, chars: 1500 },
};

const has = (e: ArticleEvidence, need: { paragraphs: number; chars: number }): boolean =>
  e.longParagraphs >= need.paragraphs && e.paragraphChars >= need.chars;

export function decideArticle(e: ArticleEvidence): ArticleVerdict {
  const byUrl = urlVerdict(e.url);
  if (byUrl) return byUrl;
  const articleType = e.jsonLdTypes.find((t) => ARTICLE_TYPES.has(t));
  if (articleType && (has(e, NEEDS.jsonLd) || (e.readerable && e.longParagraphs >= 1))) return { isArticle: true, reason: `json-ld ${articleType}` };
  if (e.jsonLdTypes.some((t) => LIST_TYPES.has(t)) && !articleType) {
    return { isArticle: false, reason: 'json-ld: a collection or list page' };
  }
  const ogArticle = e.ogType?.toLowerCase() === 'article';
  if (ogArticle && (has(e, NEEDS.ogType) || (e.readerable && has(e, NEEDS.jsonLd)))) return { isArticle: true, reason: 'og:type article' };
  if (e.readerable && has(e, NEEDS.readerable)) return { isArticle: true, reason: 'readerable text' };
  if (has(e, NEEDS.textOnly)) return { isArticle: true, reason: 'long running text' };
  if (!has(e, NEEDS.readerable)) return { isArticle: false, reason: 'too little running text for an article' };
  return { isArticle: false, reason: 'no article evidence (no article metadata, text not readerable)' };
}
