import { expect, test } from 'vitest';
import { foldedLength } from '../../src/extract/block-text.js';

test.each([
  [''],
  ['   '],
  ['word'],
  ['two words'],
  ['  padded  '],
  ['a  double space'],
  ['line\nbreak'],
  ['tab\tand\u00a0nbsp'],
  ['\n\t mixed \r\n runs \u2009 '],
  ['ends with run \n\n'],
])('foldedLength(%j) is the length of the whitespace-folded, trimmed text', (text) => {
  expect(foldedLength(text)).toBe(text.replace(/\s+/g, ' ').trim().length);
});
