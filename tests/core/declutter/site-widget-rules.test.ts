/**
 * Site widgets around the story (issue 9): video players and rails that are not the story's own,
 * house promotions (app forms, sign-in dialogs, image banners, site plugs, edition notices),
 * sponsor badges and labelled sign-up forms. Each case names the rule that must decide, and each
 * rule has near misses that must stay.
 */
import { describe, expect, test } from 'vitest';
import { blockFeatures, type BlockFeatures } from '../../../src/core/declutter/block-features.js';
import { judgeBlock } from '../../../src/core/declutter/block-reason.js';

const before = { insideArticle: true, beforeArticle: true };
const between = { insideArticle: true };

describe('hidden, with the rule that decided', () => {
  test.each<[string, Partial<BlockFeatures>, string, string]>([
    ['an empty site player box above the story, outside its container', { attrs: 'css-8k2j1 article-videoplayer', beforeArticle: true }, 'video', 'empty-video-box'],
    ['an empty filmstrip placeholder under the lead video, inside the story\'s container', { attrs: 'tbfilmstrip', ...before }, 'video', 'empty-video-box'],
    ['an empty playlist box between the paragraphs (it holds nothing of the story)', { attrs: 'css-1q2w3e video-playlist', ...between }, 'video', 'empty-video-box'],
    ['an autoplay player of another story above the text', { attrs: 'css-4r5t6y', text: 'Replay The lighthouse keepers of the north coast Your video will play in 00:25', textLength: 78, media: 3, linkCount: 2, ...before }, 'video', 'autoplay-player'],
    ['a player under the story counting down to its next video', { text: 'Harbour seals return Up next in 5', textLength: 33, media: 1, afterArticle: true }, 'video', 'autoplay-player'],
    ['a German player beside the story with "Nächstes Video"', { text: 'Fähre im Sturm Nächstes Video', textLength: 29, media: 2 }, 'video', 'autoplay-player'],
    ['a form beside the story that sends the app', { heading: 'Thanks!', text: 'Tide Tables App Send yourself a link to download the app. Please wait... Thanks!', textLength: 80, hasForm: true, afterArticle: true }, 'promo', 'app-form'],
    ['a sign-in / register dialog laid over the page', { attrs: 'css-9a8b7c modal fade dialog', heading: 'Sign in', text: 'Sign in Log in with your account to follow topics. Register for a free account', textLength: 80, buttons: 2, linkCount: 1, labelHeadings: 2, headingCount: 2 }, 'promo', 'account-dialog'],
    ['a poster that is one picture linking to a shop in a new window, in the sidebar', { text: '', textLength: 0, media: 2, linkCount: 2, bannerLinks: 2, afterArticle: true }, 'promo', 'image-banner'],
    ['"Check out more articles on <site>!" after the story', { tag: 'p', text: 'Check out more articles on Example.com!', textLength: 39, linkCount: 1, headlineLinks: 1, linkDensity: 1, afterArticle: true }, 'promo', 'site-plug'],
    ['a notice about the edition the reader sees', { text: 'This homepage is tailored for our readers in the UK. Switch to US', textLength: 65, linkCount: 2, linkDensity: 0.15, beforeArticle: true }, 'promo', 'edition-notice'],
    ['"<Series> is supported by [logo] About this content" above the story', { heading: 'Deep water: a series on the oceans is supported by', text: 'Deep water: a series on the oceans is supported by About this content', textLength: 69, media: 1, linkCount: 2, linkDensity: 0.25, beforeArticle: true }, 'ad', 'sponsor-badge'],
    ['a form under its own "Newsletters" heading in the story\'s container', { heading: 'NEWSLETTERS', text: 'NEWSLETTERS Receive the latest local updates in your inbox Email Privacy policy | More Newsletters', textLength: 93, hasForm: true, linkCount: 4, headingCount: 2, labelHeadings: 1, ...between }, 'newsletter', 'signup-form-labelled'],
    ['"Subscribe to <Outlet> on YouTube" as one link between the paragraphs', { text: 'Subscribe to Estuary Post on YouTube', textLength: 36, linkCount: 1, socialLinks: 1, linkDensity: 1, ...between }, 'social', 'follow-link-line'],
    ['"TOP POST 653,817 VIEWS" beside the story', { tag: 'aside', heading: 'TOP POST', text: 'TOP POST 653,817 VIEWS', textLength: 21, media: 1, linkCount: 1 }, 'trending', 'views-badge'],
    ['"Buyer\'s Guide: <product> (Buy Now)" between the paragraphs', { text: 'Buyer\'s Guide: Tide Clock (Buy Now)', textLength: 35, linkCount: 1, headlineLinks: 1, linkDensity: 0.6, ...between }, 'promo', 'shop-line'],
  ])('%s', (_name, features, reason, rule) => {
    expect(judgeBlock(blockFeatures(features))).toEqual({ reason, rule });
  });
});

