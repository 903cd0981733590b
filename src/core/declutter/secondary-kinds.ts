/**
 * Secondary kinds: author bios, tag lists, breadcrumbs, print/email tools. A reader may like them,
 * so they are hidden only outside the article body (block-reason.ts gates that) and the hidden
 * list marks them secondary. Each is recognised by its shape first, its class names second.
 */
import type { HiddenReason } from '../types.js';
import type { BlockFeatures } from './block-features.js';
import { reasonForLabel } from './label-match.js';
import { replaceNonWords } from '../text/word-chars.js';
import { tokenWords, withOptionalHyphen } from '../text/word-lists.js';

/** A trail is a few short links: "Home › World › Europe". */
const MAX_TRAIL_LINKS = 7;
const MAX_TRAIL_CHARS = 160;
const TRAIL_SEPARATOR = /\s[›»>/|·•]\s|[›»]/;
/** Tags and topics: one or two words per link ("Ukraine", "Joe Biden"), not headlines. */
const MAX_TAG_CHARS_PER_LINK = 30;
/** A short bio (name, role, contact); a longer profile is an "about the author" essay Readability keeps with the story. */
const MAX_BIO_CHARS = 300;
const MAX_TOOLS_CHARS = 120;

/** Class words as whole tokens (see tokenWords): "breadcrumb" anywhere, or a crumb word. */
const CRUMB_WORDS = tokenWords(['crumb', 'crumbs', 'crumb-trail', 'flashline']);
const isBreadcrumbAttrs = (attrs: string): boolean => attrs.includes('breadcrumb') || CRUMB_WORDS.test(attrs);
const TAG_ATTRS = tokenWords(['tags', 'tag-list', 'taglist', 'tagcloud', 'tag-cloud', 'article-tags', 'post-tags', 'entry-tags', 'story-tags', 'topics', 'topic-list', 'keywords', 'subjects']);
const BIO_ATTRS = tokenWords([
  ...withOptionalHyphen('author', ['bio', 'info', 'box', 'card', 'details']), 'about-author', 'aboutauthor', 'about-the-author', 'aboutthe-author',
  'authorbox', 'user-bio', 'contributor-bio', 'contributorbio', 'bio', 'biography', 'author-footer',
]);
const TOOLS_ATTRS = tokenWords([
  ...withOptionalHyphen('print', ['tools', 'email']), ...withOptionalHyphen('article', ['tools']), 'share-tools-print', 'sharetools-print', 'share-toolsprint', 'sharetoolsprint',
  'print', ...withOptionalHyphen('email', ['article']), 'reprint', 'reprints', 'headerlinks_email', 'headerlinks_print',
]);
/** "Write to Jane Roe at jane.roe@example.com": the reporter's address under the story. */
const CONTACT_LINE = /^(write to|contact|email|reach) .{2,60}(at|:)\s*\S+@\S+\.\S+$/i;
/** Print and email tool words, in our languages: what is left after removing them must be (almost) nothing. */
const TOOL_WORDS = /\b(print|printer|printable|email|e-mail|mail|reprints?|order|purchase|licensing|rights|permissions|article|story|page|this|a|friend|send|to|drucken|artikel|imprimer|imprimir|stampa|afdrukken|tisk|versenden|envoyer|enviar)\b|打印|&/gi;
const MAX_LEFTOVER = 4;
const LONE_EMAIL = /^\W*e-?mail\W*$/i;

function isToolText(text: string): boolean {
  if (!text || text.length > MAX_TOOLS_CHARS || !/print|mail|reprint|drucken|imprim|stampa|afdrukken|tisk|打印/i.test(text)) return false;
  return replaceNonWords(text.replace(TOOL_WORDS, ''), '').length <= MAX_LEFTOVER;
}

const outsideBody = (b: BlockFeatures): boolean => !b.insideArticle || b.afterArticle || b.beforeArticle;

export function secondaryReason(b: BlockFeatures): HiddenReason | null {
  // Every kind here is small: most blocks leave at the first test.
  if (b.textLength > MAX_BIO_CHARS + MAX_TOOLS_CHARS * 5 || !outsideBody(b) || b.headlineLinks > 1) return null;
  const links = b.linkCount - b.inPageLinks;
  const label = b.heading ? reasonForLabel(b.heading) : null;
  // A trail sits above the story; a row of links split by slashes after it is the footer's.
  // (Inside the article's container a "Section › More in Section" line is the story's kicker.)
  if (b.textLength <= MAX_TRAIL_CHARS && links >= 1 && links <= MAX_TRAIL_LINKS && b.beforeArticle && !b.insideArticle) {
    if (isBreadcrumbAttrs(b.attrs) || label === 'breadcrumb' || (links >= 2 && b.linkDensity >= 0.6 && TRAIL_SEPARATOR.test(b.text))) return 'breadcrumb';
  }
  if (links >= 1 && b.linkDensity >= 0.5 && b.textLength <= links * MAX_TAG_CHARS_PER_LINK + 20 && (TAG_ATTRS.test(b.attrs) || label === 'tags')) return 'tags';
  // "Email *" alone, with nothing to press, is a form field's label, not a tool.
  if (b.textLength <= MAX_TOOLS_CHARS && (b.linkCount + b.buttons > 0 || !LONE_EMAIL.test(b.text)) && (isToolText(b.text) || (TOOLS_ATTRS.test(b.attrs) && b.linkCount + b.buttons >= 1 && isToolText(b.text)))) return 'print-email';
  // A bio inside the article's container is text Readability keeps as the story's: only outside it.
  if (!b.beforeArticle && !b.insideArticle && b.textLength <= MAX_BIO_CHARS && ((BIO_ATTRS.test(b.attrs) && !/byline/.test(b.attrs) && b.afterArticle && b.textLength >= 20) || (b.text.includes('@') && CONTACT_LINE.test(b.text)))) return 'author-bio';
  return null;
}
