// @vitest-environment happy-dom
/**
 * Highlighting reads only the text the reader can see: hidden clutter is skipped, and a block the
 * reader restored from the popup's list is visible again, so it can be highlighted again.
 */
import { afterEach, expect, test } from 'vitest';
import { HIDDEN_ATTR, RESTORED_ATTR } from '../../src/content/hide-style.js';
import { highlightText } from '../../src/content/highlight.js';

afterEach(() => {
  document.body.innerHTML = '';
});

function page(): void {
  document.body.innerHTML = `
    <p>The council met on Monday to vote on the harbour budget.</p>
    <div ${HIDDEN_ATTR}="related"><p>Trending now: ferry timetables for the summer season.</p></div>
    <div ${HIDDEN_ATTR}="feedback" ${RESTORED_ATTR}=""><p>Dockworkers said the new shifts would start in June.</p></div>
    <script>var passage = "Hidden in a script";</script>`;
}

test.each([
  ['The council met on Monday', true],
  ['Trending now: ferry timetables', false],
  ['Dockworkers said the new shifts would start in June.', true],
  ['Hidden in a script', false],
])('highlightText(%j) finds it: %s', (passage, found) => {
  page();
  expect(highlightText(document, passage)).toBe(found);
});
