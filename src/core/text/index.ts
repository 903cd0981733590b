/** Text helpers shared by summary, quotes and parties. */
export { splitSentences, abbreviationContinues } from './sentences.js';
export { trimSpan, type TextSpan } from './span.js';
export { wordTokens, stemLite, contentTerms } from './tokens.js';
export { STOPWORDS, isStopword } from './stopwords.js';
export { foldQuotes, foldSpaces, normaliseForMatching, collapseWhitespace } from './normalise.js';
