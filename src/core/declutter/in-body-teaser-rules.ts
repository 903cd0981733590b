/**
 * Rules of the block table (block-rules.ts) for teasers that sites drop among the story's own
 * paragraphs: runs of "Label: <one link>" lines and rows of teaser cards. Both may hide inside the
 * article body (block-reason.ts lets them), so each asks for a run, never one line or card alone:
 * one "Related: …" line between paragraphs is text that Readability keeps and the safety corpora
 * count as the article's. Table-tested in tests/core/declutter/recirculation-rules.test.ts.
 */
import type { HiddenReason } from '../types.js';
import type { BlockRule } from './block-rules.js';
import { reasonForLabel } from './label-match.js';
import { linkLineLabel, MIN_ROW_CARDS } from './recirculation-shapes.js';

/** What a labelled link line can be: another story, a promotion, a ranking, a topic page. */
const LINK_LINE_KINDS = new Set<HiddenReason>(['related', 'promo', 'trending', 'tags']);

export const LINK_LINE_RUN: BlockRule = {
  id: 'link-line-run',
  why: 'Two or more "Label: <one link>" lines in a row ("Related Roundup: …", "Buyer\'s Guide: …"): a box of links added under every post (one such line alone between paragraphs is text Readability keeps).',
  test: (b) => {
    if (b.linkLineSiblings === 0) return null;
    const label = reasonForLabel(linkLineLabel(b));
    return label && LINK_LINE_KINDS.has(label) ? label : null;
  },
};

export const TEASER_CARD_ROW: BlockRule = {
  id: 'teaser-card-row',
  why: 'Three or more boxes in a row, each only one headline link to another story (and its picture), with no sentence of their own: a row of teaser cards, inside the body too.',
  test: (b) => (b.cardRun >= MIN_ROW_CARDS ? 'related' : null),
};
