import { expect, test } from 'vitest';
import { parseDocument } from '../../src/node/pipeline.js';
import { readPageAtLoad } from '../../src/extract/page-load.js';
import { planPageClutter } from '../../src/extract/page-plan.js';
import { liftWidgets } from '../../src/extract/widget-shells.js';

const paragraph = (i: number): string =>
  `<p>Paragraph ${i} of the story says what the council decided on Tuesday, why the vote was close, and what residents of the old quarter think about it now that the plan is public.</p>`;

function page(inner: string): Document {
  return parseDocument(`<html lang="en"><head><title>Council Backs Quarter Plan - Town Gazette</title><meta property="og:type" content="article"></head>
    <body><div class="c1"><h1>Council Backs Quarter Plan</h1>${[1, 2, 3, 4].map(paragraph).join('')}${inner}${[5, 6].map(paragraph).join('')}</div></body></html>`);
}

function plan(doc: Document) {
  const { context, location } = readPageAtLoad(doc, 'https://gazette.example/town/quarter-plan');
  return planPageClutter(doc, context, { article: location });
}

test('a label heading with no wrapper takes the link list after it', () => {
  const doc = page('<h3>Related</h3><ul><li><a href="/a">Market hall reopens</a></li><li><a href="/b">Bus lane extended</a></li><li><a href="/c">Park gets new lights</a></li></ul>');
  const hidden = plan(doc).map((d) => `${d.reason}:${d.element.tagName}`);
  expect(hidden).toEqual(['related:H3', 'related:UL']);
});

test('article paragraphs are never hidden, even next to clutter', () => {
  const doc = page('<div>Advertisement</div>');
  const decisions = plan(doc);
  expect(decisions.map((d) => d.reason)).toEqual(['ad']);
  for (const p of Array.from(doc.querySelectorAll('p'))) expect(decisions.some((d) => d.element === p || d.element.contains(p))).toBe(false);
});

test('the main headline stays; only other copies are hidden', () => {
  const doc = page('');
  const footer = doc.createElement('footer');
  footer.innerHTML = '<p>Council Backs Quarter Plan - Town Gazette</p>';
  doc.body!.appendChild(footer);
  const decisions = plan(doc);
  expect(decisions.map((d) => [d.reason, d.element.textContent])).toEqual([['duplicate-title', 'Council Backs Quarter Plan - Town Gazette']]);
  expect(decisions.some((d) => d.element.tagName === 'H1')).toBe(false);
});

test('late roots are judged on their own, with the article location from load', () => {
  const doc = page('');
  const { context, location } = readPageAtLoad(doc, 'https://gazette.example/town/quarter-plan');
  const box = doc.createElement('aside');
  box.innerHTML = '<h2>Most popular</h2><ol><li><a href="/1">One</a></li><li><a href="/2">Two</a></li><li><a href="/3">Three</a></li></ol>';
  doc.body!.appendChild(box);
  const late = planPageClutter(doc, context, { article: location, within: [box] });
  expect(late.map((d) => [d.reason, d.element.tagName])).toEqual([['trending', 'ASIDE']]);
});

test('a copy of the headline under it is hidden even when it is as long as a paragraph', () => {
  const doc = parseDocument(`<html lang="en"><head><title>Council Backs The Old Quarter Regeneration Plan After Long Debate - Town Gazette</title></head>
    <body><div class="c1"><h1>Council Backs The Old Quarter Regeneration Plan After Long Debate</h1><div>Council Backs The Old Quarter Regeneration Plan After Long Debate</div>${[1, 2, 3, 4].map(paragraph).join('')}</div></body></html>`);
  expect(plan(doc).map((d) => [d.reason, d.element.tagName])).toEqual([['duplicate-title', 'DIV']]);
});

