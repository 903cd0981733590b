import { expect, test } from 'vitest';
import { parseDocument } from '../../src/node/pipeline.js';
import { readPageAtLoad } from '../../src/extract/page-load.js';
import { planPageClutter } from '../../src/extract/page-plan.js';

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
