import { describe, expect, test } from 'vitest';
import { analyzeText, DEFAULT_SUMMARY_SENTENCES } from '../../src/core/analyze-text.js';

const ARTICLE = [
  'Marlow Approves Tram Line After Two-Year Fight',
  'The harbour city of Marlow approved a new tram line on Tuesday after a two-year fight over its cost and its route through the old docks.',
  'Mayor Ruth Alder said the council had listened to both sides. "We have waited long enough for a line that links the docks to the university," Alder told reporters after the vote.',
  'The council voted 31 to 12 for the line, which the Coastal Transit Authority will run from 2029.',
  'Opponents, led by councillor Tomas Brandt, argued that the city could not borrow the money. "This is a debt our children will pay," he said.',
  'Commuters at the docks station. - Lena Fisk/Reuters',
  'Construction is expected to start next spring, the authority said.',
].join('\n\n');

describe('analyzeText', () => {
  const result = analyzeText(ARTICLE, { title: 'Marlow approves tram line' });

  test('summary: the default length, verbatim, in order', () => {
    expect(result.summary).toHaveLength(DEFAULT_SUMMARY_SENTENCES);
    for (const s of result.summary) expect(ARTICLE.slice(s.start, s.end)).toBe(s.text);
    expect(result.summary.map((s) => s.text).join(' ')).not.toContain('Lena Fisk');
  });

  test('sentences option sets the summary length', () => {
    expect(analyzeText(ARTICLE, { sentences: 5 }).summary).toHaveLength(5);
  });

  test('quotes are attributed to people who are also parties', () => {
    const speakers = result.quotes.map((q) => q.speaker);
    expect(speakers).toEqual(['Ruth Alder', 'Tomas Brandt']);
    const names = result.parties.map((p) => p.name);
    for (const s of speakers) expect(names).toContain(s);
  });

  test('parties: people, places, organisations; credits left out', () => {
    const kinds = Object.fromEntries(result.parties.map((p) => [p.name, p.kind]));
    expect(kinds['Ruth Alder']).toBe('person');
    expect(kinds['Marlow']).toBe('place');
    expect(kinds['Coastal Transit Authority']).toBe('organization');
    expect(kinds['Lena Fisk']).toBeUndefined();
    const roles = Object.fromEntries(result.parties.map((p) => [p.name, p.role]));
    expect(roles['Ruth Alder']).toBe('Mayor');
    expect(roles['Tomas Brandt']).toBe('councillor');
  });

  test('pure: the same text gives the same answer', () => {
    expect(analyzeText(ARTICLE, { title: 'Marlow approves tram line' })).toEqual(result);
  });
});
