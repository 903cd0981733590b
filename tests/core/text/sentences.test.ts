import { describe, expect, test } from 'vitest';
import { abbreviationContinues, splitSentences } from '../../../src/core/text/sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  test.each([
    ['U.S. President Amelia Stone visited the port. She left early.', ['U.S. President Amelia Stone visited the port.', 'She left early.']],
    ['Mr. Okafor and Dr. Lind spoke first. Then the vote began.', ['Mr. Okafor and Dr. Lind spoke first.', 'Then the vote began.']],
    ['The minister walked into No. 10 at noon. Reporters waited.', ['The minister walked into No. 10 at noon.', 'Reporters waited.']],
    ['The hearing is on Jan. 5 in the capital. It may move.', ['The hearing is on Jan. 5 in the capital.', 'It may move.']],
    ['Senator J.D. Harlow filed the bill. It passed.', ['Senator J.D. Harlow filed the bill.', 'It passed.']],
    ['Judge Mary T. Quill ruled on it. Both sides appealed.', ['Judge Mary T. Quill ruled on it.', 'Both sides appealed.']],
    ['The ferry left at 6 p.m. Police arrived later.', ['The ferry left at 6 p.m.', 'Police arrived later.']],
    ['The ferry left at 6 p.m. on Sunday. Police arrived.', ['The ferry left at 6 p.m. on Sunday.', 'Police arrived.']],
    ['Envoys met in the U.S. The talks ran late.', ['Envoys met in the U.S.', 'The talks ran late.']],
    ['"We are ready," she said. "Are you?"', ['"We are ready," she said.', '"Are you?"']],
    ['Heading without a stop\nThe body starts here.', ['Heading without a stop', 'The body starts here.']],
    ['Rivers Ltd. said profits rose. Shares fell.', ['Rivers Ltd. said profits rose.', 'Shares fell.']],
    ['It was Barton vs. Hale in the final. Hale won.', ['It was Barton vs. Hale in the final.', 'Hale won.']],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  test('offsets point at the sentence in the source text', () => {
    const text = '  First one here.   Second one follows.\n\nThird in a new paragraph.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text)).toHaveLength(3);
  });

  test('a very long paragraph is split the same way, chunk cuts repaired', () => {
    const sentence = 'Mr. Okafor met the U.S. envoy at No. 10 on Jan. 5 and talked for an hour.';
    const text = Array.from({ length: 400 }, () => sentence).join(' ');
    const out = splitSentences(text);
    expect(out).toHaveLength(400);
    expect(new Set(out.map((s) => s.text))).toEqual(new Set([sentence]));
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('empty and blank input give no sentences', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  \n\n ')).toEqual([]);
  });
});

describe('abbreviationContinues', () => {
  test.each([
    ['Mr', 'Smith', true],
    ['No', '10', true],
    ['No', 'Way', false],
    ['U.S', 'President', true],
    ['U.S', 'The', false],
    ['p.m', 'Police', false],
    ['p.m', 'on', true],
    ['J', 'Vance', true],
    ['Inc', 'Shares', false],
    ['vs', 'Hale', true],
    ['talks', 'Then', false],
  ] as const)('%s. %s -> %s', (abbrev, next, expected) => {
    expect(abbreviationContinues(abbrev, next)).toBe(expected);
  });
});
