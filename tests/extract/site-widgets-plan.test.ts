/**
 * Site widgets on a page (issue 9): what the DOM walk must notice for the rules in
 * src/core/declutter/player-shapes.ts and house-promos.ts — empty player boxes (no text, no
 * picture) and picture links that open another site in a new window.
 */
import { expect, test } from 'vitest';
import { parseDocument } from '../../src/node/pipeline.js';
import { readPageAtLoad } from '../../src/extract/page-load.js';
import { planPageClutter } from '../../src/extract/page-plan.js';

const paragraph = (i: number): string =>
  `<p>Paragraph ${i} of the story says what the harbour board decided on Monday, why the vote was close, and what the ferry crews think about it now that the plan is public.</p>`;

function plan(before: string, aside: string) {
  const doc = parseDocument(`<html lang="en"><head><title>Harbour Board Backs Ferry Plan - Coast Gazette</title><meta property="og:type" content="article"></head>
    <body><main>${before}<div class="css-1x2y3z"><h1>Harbour Board Backs Ferry Plan</h1>${[1, 2, 3, 4, 5].map(paragraph).join('')}</div></main><aside class="css-9q8w7e">${aside}</aside></body></html>`);
  const { context, location } = readPageAtLoad(doc, 'https://gazette.example/coast/ferry-plan');
  return planPageClutter(doc, context, { article: location }).map((d) => `${d.reason}:${d.rule}:${d.element.getAttribute('class')}`);
}

test('an empty site player box above the story is a video rail; an empty box of another name is not judged', () => {
  expect(plan('<div class="css-4r5t6y top-videoplayer"><div class="css-0o9i8u"></div></div>', '')).toEqual(['video:empty-video-box:css-4r5t6y top-videoplayer']);
  expect(plan('<div class="css-4r5t6y top-spacer"><div class="css-0o9i8u"></div></div>', '')).toEqual([]);
});

test('a player box showing its poster is not an empty box', () => {
  expect(plan('<div class="css-4r5t6y top-videoplayer"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""></div>', '')).toEqual([]);
});

test('a poster that opens another site in a new window is a banner; one that stays on the site is not', () => {
  const poster = (attrs: string) => `<div class="css-5t6y7u"><a href="https://books.example/the-ferry" ${attrs}><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""></a></div>`;
  // (The sidebar around it holds nothing else: the outermost box is the one hidden.)
  expect(plan('', poster('target="_blank"'))).toEqual(['promo:image-banner:css-9q8w7e']);
  expect(plan('', poster(''))).toEqual([]);
  // A figure's picture linking to its agency is the story's photo.
  expect(plan('<figure class="css-2w3e4r"><a href="https://agency.example/photo/1" target="_blank"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""></a><figcaption>The ferry at dawn.</figcaption></figure>', '')).toEqual([]);
  // A picture link to the picture itself (enlarge) is not a banner.
  expect(plan('', '<div class="css-5t6y7u"><a href="https://img.example/ferry.jpg" target="_blank"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""></a></div>')).toEqual([]);
});
