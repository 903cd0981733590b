import { describe, expect, test } from 'vitest';
import { blockFeatures } from '../../../src/core/declutter/block-features.js';
import { reasonForBlock } from '../../../src/core/declutter/block-reason.js';
import { planDeclutter } from '../../../src/core/declutter/plan.js';

const list = { linkCount: 4, listItems: 4, linkDensity: 0.9, headingCount: 1 };

describe('block scoring on plain features', () => {
  test.each([
    ['trending widget', { heading: 'Trending', text: 'Trending Harbour lights festival returns', textLength: 190, ...list }, 'trending'],
    ['related list after a heading', { heading: 'Related Articles', text: 'Related Articles Bridge tolls…', textLength: 160, ...list }, 'related'],
    ['feedback box labelled by a bold line', { heading: 'Help us improve.', text: 'Help us improve. Was this article useful? Yes No', textLength: 45, buttons: 2 }, 'feedback'],
    ['an ad label alone', { text: 'Advertisement', textLength: 13 }, 'ad'],
    ['share bar of buttons', { text: 'Share on Facebook Share on X Email Copy link', textLength: 41, buttons: 4 }, 'share'],
    ['sign-up form with an email field', { heading: 'Get the Morning Briefing', text: 'Get the Morning Briefing Sign up', textLength: 80, hasEmailInput: true }, 'newsletter'],
    ['copy of the headline', { text: 'Ferry crews vote to strike', textLength: 26, isTitleCopy: true }, 'duplicate-title'],
    ['a labelled related list inside the article', { heading: 'Related coverage', text: 'Related coverage One Two Three', textLength: 160, insideArticle: true, ...list }, 'related'],
    ['a sign-up form inside the article', { heading: 'Get the Morning Briefing', headingCount: 1, text: 'Get the Morning Briefing Sign up', textLength: 80, hasEmailInput: true, insideArticle: true }, 'newsletter'],
    ['an ad label inside the article', { text: 'Advertisement', textLength: 13, insideArticle: true }, 'ad'],
    ['a reply form classed comments, its heading in another language', { attrs: 'comments comments-area', heading: 'Lascia un commento Annulla risposta', headingCount: 1, text: 'Lascia un commento Annulla risposta Devi essere connesso', textLength: 77, linkCount: 2, linkDensity: 0.3 }, 'comments'],
    ['a tag list after the last paragraph', { text: 'Ukraine Joe Biden Courts', textLength: 40, insideArticle: true, afterArticle: true, linkCount: 4, listItems: 4, linkDensity: 1 }, 'tags'],
    ['cookie banner', { text: 'We use cookies to measure how the site is used. Accept Settings', textLength: 63, buttons: 2 }, 'cookie'],
    ['ad slot by class name, no text worth keeping', { attrs: 'ad-slot css-1x2y', text: 'Sponsored by Acme', textLength: 17 }, 'ad'],
    ['a follow-us box with a line of its own', { heading: 'Never miss an update Follow Harbour News', text: 'Never miss an update Follow Harbour News Follow @harbournews', textLength: 59, linkCount: 4, linkDensity: 0.66, socialLinks: 3, media: 2, insideArticle: true, beforeArticle: true }, 'social'],
    ['a handle linking to a profile beside the byline', { tag: 'a', text: '@lena_marwick', textLength: 13, linkCount: 1, linkDensity: 1, socialLinks: 1 }, 'social'],
    ['share icons under a one-line pitch to share', { text: 'Share your thoughts with friends.', textLength: 33, linkCount: 3, shareLinks: 3, listItems: 2, afterArticle: true }, 'share'],
    ['a corrections line under the story', { text: 'Request Reprint & Licensing, Submit Correction or view Editorial Guidelines', textLength: 70, linkCount: 3, linkDensity: 0.95, afterArticle: true, insideArticle: true }, 'feedback'],
    ['an empty box keeping a fixed size for a script', { reservedSlot: true }, 'ad'],
    ['an empty box keeping a fixed size inside the article', { reservedSlot: true, insideArticle: true, beforeArticle: true }, 'ad'],
    ['a comment count link in the meta line', { tag: 'a', text: '14 Comments', textLength: 11, linkCount: 1, linkDensity: 1, commentLinks: 1 }, 'comments'],
    ['an icon button to the comments', { tag: 'button', buttons: 1, commentLinks: 1 }, 'comments'],
    ['a row of counters, one linking to the comments', { text: '84.1K 108 2', textLength: 9, linkCount: 1, linkDensity: 0.3, commentLinks: 1, beforeArticle: true }, 'comments'],
    ['"reader comments 75" over its link', { tag: 'a', text: 'reader comments 75 with 51 posters participating', textLength: 48, linkCount: 1, linkDensity: 1, commentLinks: 1 }, 'comments'],
    ['a share panel with a note about sharing', { text: 'Share this with Twitter Share this with Facebook These are external links and will open in a new window Read more about sharing.', textLength: 420, linkCount: 7, linkDensity: 0.8, shareLinks: 6 }, 'share'],
    ['a native ad unit that only says it is sponsored', { attrs: 'native-ad-rail', text: 'From our sponsor', textLength: 39, linkCount: 2, linkDensity: 0.6, media: 2 }, 'ad'],
    ['a third-party grid of teasers', { attrs: 'ob-widget', text: 'You may like Clever boiler trick Garden tool', textLength: 300, linkCount: 4, headlineLinks: 4, linkDensity: 0.9 }, 'promo'],
    ['a masthead row of pitches', { text: 'Contribute → Subscribe → Contribute →', textLength: 33, linkCount: 3, linkDensity: 1, beforeArticle: true }, 'promo'],
    ['a "Related Topics" list of short topic links', { heading: 'Related Topics', headingCount: 1, text: 'Related Topics Sweden Wikileaks United States', textLength: 56, linkCount: 4, listItems: 4, linkDensity: 0.75, afterArticle: true }, 'tags'],
    ['a newsletter box labelled "Keep up to date"', { heading: 'Keep up to date', headingCount: 1, text: 'Keep up to date Email * Submit', textLength: 900, hasForm: true, afterArticle: true }, 'newsletter'],
    ['a teaser list under a banner label that is not a heading', { heading: 'Nepal before and after the quake', leadLabel: 'Hot right now', text: 'Hot right now …', textLength: 600, linkCount: 10, headlineLinks: 10, listItems: 10, linkDensity: 0.95, afterArticle: true }, 'trending'],
  ])('%s', (_name, features, reason) => {
    expect(reasonForBlock(blockFeatures(features))).toBe(reason);
  });

  test.each([
    ['a block holding article paragraphs', { heading: 'Trending', text: 'Trending …', textLength: 900, articleParagraphs: 3, ...list }],
    ['the wrapper of the article', { heading: 'Related', text: 'Related …', textLength: 500, containsArticle: true, ...list }],
    ['the main headline', { text: 'Ferry crews vote to strike', textLength: 26, isTitleCopy: true, hasMainTitle: true }],
    ['a byline box with a share label', { heading: 'Share', text: 'Share By Lena Marwick', textLength: 30, keepers: 1 }],
    ['a photo caption', { tag: 'figcaption', text: 'Advertisement', textLength: 13 }],
    ['a "related" label without links', { heading: 'Related', text: 'Related talks went on', textLength: 400, headingCount: 1 }],
    ['a bare link list inside the article (it may be the story\'s own list of sources)', { text: 'One Two Three', textLength: 150, insideArticle: true, afterArticle: true, ...list, headingCount: 0 }],
    ['an in-body teaser line', { text: 'Related: Chicago is America\'s most segregated city', textLength: 50, linkDensity: 0.8, linkCount: 1, headlineLinks: 1, insideArticle: true }],
    ['a label-only line inside the article', { text: 'Don\'t Miss:', textLength: 11, insideArticle: true }],
    ['a sign-up box inside the article whose heading is a sentence', { heading: 'Cities are changing fast. Keep up with the Daily newsletter.', headingCount: 1, text: 'Cities are changing fast.', textLength: 120, hasEmailInput: true, insideArticle: true }],
    ['a table of contents after the article', { text: '1 Intro 2 History', textLength: 150, insideArticle: true, afterArticle: true, ...list, inPageLinks: 4, headingCount: 0 }],
    ['a sentence naming a network, linked to a profile', { tag: 'a', text: 'the mayor wrote on Twitter', textLength: 26, linkCount: 1, linkDensity: 1, socialLinks: 1, insideArticle: true }],
    ['an "@name" credit inside the story', { tag: 'a', text: '@harbourphoto', textLength: 13, linkCount: 1, linkDensity: 1, socialLinks: 1, insideArticle: true }],
    ['a "Follow us" line at the end of the story', { text: 'Follow Harbour News on Facebook, Twitter and Instagram.', textLength: 55, linkCount: 3, linkDensity: 0.5, socialLinks: 3, insideArticle: true, afterArticle: true }],
    ['a login form asking for an email and a password', { heading: 'Sign in', headingCount: 1, text: 'Sign in Stay logged in', textLength: 30, hasForm: true, hasPassword: true, beforeArticle: true }],
    ['a form field labelled "Email" with nothing to press', { tag: 'li', heading: 'Email *', text: 'Email *', textLength: 6, afterArticle: true }],
    ['a link to the comments with a headline in it', { tag: 'a', text: 'Readers argue about the new bridge toll plan', textLength: 44, linkCount: 1, linkDensity: 1, headlineLinks: 1, commentLinks: 1 }],
    ['an unlabelled class hint inside the article', { attrs: 'related-posts', text: 'Story Timeline …', textLength: 200, insideArticle: true, linkCount: 3 }],
    ['"2 comments on <the post>" in a box classed comments-head', { attrs: 'comments-head', heading: '2 comments on “These Weeks in Firefox”', headingCount: 1, text: '2 comments on “These Weeks in Firefox” Post a comment', textLength: 52, linkCount: 1, linkDensity: 0.3 }],
    ['a disclosure classed like an ad', { attrs: 'ad-disclaimer-container', text: 'We earn from affiliate links.', textLength: 30 }],
  ])('never hides %s', (_name, features) => {
    expect(reasonForBlock(blockFeatures(features))).toBeNull();
  });

  test('planDeclutter maps block indexes to decisions', () => {
    const blocks = [blockFeatures({ text: 'Story' , textLength: 900, articleParagraphs: 4 }), blockFeatures({ text: 'Advertisement', textLength: 13 })];
    expect(planDeclutter(blocks)).toEqual([{ index: 1, reason: 'ad', rule: 'label-whole' }]);
  });
});

test('a lone "Subscribe" link in the masthead is navigation, not a promotion', () => {
  expect(reasonForBlock(blockFeatures({ text: 'Subscribe', textLength: 9, linkDensity: 1, linkCount: 1 }))).toBeNull();
  expect(reasonForBlock(blockFeatures({ text: 'Subscribe', textLength: 9, buttons: 1 }))).toBe('promo');
});

test.each([
  ['a masthead menu that starts with "Subscribe"', { heading: 'Subscribe', text: 'Subscribe Sign In Home News Sport', textLength: 60, linkDensity: 0.95, linkCount: 6 }],
  ['a footer menu with a cookie-policy link', { text: 'Privacy Policy Cookie Policy Copyright Policy Terms', textLength: 52, linkDensity: 1, linkCount: 4 }],
  ['a lone "Cookie policy" link', { text: 'Cookie policy', textLength: 13, linkDensity: 1, linkCount: 1 }],
])('site navigation is not clutter: %s', (_name, features) => {
  expect(reasonForBlock(blockFeatures(features))).toBeNull();
});
