/** Speakers named by a description point back at the person given that role earlier. */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../src/core/quotes/find-quotes.js';

const speakerOf = (text: string, words: string) => findQuotes(text).find((q) => q.text.includes(words))?.speaker ?? null;

describe('descriptions resolve to the person named earlier', () => {
  test.each([
    [
      'the former first lady -> the person the article called first lady',
      'Former first lady Miriam Castell toured the clinic on Monday. Nurses met her at the door. "We cannot keep people waiting for months," the former first lady said.',
      'We cannot keep people waiting',
      'Miriam Castell',
    ],
    [
      'the senator -> Sen. X, past another person named in between',
      'Sen. Ruth Alder opened the hearing. The bank was represented by Tomas Brandt, who declined to answer. "This is not a business model, it is a scandal," the senator said.',
      'This is not a business model',
      'Ruth Alder',
    ],
    [
      "the company's chief executive -> the appositive given before",
      'Daniel Whitcombe, the chief executive of Northwind Offshore, met the union on Friday. Later, "We remain at the table," the company\'s chief executive said.',
      'We remain at the table',
      'Daniel Whitcombe',
    ],
    [
      'the Lindian president -> the person titled president, not the place',
      'President Tarek Solani flew to Geneva on Monday. "We will not sign under threat," the Lindian president told reporters.',
      'We will not sign under threat',
      'Tarek Solani',
    ],
  ])('%s', (_why, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  test.each([
    ['an indefinite description names nobody', 'Mayor Ana Diaz spoke first. "The bridge is unsafe and has been for years," a spokesman said.', 'The bridge is unsafe'],
    ['the gender of the description must fit', 'Governor Paul Kerr met the press. "We are not done with this process yet," the former first lady said.', 'We are not done'],
  ])('%s', (_why, text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });
});

describe('a description that gives the gender away, with no role found', () => {
  test('"the first lady" is the nearest woman, like "she"', () => {
    const text = 'Miriam Castell campaigned for the mayor on Thursday with Paul Kerr. "When they shout, we answer with plans," the first lady said.';
    expect(speakerOf(text, 'When they shout')).toBe('Miriam Castell');
  });
});

test('the head of a description stands before its "of" phrase: "the 34-year-old mother of three" is a woman', () => {
  const text = 'Nadia Ferrer spoke about the plan with Paul Kerr. Pressed on the leave rules, the 34-year-old mother of three replied, "It is meant for every parent who needs it."';
  expect(speakerOf(text, 'It is meant for every parent')).toBe('Nadia Ferrer');
});

describe('roles stated in other shapes, and descriptions with no earlier holder of the role', () => {
  test.each([
    ['the role first, the name in commas', 'The mayor of Lindton, Ruth Alder, opened the fair. Tomas Brandt spoke next. “We are proud of this town,” the mayor said.', 'Ruth Alder'],
    ['the role stated in a sentence', 'Ruth Alder is the mayor of Lindton. Tomas Brandt spoke next. “We are proud of this town,” the mayor said.', 'Ruth Alder'],
    ['"who is the ..."', 'Ruth Alder, who is the company’s chief executive, opened the plant. Tomas Brandt spoke next. “We are proud of this town,” the chief executive said.', 'Ruth Alder'],
    ['a capitalised description opening its sentence, with no holder: the person just named', 'Ruth Alder toured the plant on Monday. The senator told the workers: “We are proud of this town.”', 'Ruth Alder'],
  ])('%s', (_why, text, speaker) => {
    expect(speakerOf(text, 'We are proud')).toBe(speaker);
  });

  test('a person with another role, or a word qualifying a role, is not the one described', () => {
    const text = 'Ruth Alder, the mayor, met Thomas Brandt on Monday. The Lindian senator told the workers: “We are proud of this town.”';
    expect(speakerOf(text, 'We are proud')).toBe('Thomas Brandt');
  });

  test('a title written before the name is not matched to a namesake given only later', () => {
    const text = 'President Solani flew to Geneva. “We will not sign,” the president said. His wife, Amira Solani, stayed home.';
    expect(speakerOf(text, 'We will not sign')).toBe('Solani');
  });

  test('an indefinite description stays unnamed', () => {
    expect(speakerOf('Ruth Alder toured the plant. “We are proud of this town,” a senator said.', 'We are proud')).toBeNull();
  });
});

describe('descriptions with capitalised modifiers are not names', () => {
  test.each([
    ['a description as the subject of a mixed quote', 'Victor Hale toured the plant. The Lindian nominee also vowed to punish “those who break the rules.”'],
    ['an auxiliary and an adverb before the verb', 'Victor Hale toured the plant. The Lindian presidential nominee has repeatedly wondered whether the vote will be “fair.”'],
  ])('%s', (_why, text) => {
    expect(findQuotes(text)[0]!.speaker).toBe('Victor Hale');
  });

  test('a place in a list after a preposition takes no gender from a later "he"', () => {
    const text = 'David Hale, speaking after the vote, cited problems in the North Sea, Norland and elsewhere that he blamed on the council. “We need change,” the Lindian businessman said.';
    expect(findQuotes(text)[0]!.speaker).toBe('David Hale');
  });
});

describe('capitalised words that qualify a noun', () => {
  test('"the Lindian space agency" is a description, not a person called Lindian', () => {
    expect(findQuotes('“The probe is lost,” the Lindian space agency said in an update.')[0]!.speaker).toBeNull();
  });

  test('"the Hale campaign" still speaks for Hale', () => {
    expect(findQuotes('David Hale spoke. “We won,” the Hale campaign said.')[0]!.speaker).toBe('David Hale');
  });

  test('a compound adjective ("Norland-flagged") is nobody "he" could be', () => {
    const text = 'David Hale waited by the phone for weeks. His son turned up on a Norland-flagged ship, where he slept for a day. “I thought I lost you,” the relieved father said.';
    expect(findQuotes(text)[0]!.speaker).toBe('David Hale');
  });
});
