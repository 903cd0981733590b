import { expect, test } from 'vitest';
import { curlyInner, displayQuote } from '../../src/quote-card/smart-quotes.js';

test.each([
  ['apostrophes curl', "it's the crew's call", 'it’s the crew’s call'],
  ['a quote inside a quote becomes single', 'he said "never" twice', 'he said ‘never’ twice'],
  ['curly doubles inside become singles', 'the “draft” was final', 'the ‘draft’ was final'],
  ['a leading single quote opens', "'tis done", '‘tis done'],
])('curlyInner: %s', (_name, input, expected) => {
  expect(curlyInner(input)).toBe(expected);
});

test.each([
  ['wraps in curly quotes', 'Yes', '“Yes”'],
  ['a trailing comma becomes a full stop', 'We had a deal,', '“We had a deal.”'],
  ['trims and collapses space', '  a \n b ', '“a b”'],
  ['keeps a question mark', 'Why not?', '“Why not?”'],
  ['markup stays text', '<img src=x onerror="x()">', '“<img src=x onerror=‘x()’>”'],
])('displayQuote: %s', (_name, input, expected) => {
  expect(displayQuote(input)).toBe(expected);
});
