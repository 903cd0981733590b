/** Speakers of quotes with no cue of their own: the sentence before, the quote before. */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../src/core/quotes/find-quotes.js';

const speakerOf = (text: string, words: string) => findQuotes(text).find((q) => q.text.includes(words))?.speaker ?? null;

describe('a quote opening its sentence with no cue', () => {
  test.each([
    [
      'the sentence before names its speaker by a verb',
      'Maria Okafor chaired the meeting. Her former partner, Lionel Brandt, praised her at length. "She can close a deal nobody else could close."',
      'She can close a deal',
      'Lionel Brandt',
    ],
    [
      'the sentence before is about its speaker',
      'Ruth Alder spoke first. Tomas Brandt then listed the costs of the bridge. "Nobody has told the town what the repairs will cost."',
      'Nobody has told the town',
      'Tomas Brandt',
    ],
    [
      'a title in quotes inside the sentence before does not hide its subject',
      'Ruth Alder was defiant. On "Morning Hour," Sen. Tomas Brandt (Ohio) listed the costs of the bridge. "Nobody has told the town what it will cost."',
      'Nobody has told the town',
      'Tomas Brandt',
    ],
    [
      "the sentence before is the previous quote's cue: the same speaker goes on",
      'Ruth Alder spoke first. "The vote is close," said Ines Duarte, Senate editor for the Lakeside Report. "It could go either way."',
      'It could go either way',
      'Ines Duarte',
    ],
    [
      "the previous quote's cue with a title before the name",
      'Ruth Alder spoke first. "We will find out what happened," harbour police Chief Ines Duarte said Monday. "I promise the town that much."',
      'I promise the town',
      'Ines Duarte',
    ],
  ])('%s', (_why, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  test('a sentence about someone else, then a quote with its own cue: the cue wins', () => {
    const text = 'Ruth Alder opened the hearing. Tomas Brandt sat at the back of the room. "We are not done," Alder said.';
    expect(speakerOf(text, 'We are not done')).toBe('Ruth Alder');
  });
});
