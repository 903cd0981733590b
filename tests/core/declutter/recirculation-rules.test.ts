/**
 * The recirculation rules by their shape (issue 9): card grids, plan boxes, price boxes, the
 * neighbouring posts, teaser cards closing with "Read more", runs of "Label: <link>" lines and rows of
 * teaser cards inside the body. Each case names the rule that must
 * decide, and each has a near miss that must stay.
 */
import { describe, expect, test } from 'vitest';
import { blockFeatures, type BlockFeatures } from '../../../src/core/declutter/block-features.js';
import { judgeBlock } from '../../../src/core/declutter/block-reason.js';
import { BLOCK_RULES } from '../../../src/core/declutter/block-rules.js';
import { isRowCard, linkLineLabel } from '../../../src/core/declutter/recirculation-shapes.js';

const after = { afterArticle: true };
const cards = { headingCount: 7, labelHeadings: 1, headlineLinks: 6, linkCount: 14, media: 6, linkDensity: 0.25, hasTime: true };

describe('hidden, with the rule that decided', () => {
  test.each<[string, Partial<BlockFeatures>, string, string]>([
    ['a grid of six cards after the story (headline, byline, date, dek each)', { heading: 'From the archive', text: 'From the archive Ferry fares …', textLength: 2400, ...cards, ...after }, 'related', 'teaser-cards'],
    ['a numbered grid of cards', { heading: 'Weekend reads', text: 'Weekend reads …', textLength: 2000, ...cards, ordered: true, ...after }, 'trending', 'teaser-cards'],
    ['three plans, each with its "Subscribe" call', { heading: 'Print & Digital', text: 'Choose the plan that suits you Print & Digital Weekly paper Subscribe Digital only Subscribe', textLength: 280, headingCount: 3, labelHeadings: 3, linkCount: 3, ...after }, 'promo', 'plan-boxes'],
    ['a French subscription box in the footer', { heading: 'Nos abonnements', text: 'Nos abonnements Le journal papier et numérique. S\'abonner dès 1 € Déjà abonné ?', textLength: 120, media: 1, ...after }, 'promo', 'plan-boxes'],
    ['a price table beside the story', { heading: 'Lowest prices', text: 'Lowest prices Tablet 64GB $329.00 $20 Tablet 256GB $479.00 $30 Laptop 13" $999.00 $100', textLength: 400, linkCount: 6, linkDensity: 0.3 }, 'promo', 'price-box'],
    ['"Next article" over a card whose link is laid over it empty', { heading: 'Next article', text: 'Next article The quiet return of the harbour seals', textLength: 52, headingCount: 2, labelHeadings: 2, linkCount: 1, media: 1, ...after }, 'related', 'prev-next'],
    ['a link classed "post-prev" holding the previous post\'s title', { tag: 'a', attrs: 'theme-post-nav theme-post-prev', text: 'Spring lantern parade draws record crowds', textLength: 41, linkCount: 1, headlineLinks: 1, linkDensity: 1 }, 'related', 'prev-next-named'],
    ['a card in the body closing with "Read more" behind an empty link', { tag: 'aside', text: 'Council approves the new ferry timetable for winter Read more', textLength: 61, linkCount: 1, insideArticle: true }, 'related', 'teaser-card-cta'],
    ['a card in the body that is one link, closing with "Read now"', { text: 'Scientists map the tides of the old estuary A new survey counts the sandbanks. Read now', textLength: 87, linkCount: 1, headlineLinks: 1, linkDensity: 1, media: 1, insideArticle: true }, 'related', 'teaser-card-cta'],
    ['one teaser under its own "Related" heading inside the body', { heading: 'Related', text: 'Related I rode the new night ferry and it was quiet', textLength: 50, headingCount: 1, labelHeadings: 1, linkCount: 1, headlineLinks: 1, listItems: 1, linkDensity: 0.9, insideArticle: true }, 'related', 'label-heading'],
    ['a box of its own that is one "Get our app!" link', { text: 'Get Our App!', textLength: 12, linkCount: 1, linkDensity: 1, beforeArticle: true }, 'promo', 'app-callout'],
    ['"Related Roundup: <link>" in a run of such lines at the end of the body', { text: 'Related Roundup: Seaweed farming', textLength: 32, linkCount: 1, linkDensity: 0.5, insideArticle: true, linkLineSiblings: 1 }, 'related', 'link-line-run'],
    ['"Buyer\'s Guide: <link>" in such a run (its label names a shopping promotion)', { heading: 'Buyer\'s Guide:', text: 'Buyer\'s Guide: Kelp harvest tools (Buy Now)', textLength: 43, linkCount: 1, headlineLinks: 1, linkDensity: 0.65, insideArticle: true, linkLineSiblings: 2 }, 'promo', 'link-line-run'],
    ['"Lesen Sie auch: <headline>" in a run of such lines', { text: 'Lesen Sie auch: Neue Buslinie fährt ab März zum Mühlbach', textLength: 56, linkCount: 1, headlineLinks: 1, linkDensity: 0.72, insideArticle: true, linkLineSiblings: 1 }, 'related', 'link-line-run'],
    ['a card in a row of three teaser cards inside the body', { text: 'Cycle bridge over the weir opens a month early', textLength: 46, linkCount: 1, headlineLinks: 1, headingCount: 1, linkDensity: 1, media: 1, insideArticle: true, cardRun: 3 }, 'related', 'teaser-card-row'],
    ['"Elsewhere on <the site>" over two cards', { heading: 'Elsewhere on the Courier', text: 'Elsewhere on the Courier Tide quiz Full article', textLength: 170, headingCount: 3, labelHeadings: 1, linkCount: 4, headlineLinks: 2, linkDensity: 0.4, ...after }, 'related', 'label-heading'],
  ])('%s', (_name, features, reason, rule) => {
    expect(judgeBlock(blockFeatures(features))).toEqual({ reason, rule });
  });
});

