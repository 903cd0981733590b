import { describe, expect, test } from 'vitest';
import { findQuotedSpans } from '../../../src/core/quotes/quote-marks.js';

const quoted = (t: string) => findQuotedSpans(t).map((q) => t.slice(q.start, q.end));

describe('findQuotedSpans', () => {
  test.each([
    ['straight', 'She said "the ferry is late" again.', ['the ferry is late']],
    ['curly', 'She said “the ferry is late” again.', ['the ferry is late']],
    ['guillemets', 'Il a dit «le bac est en retard» hier.', ['le bac est en retard']],
    ['low-9 opening', 'Er sagte „die Fähre ist spät“ heute.', ['die Fähre ist spät']],
    ['split around he said', '"The ferry is late," he said, "and the bus too."', ['The ferry is late', 'and the bus too.']],
    ['quote inside a quote', '«She told me "never again" last week» he wrote.', ['She told me "never again" last week']],
    ['wrong-way opening mark', '”The vote was fair.” ― Ines Duarte', ['The vote was fair.']],
    ['a paragraph resuming a quote after an ellipsis', 'He spoke at length.\n\n” … what we saw at the pier was a warning,” she said.', ['… what we saw at the pier was a warning']],
    ['scare quote', 'He sent an "armada" to the coast.', ['armada']],
    ['inches are not quotes', 'The board is 6" wide and "quite long" too.', ['quite long']],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  test('a quote running over paragraphs reopens with a mark and is flagged', () => {
    const text = '"We waited all winter for the repairs.\n\n"Then the money ran out," said the mayor.';
    const spans = findQuotedSpans(text);
    expect(spans.map((q) => text.slice(q.start, q.end))).toEqual(['We waited all winter for the repairs.', 'Then the money ran out']);
    expect(spans[0]!.runsOn).toBe(true);
    expect(spans[1]!.continues).toBe(true);
  });

  test('an unclosed quote ends with its paragraph', () => {
    const text = 'He said "this never ends\n\nNext paragraph here.';
    expect(quoted(text)).toEqual(['this never ends']);
  });
});
