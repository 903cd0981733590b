import { describe, expect, test } from 'vitest';
import { normaliseOptional, normalisePageText } from '../../../src/core/text/normalise.js';

const ZWSP = '\u200B';
const RLO = '\u202E';
const PDF = '\u202C';

describe('normalisePageText', () => {
  test.each([
    ['decomposed accents compose (NFC)', 'Jose\u0301 Gu\u0308nther', 'José Günther'],
    ['a zero-width space inside a name goes', `Mara Tel${ZWSP}ling said`, 'Mara Telling said'],
    ['zero-width space between words goes', `Mara ${ZWSP}Telling`, 'Mara Telling'],
    ['word joiner, mid-text BOM and soft hyphen go', 'Pezesh\u00ADkian\u2060s \uFEFFvote', 'Pezeshkians vote'],
    ['an unclosed right-to-left override goes', `he said ${RLO}txet neddih`, 'he said txet neddih'],
    ['overrides, embeddings and isolates go in pairs or alone', `a\u202Ab${PDF}c\u2067d\u2069e${PDF}`, 'abcde'],
    ['the one-character direction marks stay', 'abc\u200Fdef\u200E', 'abc\u200Fdef\u200E'],
    ['zero-width joiners stay (Persian, emoji)', 'می\u200Cخواهم 👩\u200D💻', 'می\u200Cخواهم 👩\u200D💻'],
    ['Arabic and Hebrew text is untouched', 'قال الرئيس שלום', 'قال الرئيس שלום'],
    ['newlines and paragraphs are kept', 'One.\n\nTwo.', 'One.\n\nTwo.'],
  ])('%s', (_why, input, expected) => {
    expect(normalisePageText(input)).toBe(expected);
  });

  test('is idempotent', () => {
    const once = normalisePageText(`Jose\u0301${ZWSP} ${RLO}x${PDF}`);
    expect(normalisePageText(once)).toBe(once);
  });

  test('optional fields stay null', () => {
    expect(normaliseOptional(null)).toBeNull();
    expect(normaliseOptional(`A${ZWSP}B`)).toBe('AB');
  });
});
