/** The refusal rule measured on a fixture page (linkedom): what a reader may and may not pick. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { judgePick } from '../../src/core/pick/pick-safety.js';
import { readPageAtLoad } from '../../src/extract/page-load.js';
import { createArticleGuard } from '../../src/extract/pick-guard.js';

test('on a fixture page: the headline, a paragraph and the story column are refused, the poll is not', () => {
  const { document } = parseHTML(readFileSync('tests/fixtures/pages/pick-tidewater-pier.html', 'utf8'));
  const doc = document as unknown as Document;
  const page = readPageAtLoad(doc, 'https://tidewater.example/harbour/pier');
  const guard = createArticleGuard(doc, page.location, page.context.title);
  const verdict = (el: Element | null) => {
    if (!el) throw new Error('missing element');
    const v = judgePick(guard.measure(el));
    return v.ok ? 'ok' : v.refusal;
  };
  expect(verdict(doc.querySelector('h1'))).toBe('headline');
  expect(verdict(doc.querySelector('.css-p8s7aa p'))).toBe('paragraph');
  expect(verdict(doc.querySelector('.css-p8s7aa'))).toBe('article');
  expect(verdict(doc.body)).toBe('article');
  expect(verdict(doc.querySelector('.poll-widget'))).toBe('ok');
  expect(verdict(doc.querySelector('#events-rail'))).toBe('ok');
});
