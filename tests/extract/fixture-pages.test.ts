/**
 * Every fixture page on linkedom: the article decision, the title, what must be hidden (with its
 * reason), what must stay visible, and what the extracted text must leave out. The same
 * expectations run in Chromium (tests/e2e/declutter.spec.ts).
 */
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/node/pipeline.js';
import { extractArticle } from '../../src/extract/article.js';
import { readPageAtLoad } from '../../src/extract/page-load.js';
import { blockText } from '../../src/extract/block-text.js';
import { type ClutterDecision, planPageClutter } from '../../src/extract/page-plan.js';
import { type Fixture, loadFixtures, squash } from './fixture-pages.js';

const fixtures = loadFixtures();

/** The content script's load path (no Readability), then the popup's extraction. */
function clean(fixture: Fixture) {
  const doc = parseDocument(fixture.html);
  const load = readPageAtLoad(doc, fixture.expected.url);
  const { context, location } = load;
  // Auto-clean acts on articles only (a section front is left alone), as the content script does.
  const decisions = load.verdict.isArticle ? planPageClutter(doc, context, { article: location }) : [];
  const article = extractArticle(doc, fixture.expected.url);
  return { doc, load, article, location, context, decisions };
}

const visibleText = (doc: Document, decisions: ClutterDecision[]): string => {
  const hidden = new Set(decisions.map((d) => d.element));
  return blockText(doc.body!, (el) => hidden.has(el));
};

const hiddenAs = (decisions: ClutterDecision[], text: string, reason: string): boolean =>
  decisions.some((d) => d.reason === reason && squash(d.element.textContent ?? '').includes(squash(text)));

test('there are at least seven fixture pages, one a section front and one not in English', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(7);
  expect(fixtures.some((f) => !f.expected.isArticle)).toBe(true);
  expect(fixtures.some((f) => !/lang="en"/.test(f.html))).toBe(true);
});

describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  const { expected } = fixture;

  test(`isArticle is ${expected.isArticle}`, () => {
    const { article, load } = clean(fixture);
    expect(article.isArticle, article.articleReason).toBe(expected.isArticle);
    expect(load.verdict.isArticle, load.verdict.reason).toBe(expected.isArticle);
    if (expected.title) expect(article.title).toBe(expected.title);
    if (expected.title) expect(load.context.title).toBe(expected.title);
  });

  test.runIf(expected.mustHide.length > 0)('hides each clutter block with its reason', () => {
    const { decisions } = clean(fixture);
    for (const want of expected.mustHide) expect(hiddenAs(decisions, want.text, want.reason), `${want.reason}: ${want.text}`).toBe(true);
  });

  test('keeps the headline, paragraphs, captions, bylines and contributor lines visible', () => {
    const { doc, decisions } = clean(fixture);
    const visible = squash(visibleText(doc, decisions));
    for (const keep of expected.mustKeep) expect(visible, keep).toContain(squash(keep));
  });

  test.runIf(!!expected.textMustNotContain)('the extracted text leaves the clutter out', () => {
    const { article } = clean(fixture);
    for (const gone of expected.textMustNotContain ?? []) expect(article.text).not.toContain(gone);
    for (const keep of expected.mustKeep.filter((k) => k !== expected.title && !/^(By|Von|Par|Por) /.test(k))) {
      if (article.text.includes(keep.slice(0, 20))) continue;
      // An in-body teaser line stays visible in place but leaves the popup's text.
      if ((expected.textMustNotContain ?? []).some((gone) => keep.includes(gone))) continue;
      // Captions are not running text; everything else that must stay visible is in the text.
      expect(/Photo|Readers at|Ferries sit|Nurse practitioner/.test(keep), keep).toBe(true);
    }
  });

  test.runIf(!!expected.lateMustHide)('late clutter inserted after load is hidden when judged on its own', () => {
    const { doc, location, context } = clean(fixture);
    const added: Element[] = [];
    for (const { template, target } of expected.late ?? []) {
      const host = doc.getElementById(target)!;
      expect(host.children.length).toBe(0);
      host.appendChild((doc.getElementById(template) as HTMLTemplateElement).content.cloneNode(true));
      added.push(...Array.from(host.children));
    }
    const late = planPageClutter(doc, context, { article: location, within: added });
    for (const want of expected.lateMustHide ?? []) expect(hiddenAs(late, want.text, want.reason), want.text).toBe(true);
  });
});
