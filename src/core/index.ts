/** The public API of the core. Pure TypeScript: runs in Node, the popup and the content script. */
export * from './types.js';
export { analyzeText, DEFAULT_SUMMARY_SENTENCES } from './analyze-text.js';
export { summarize } from './summary/summarize.js';
export { findQuotes } from './quotes/find-quotes.js';
export { findParties } from './parties/find-parties.js';
export { type ArticleDraft, finishArticle } from './declutter/article-text.js';
