/**
 * Is this page one article (clean it) or a front, a search or a list (leave it alone)?
 * Cheap evidence first: the URL, then what the publisher says (JSON-LD, og:type), then text.
 * Readability's isProbablyReaderable says "no" on ~3% of real articles, so it is one vote among
 * several, never the only one.
 */
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

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|BackgroundNewsArticle|LiveBlogPosting|TechArticle|ScholarlyArticle|SocialMediaPosting)$/;
const LIST_TYPES = /^(CollectionPage|SearchResultsPage|ItemList)$/;

function urlVerdict(rawUrl: string): ArticleVerdict | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (/\.pdf$/i.test(path)) return { isArticle: false, reason: 'url: a PDF' };
  if (/(^|\/)(search|suche|recherche|buscar|busqueda)(\/|$)/i.test(path) || /[?&](q|query|s|search)=/.test(url.search)) {
    return { isArticle: false, reason: 'url: a search page' };
  }
  if (path === '' || /^\/(index\.html?|home|[a-z]{2}(-[a-z]{2})?)$/i.test(path)) {
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
  const articleType = e.jsonLdTypes.find((t) => ARTICLE_TYPES.test(t));
  if (articleType && (has(e, NEEDS.jsonLd) || (e.readerable && e.longParagraphs >= 1))) return { isArticle: true, reason: `json-ld ${articleType}` };
  if (e.jsonLdTypes.some((t) => LIST_TYPES.test(t)) && !articleType) {
    return { isArticle: false, reason: 'json-ld: a collection or list page' };
  }
  const ogArticle = e.ogType?.toLowerCase() === 'article';
  if (ogArticle && (has(e, NEEDS.ogType) || (e.readerable && has(e, NEEDS.jsonLd)))) return { isArticle: true, reason: 'og:type article' };
  if (e.readerable && has(e, NEEDS.readerable)) return { isArticle: true, reason: 'readerable text' };
  if (has(e, NEEDS.textOnly)) return { isArticle: true, reason: 'long running text' };
  if (!has(e, NEEDS.readerable)) return { isArticle: false, reason: 'too little running text for an article' };
  return { isArticle: false, reason: 'no article evidence (no article metadata, text not readerable)' };
}