test('whole widgets: the labelled box goes whole, and a widget of another kind inside it is listed with its own reason', () => {
  const doc = page('');
  const rail = doc.createElement('aside');
  rail.innerHTML = `<div><h3>Most read</h3><ol><li><a href="/1">Harbour lights festival returns with record crowds</a></li>
    <li><a href="/2">Bus lane trial on the coast road extended to summer</a></li><li><a href="/3">Market hall reopens with twenty new traders inside</a></li></ol></div>
    <div><a href="https://www.facebook.com/sharer/sharer.php?u=x" aria-label="Facebook"></a><a href="https://twitter.com/intent/tweet?url=x" aria-label="X"></a></div>`;
  doc.body!.appendChild(rail);
  const decisions = plan(doc);
  expect(decisions.map((d) => [d.reason, d.rule, d.element.tagName])).toEqual([
    ['share', 'share-targets', 'DIV'],
    ['trending', 'label-heading', 'ASIDE'],
  ]);
});

test('whole widgets: when every visible part of a container is hidden, the container (its shell) goes too', () => {
  const doc = page('');
  const rail = doc.createElement('section');
  rail.innerHTML = `<div><h3>Most read</h3><ol><li><a href="/1">Harbour lights festival returns with record crowds</a></li>
    <li><a href="/2">Bus lane trial on the coast road extended to summer</a></li><li><a href="/3">Market hall reopens with twenty new traders inside</a></li></ol></div>
    <div><h3>The Morning Briefing</h3><form><input type="email"><button>Sign up</button></form></div>`;
  doc.body!.appendChild(rail);
  const decisions = plan(doc);
  expect(decisions.map((d) => d.reason)).toEqual(['trending', 'newsletter', 'trending']);
  expect(decisions.at(-1)?.rule).toBe('widget-shell');
  expect(decisions.at(-1)?.element.tagName).toBe('SECTION');
});

test('a wrapper holding a share bar and the lead image is not hidden: the share bar inside it is', () => {
  const doc = parseDocument(`<html lang="en"><head><title>Council Backs Quarter Plan - Town Gazette</title><meta property="og:type" content="article"></head>
    <body><div class="c1"><h1>Council Backs Quarter Plan</h1><div class="w"><div class="s"><a href="https://www.facebook.com/sharer/sharer.php?u=x" aria-label="Share on Facebook"></a>
    <a href="mailto:?subject=Quarter" aria-label="Email"></a></div><figure><img src="lead.jpg" alt=""><figcaption>The old quarter at dusk.</figcaption></figure></div>
    ${[1, 2, 3, 4].map(paragraph).join('')}</div></body></html>`);
  const decisions = plan(doc);
  expect(decisions.map((d) => [d.reason, d.element.getAttribute('class')])).toEqual([['share', 's']]);
});

test('a lifted list takes the kind its label names, not the unlabelled list\'s default', () => {
  const doc = parseDocument('<html><body><aside><div class="w1"><div class="w2">Special sections</div><ul class="w3"><li><a href="/s/1">Indoor and outdoor allergy relief for the season</a></li></ul></div></aside></body></html>');
  const label = doc.querySelector('.w2')!;
  const list = doc.querySelector('.w3')!;
  const lifted = liftWidgets([{ element: label, reason: 'promo', rule: 'label-whole' }, { element: list, reason: 'related', rule: 'teaser-list' }], { root: null, paragraphs: [] }, doc.body);
  expect(lifted.find((d) => d.element.contains(list) && d.element !== list)?.reason).toBe('promo');
  // The list's default kind is not listed beside its widget's own.
  expect(lifted.some((d) => d.element === list)).toBe(false);
});

test('an empty box keeping a fixed size is an ad slot, and its wrapper goes with it', () => {
  const doc = page('');
  const rail = doc.createElement('aside');
  rail.innerHTML = '<div class="s1"><div style="min-height:250px;min-width:300px"></div></div><div class="s2"><p>Our newsroom is open to visitors on Fridays, call ahead to book a tour of the presses.</p></div>';
  doc.body.appendChild(rail);
  const decisions = plan(doc);
  expect(decisions.find((d) => d.element.className === 's1')?.reason).toBe('ad');
});
