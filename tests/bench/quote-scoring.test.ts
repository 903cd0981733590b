/** The benchmark's speaker rule: fair in principle, in both directions (invented sources). */
import { describe, expect, test } from 'vitest';
import { goldNameTokens, headNameTokens, sourceHead, speakerMatches, speakerMatchesSource } from '../../bench/nlp/lib/quote-scoring.js';

const ARTICLE = 'Flight attendants met on Monday. Two sources said the talks were long. Sources close to the union agreed.';

describe('the head of a gold source', () => {
  test.each([
    ['a name and an appositive', 'Jon Ardent, the foreign minister of Lindia,', 'Jon Ardent'],
    ['a name and a relative clause', 'Mara Velt, who ran the agency until May', 'Mara Velt'],
    ['a name and a party tag in brackets', 'Sen. Ola Brisk (D-Ohio), a member of the panel', 'Sen. Ola Brisk'],
    ["a role first (an owner's relative), the name after the comma", "Velt's niece, state Del. Ana Brisk,", "Velt's niece, state Del. Ana Brisk,"],
    ['a description with a determiner first', 'His former partner at Lenwood, Tom Ardent,', 'His former partner at Lenwood, Tom Ardent,'],
    ['a body with "of" inside', 'the Guild of Night Porters', 'the Guild of Night Porters'],
    ['a capitalised title alone before the comma, the name after it', 'House Speaker, Jon Ardent,', 'House Speaker, Jon Ardent,'],
    ['a title in capitals before the comma', 'Ardent campaign CEO, Mara Velt', 'Ardent campaign CEO, Mara Velt'],
  ])('%s', (_why, source, head) => {
    expect(sourceHead(source)).toBe(head);
  });
});

describe('the fair rule against the any-word rule', () => {
  test('a place in the appositive is not the speaker (the any-word rule accepted it)', () => {
    const source = 'Jon Ardent, the foreign minister of Lindia,';
    const text = `${ARTICLE} ${source} said so.`;
    expect(speakerMatches('Lindia', goldNameTokens(source, text))).toBe(true);
    expect(speakerMatchesSource('Lindia', source, text)).toBe(false);
    expect(speakerMatchesSource('Jon Ardent', source, text)).toBe(true);
  });

  test('a body whose last word is also a common word is matched by its whole name (the any-word rule missed it)', () => {
    const source = 'the Association of Flight Attendants';
    const text = `${ARTICLE} ${source} endorsed her.`;
    expect(speakerMatches('Association of Flight Attendants', goldNameTokens(source, text))).toBe(false);
    expect(speakerMatchesSource('Association of Flight Attendants', source, text)).toBe(true);
    // Not any two words written somewhere in the source: only in its head.
    expect(speakerMatchesSource('Flight Attendants', 'Mara Velt, a friend of Flight Attendants', `${ARTICLE} Mara Velt`)).toBe(false);
  });

  test('a source named by the given name alone is the person of that given name, not a namesake', () => {
    const text = `${ARTICLE} Mara spoke, then Jon Ardent Jr. spoke.`;
    expect(speakerMatchesSource('Mara Velt', 'Mara', text)).toBe(true);
    expect(speakerMatchesSource('Tom Velt', 'Mara', text)).toBe(false);
    expect(speakerMatchesSource('Jon Ardent Jr.', 'Ardent', text)).toBe(false);
  });

  test('the name after a describing head still counts', () => {
    const source = "Velt's niece, state Del. Ana Brisk,";
    const text = `${ARTICLE} ${source} spoke.`;
    expect(speakerMatchesSource('Ana Brisk', source, text)).toBe(true);
  });

  test('the same sources count as named: the head falls back to the whole source', () => {
    const text = `${ARTICLE} Velt's family and the chair of the Lindia Board spoke.`;
    for (const source of ["Velt's family", 'the chair of the Lindia Board', 'Jon Ardent, the foreign minister of Lindia,']) {
      expect(headNameTokens(source, text).length > 0).toBe(goldNameTokens(source, text).length > 0);
    }
  });

  test('a common word opening a sentence is no name, and nobody is no speaker', () => {
    expect(speakerMatchesSource('Sources', 'Sources', ARTICLE)).toBe(false);
    expect(speakerMatchesSource(null, 'Jon Ardent', ARTICLE)).toBe(false);
  });

  test('a party member or a role of a place is a description (not scored as named), like "the Vermont senator"; a body\'s agent is not', () => {
    const text = `${ARTICLE} Ohio and the Lindia Board met.`;
    for (const source of ['the Illinois Democrat', 'the Republican', 'the governor of Ohio', 'the former senator from Ohio']) {
      expect(headNameTokens(source, text)).toEqual([]);
    }
    expect(headNameTokens('a spokesman for the Lindia Board', text)).toContain('Lindia');
    expect(headNameTokens('the chair of the Lindia Board', text)).toContain('Lindia');
    // The earlier any-word rule counted the place as the speaker's name.
    expect(goldNameTokens('the governor of Ohio', text)).toEqual(['Ohio']);
  });
});