describe('near misses that stay', () => {
  test.each<[string, Partial<BlockFeatures>]>([
    ['cards inside the body, before its end (the story\'s own list of profiles)', { heading: 'The candidates', text: 'The candidates …', textLength: 2400, ...cards, hasTime: false, insideArticle: true }],
    ['a column of several labelled widgets', { heading: 'Latest', text: 'Latest …', textLength: 2400, ...cards, labelHeadings: 3, ...after }],
    ['one "Subscribe" call in a longer box (the pitch-box rule judges it by its heading)', { heading: 'Our weekly paper', text: 'Our weekly paper is printed on Thursdays and delivered by hand to every house on the island, with the tide tables and the ferry times for the week. Subscribe', textLength: 170, linkCount: 1, ...after }],
    ['a subscription pitch written into the story', { text: 'Subscribers and members alike pay for the subscription …', textLength: 300, insideArticle: true, linkCount: 1 }],
    ['prices inside the story', { text: 'The tablet costs $329.00, the larger one $479.00, the laptop $999.00 and the pen $99.00', textLength: 300, insideArticle: true, linkCount: 2 }],
    ['a post-prev link inside the body', { tag: 'a', attrs: 'post-prev', text: 'Spring lantern parade draws record crowds', textLength: 41, linkCount: 1, headlineLinks: 1, linkDensity: 1, insideArticle: true }],
    ['an author bio whose "Read more" link is its only link', { text: 'Mara Lind writes about harbours and the sea for the Courier. Read more', textLength: 70, linkCount: 1, linkDensity: 0.13, insideArticle: true, afterArticle: true }],
    ['"Get the app" as an item of the masthead menu', { tag: 'li', text: 'Get the app', textLength: 11, linkCount: 1, linkDensity: 1, beforeArticle: true }],
    ['one "Related: <headline>" line alone between paragraphs (Readability keeps it with the story)', { tag: 'p', text: 'Related: Night buses return to the east bank after two years', textLength: 61, linkCount: 1, headlineLinks: 1, linkDensity: 1, insideArticle: true }],
    ['a run of credit lines ("Fotos: <link>", "Grafik: <link>")', { text: 'Fotos: Stadtarchiv', textLength: 18, linkCount: 1, linkDensity: 0.6, insideArticle: true, linkLineSiblings: 2 }],
    ['a run of lines whose link is a small part of a sentence', { text: 'Related: the council published its own figures in the annual report', textLength: 68, linkCount: 1, linkDensity: 0.2, insideArticle: true, linkLineSiblings: 1 }],
    ['one teaser card alone between paragraphs', { text: 'Cycle bridge over the weir opens a month early', textLength: 46, linkCount: 1, headlineLinks: 1, headingCount: 1, linkDensity: 1, media: 1, insideArticle: true, cardRun: 1 }],
    ['a paragraph closing with "Read more"', { tag: 'p', text: 'The council will vote again in spring on the ferry timetable. Read more', textLength: 71, linkCount: 1, linkDensity: 0.13, insideArticle: true }],
  ])('%s', (_name, features) => {
    expect(judgeBlock(blockFeatures(features))).toBeNull();
  });
});

