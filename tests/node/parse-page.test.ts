import { describe, expect, test } from 'vitest';
import { MAX_DOM_DEPTH, parsePage } from '../../src/node/parse-page.js';

describe('parsePage', () => {
  test.each([
    ['plain text', 'Just a line of text.', 'Just a line of text.', ''],
    ['a fragment', '<p>One.</p><p>Two.</p>', 'One.Two.', ''],
    ['a fragment after a doctype', '<!doctype html><title>T</title><p>Body.</p>', 'Body.', 'T'],
    ['content outside <body>', '<html><head><title>T</title></head><p>Outside.</p></html>', 'Outside.', 'T'],
    ['a normal page', '<!doctype html><html><head><title>T</title></head><body><p>In.</p></body></html>', 'In.', 'T'],
  ])('%s gets an <html>, a head and a body holding its content', (_why, html, bodyText, title) => {
    const { doc, markupCut } = parsePage(html);
    expect(doc.documentElement.tagName.toUpperCase()).toBe('HTML');
    expect(doc.body.textContent).toBe(bodyText);
    expect(doc.title).toBe(title);
    expect(markupCut).toBe(0);
  });

  test('markup past the cap is not parsed, cut at a tag start', () => {
    const html = `<html><body>${'<p>paragraph text</p>'.repeat(100)}</body></html>`;
    const { doc, markupCut } = parsePage(html, 1000);
    expect(markupCut).toBe(html.length - html.lastIndexOf('<', 1000));
    expect(doc.body.querySelectorAll('p').length).toBeLessThan(50);
    for (const p of Array.from(doc.body.querySelectorAll('p'))) expect(p.textContent).toMatch(/^(paragraph text|)$/);
  });

  test('a tree deeper than a browser builds is flattened at its depth, text in order', () => {
    const { doc } = parsePage(`<html><body>${'<div>x'.repeat(2000)}<p>end</p>${'</div>'.repeat(2000)}<p>after</p></body></html>`);
    let deepest = 0;
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      let depth = 0;
      for (let up: Element | null = el; up; up = up.parentElement) depth += 1;
      deepest = Math.max(deepest, depth);
    }
    expect(deepest).toBe(MAX_DOM_DEPTH);
    expect(doc.body.textContent).toBe(`${'x'.repeat(2000)}endafter`);
  });
});
