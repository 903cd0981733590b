import { expect, test } from 'vitest';
import { frameSize, isAdClick, isAdFrame, isAdSize, isCommentControl, isHeadlineLike, isShareTarget, isSocialProfile, reservesSlot } from '../../../src/core/declutter/link-shapes.js';

test.each([
  ['Bridge tolls frozen for another year after protest', true],
  ['城东公园新增夜间照明设施方便市民晚间散步', true],
  ['World', false],
  ['Joe Biden', false],
  ['Read more about our privacy policy', false],
  ['Share this with Facebook', false],
])('isHeadlineLike(%s) = %s', (text, want) => {
  expect(isHeadlineLike(text)).toBe(want);
});

test.each([
  ['https://www.facebook.com/sharer/sharer.php?u=x', true],
  ['https://twitter.com/intent/tweet?url=x', true],
  ['https://x.com/intent/post?text=x', true],
  ['mailto:?subject=Story&body=x', true],
  ['https://www.linkedin.com/shareArticle?mini=true', true],
  ['https://www.facebook.com/OurPaper', false],
  ['mailto:tips@paper.example', false],
  ['#comments', false],
])('isShareTarget(%s) = %s', (href, want) => {
  expect(isShareTarget(href)).toBe(want);
});

test('a profile link is "follow us", a share link is not a profile', () => {
  expect(isSocialProfile('https://www.instagram.com/ourpaper/')).toBe(true);
  expect(isSocialProfile('https://www.facebook.com/sharer/sharer.php?u=x')).toBe(false);
  expect(isSocialProfile('https://paper.example/facebook.com')).toBe(false);
});

test('ad frames and click trackers', () => {
  expect(isAdFrame('', '')).toBe(true);
  expect(isAdFrame('https://tpc.googlesyndication.com/safeframe/x.html', '')).toBe(true);
  expect(isAdFrame('https://www.youtube.com/embed/abc', '')).toBe(false);
  expect(isAdClick('https://ad.doubleclick.net/clk;123')).toBe(true);
  expect(isAdClick('/news/story')).toBe(false);
});

test.each([
  [['300', '250', null], true],
  [[null, null, 'border:0;width:728px;height:90px'], true],
  [['560', '315', null], false],
  [['100%', '400', null], false],
] as const)('frame size %j is a standard ad size: %s', ([w, h, style], want) => {
  expect(isAdSize(...frameSize(w, h, style))).toBe(want);
});

test.each([
  ['min-height:250px;min-width:300px;margin-bottom:40px', true],
  ['margin:0;min-height:40px;min-width:200px', true],
  ['min-height:250px', false],
  ['min-height:0px;min-width:0px', false],
  ['', false],
])('reservesSlot(%s) = %s', (style, want) => {
  expect(reservesSlot(style)).toBe(want);
});

test.each([
  ['https://news.example/story/?comments=1', '', true],
  ['#respond', '', true],
  ['/story#comments', '', true],
  ['', 'Go to comments', true],
  ['', '12 Kommentare', true],
  ['/story#section-2', '', false],
  ['/about/commentary-guidelines', 'About us', false],
])('isCommentControl(%s, %s) = %s', (href, name, want) => {
  expect(isCommentControl(href, name)).toBe(want);
});
