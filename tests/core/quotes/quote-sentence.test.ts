/** Which quotes are partial (shown inside their sentence) and which are statements of their own. */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../src/core/quotes/find-quotes.js';

const sentenceOf = (text: string, words: string) => findQuotes(text).find((q) => q.text.includes(words))?.sentence?.text ?? null;

describe('Quote.sentence', () => {
  test.each([
    ['a quote inside a sentence', 'The talks resumed. Kamal said he was "confident that we can reach a deal" before May. Nobody else spoke.', 'confident that', 'Kamal said he was "confident that we can reach a deal" before May.'],
    ['a quote ending the sentence', 'Marsh told reporters that Varenia was "talking to us, seriously talking to us." Then she left.', 'talking to us', 'Marsh told reporters that Varenia was "talking to us, seriously talking to us."'],
    ['a title before the quote does not end the sentence', 'Sen. Ruth Alder said the bank had "lost the trust of its customers" last year.', 'lost the trust', 'Sen. Ruth Alder said the bank had "lost the trust of its customers" last year.'],
  ])('%s: the sentence around it', (_why, text, words, sentence) => {
    expect(sentenceOf(text, words)).toBe(sentence);
  });

  test.each([
    ['a statement with its cue after', '"We had a deal on the table and they tore it up," Okafor said.', 'We had a deal'],
    ['a statement after a colon', 'Okafor told reporters: "We had a deal on the table and they tore it up."', 'We had a deal'],
    ['a statement running into the next paragraph', '"We had a deal on the table\n\n"and they tore it up," Okafor said.', 'We had a deal'],
    ['a scare quote', 'Marsh sent what she called an "armada" to the strait.', 'armada'],
  ])('%s: none', (_why, text, words) => {
    expect(sentenceOf(text, words)).toBeNull();
  });
});