describe('near misses that stay', () => {
  test.each<[string, Partial<BlockFeatures>]>([
    ['an empty player box inside the story\'s container (the story\'s own video, its script not run yet)', { attrs: 'css-8k2j1 video-player', ...before }],
    ['a player box named for video that shows its poster', { attrs: 'article-videoplayer', media: 1 }],
    ['the story\'s lead video with its title (no autoplay cue)', { text: 'Watch: the ferry leaves the harbour in the storm', textLength: 48, media: 2, ...before }],
    ['an autoplay player between the story\'s paragraphs (an embed of the story)', { text: 'The storm at sea Your video will play in 00:10', textLength: 46, media: 1, ...between }],
    ['the story\'s own player with an "Autoplay" switch', { text: 'The ferry leaves in the storm Autoplay', textLength: 38, media: 1, ...before }],
    ['an autoplay cue in a long text block', { text: 'Next video …', textLength: 900, media: 1 }],
    ['a search form outside the story', { heading: 'Search', text: 'Search the site Go', textLength: 18, hasForm: true }],
    ['a story paragraph inside the body that tells readers to download an app', { tag: 'p', text: 'Residents can download the free app to report potholes.', textLength: 56, ...between }],
    ['a masthead menu with "Sign in" (not a dialog)', { attrs: 'css-2b3n4m site-header', heading: 'Sign in', text: 'Sign in Register News Sport', textLength: 27, linkCount: 4, linkDensity: 1 }],
    ['a sign-in dialog inside the story\'s container', { attrs: 'modal', heading: 'Sign in', text: 'Sign in to read', textLength: 15, ...between }],
    ['a picture link to another site inside the story', { text: '', textLength: 0, media: 1, linkCount: 1, bannerLinks: 1, ...between }],
    ['a picture link that stays on the site (no new window)', { text: '', textLength: 0, media: 1, linkCount: 1, bannerLinks: 0, afterArticle: true }],
    ['a sentence of the story about more articles', { tag: 'p', text: 'Read more articles on the lighthouse at the museum\'s website, the keeper said.', textLength: 78, linkCount: 1, linkDensity: 0.3, ...between }],
    ['a caption crediting a photographer', { heading: 'Photograph by Mara Lind', text: 'Photograph by Mara Lind', textLength: 23, media: 1, beforeArticle: true }],
    ['a sponsor label between the story\'s paragraphs', { heading: 'This series is supported by', text: 'This series is supported by', textLength: 27, media: 1, ...between }],
    ['an edition notice written into the story', { text: 'The print edition is tailored for readers in the county.', textLength: 56, ...between }],
    ['a sentence of the story naming a channel, with its link', { tag: 'p', text: 'Follow the keepers on YouTube, where they post a film of every storm they ride out.', textLength: 84, linkCount: 1, socialLinks: 1, linkDensity: 0.2, ...between }],
    ['a view count inside the story', { text: 'Trending for a week, the clip passed 2,000,000 views', textLength: 52, ...between }],
    ['a sentence that tells readers where to buy', { tag: 'p', text: 'The clocks are sold at the harbour shop, and the keeper said people should buy now.', textLength: 84, linkCount: 1, linkDensity: 0.2, ...between }],
  ])('%s', (_name, features) => {
    expect(judgeBlock(blockFeatures(features))).toBeNull();
  });
});