test('a header row with a byline and "Subscribe" buttons is not a plan box', () => {
  const row = { heading: 'By Mara Lind', text: 'By Mara Lind Subscribe to her articles Subscribe', textLength: 48, linkCount: 2, keepers: 1, beforeArticle: true };
  const planBoxes = BLOCK_RULES.find((r) => r.id === 'plan-boxes')!;
  expect(planBoxes.test(blockFeatures(row))).toBeNull();
  expect(planBoxes.test(blockFeatures({ ...row, keepers: 0 }))).toBe('promo');
});

describe('the shapes behind the in-body rules', () => {
  test.each<[string, Partial<BlockFeatures>, string]>([
    ['a label, a colon and one link that is the rest', { text: 'Related Roundup: Seaweed farming', textLength: 32, linkCount: 1, linkDensity: 0.5 }, 'Related Roundup'],
    ['the label inside the link too', { text: 'Read more: Night buses return to the east bank', textLength: 46, linkCount: 1, linkDensity: 1 }, 'Read more'],
    ['a Chinese label with a full-width colon', { text: '相关阅读：河道清理志愿者完成第一阶段工作', textLength: 21, linkCount: 1, linkDensity: 0.76 }, '相关阅读'],
    ['two links', { text: 'See also: Ferries and Buses', textLength: 27, linkCount: 2, linkDensity: 0.6 }, ''],
    ['a sentence with a colon and a small link in it', { text: 'The mayor said: we will look at the ferry report again', textLength: 54, linkCount: 1, linkDensity: 0.2 }, ''],
    ['a label of many words (a sentence, not a label)', { text: 'This is what the mayor told the council on Monday: Ferry report', textLength: 63, linkCount: 1, linkDensity: 0.2 }, ''],
    ['a long line', { text: `Related: ${'word '.repeat(40)}`, textLength: 209, linkCount: 1, linkDensity: 0.95 }, ''],
  ])('%s', (_name, features, label) => {
    expect(linkLineLabel(blockFeatures(features))).toBe(label);
  });

  test.each<[string, Partial<BlockFeatures>, boolean]>([
    ['a box that is one headline link and its picture', { tag: 'div', text: 'Night buses return to the east bank after two years', textLength: 51, linkCount: 2, headlineLinks: 1, linkDensity: 1, media: 1 }, true],
    ['a list item (a line of a list of sources)', { tag: 'li', text: 'Depot options report, volume one: the Ashgrove site', textLength: 51, linkCount: 1, headlineLinks: 1, linkDensity: 1 }, false],
    ['a paragraph that is one link', { tag: 'p', text: 'Depot options report, volume one: the Ashgrove site', textLength: 51, linkCount: 1, headlineLinks: 1, linkDensity: 1 }, false],
    ['a box with a sentence beside its link', { tag: 'div', text: 'Night buses return to the east bank after two years, the council said on Monday after a long vote.', textLength: 99, linkCount: 1, headlineLinks: 1, linkDensity: 0.5 }, false],
    ['a box holding an article paragraph', { tag: 'div', text: 'Night buses return to the east bank after two years', textLength: 51, linkCount: 1, headlineLinks: 1, linkDensity: 1, articleParagraphs: 1 }, false],
  ])('%s', (_name, features, card) => {
    expect(isRowCard(blockFeatures(features))).toBe(card);
  });
});
