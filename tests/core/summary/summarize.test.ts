import { describe, expect, test } from 'vitest';
import { summarize } from '../../../src/core/summary/summarize.js';
import { leansOnPrevious } from '../../../src/core/summary/score-sentences.js';
import { isClutterSentence, voiceScore } from '../../../src/core/summary/clutter-sentence.js';

const ARTICLE = [
  'By Jane Rowe',
  'The harbour city of Marlow approved a new tram line on Tuesday after a two-year fight over its cost and route.',
  'The council voted 31 to 12 for the line, which will link the old docks to the university campus by 2029.',
  'Commuters waiting at the docks station on a rainy morning. Photo: Lena Fisk/Reuters',
  '"We have waited long enough," said the mayor, Ruth Alder.',
  'Opponents argued the tram line would cost more than the city can borrow and delay repairs to bridges.',
  'The route passes the market hall and the new hospital.',
  'Construction of the tram line is expected to start next spring, the council said.',
  'Reporting for this story includes contributions from Sam Hale.',
].join('\n\n');

describe('summarize', () => {
  test('returns the requested number of verbatim sentences in article order', () => {
    for (const n of [3, 4, 5]) {
      const out = summarize(ARTICLE, n);
      expect(out).toHaveLength(n);
      for (const s of out) expect(ARTICLE.slice(s.start, s.end)).toBe(s.text);
      const starts = out.map((s) => s.start);
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    }
  });

  test('never picks the byline, the caption or the contributors line', () => {
    const picked = summarize(ARTICLE, 5).map((s) => s.text).join(' ');
    expect(picked).not.toContain('By Jane Rowe');
    expect(picked).not.toContain('Photo:');
    expect(picked).not.toContain('contributions from');
  });

  test('leads with the news lead', () => {
    expect(summarize(ARTICLE, 3)[0]?.text).toMatch(/^The harbour city of Marlow approved/);
  });

  test('drops a sentence that repeats one already picked', () => {
    const text = [
      'The river flooded the lower town on Monday and forced hundreds of families from their homes.',
      'The river flooded the lower town on Monday, forcing hundreds of families from their homes.',
      'Rescue teams used boats to reach people trapped on the upper floors of houses near the bridge.',
      'The weather service said more heavy rain is expected in the hills before the weekend.',
    ].join(' ');
    const out = summarize(text, 3).map((s) => s.text);
    expect(out.filter((s) => s.startsWith('The river flooded'))).toHaveLength(1);
  });

  test('a headline pulls up the sentence that matches it', () => {
    const text = [
      'Residents gathered in the square on a cold morning as the results were read out.',
      'Many had queued for hours, some bringing flasks of tea and folding chairs.',
      'Local bakers handed out bread to those at the front of the line.',
      'Schoolchildren sang while the officials checked the final boxes.',
      'The count confirmed that the referendum on the new dam was rejected by a wide margin.',
    ].join(' ');
    const out = summarize(text, 3, 'Dam referendum rejected by voters').map((s) => s.text);
    expect(out.some((s) => s.includes('referendum on the new dam'))).toBe(true);
  });

  test('skips a repeated headline and section headings', () => {
    const text = [
      'Marlow Approves New Tram Line',
      'The harbour city of Marlow approved a new tram line on Tuesday after a long fight over its cost.',
      'What Happens Next',
      'Construction of the line is expected to start next spring and to take three years to finish.',
      'The council said fares would match the bus network so that nobody pays more to ride the tram.',
    ].join('\n\n');
    const out = summarize(text, 3, 'Marlow approves new tram line').map((s) => s.text);
    expect(out).not.toContain('Marlow Approves New Tram Line');
    expect(out).not.toContain('What Happens Next');
    expect(out).toHaveLength(3);
  });

  test('a dateline or wire tag is trimmed off the sentence, offsets follow', () => {
    const text = 'MARLOW (Wire) - The council approved a new tram line on Tuesday after a long fight over money.';
    const [first] = summarize(text, 3);
    expect(first?.text).toBe('The council approved a new tram line on Tuesday after a long fight over money.');
    expect(text.slice(first!.start, first!.end)).toBe(first!.text);
  });

  test('short texts give what they have; empty text gives nothing', () => {
    expect(summarize('', 3)).toEqual([]);
    expect(summarize('Only one sentence here that is long enough to count.', 3)).toHaveLength(1);
  });
});

describe('clutter and voice', () => {
  test.each([
    ['By Jane Rowe', true],
    ['Photo: Lena Fisk/Reuters', true],
    ['Scroll down for video', true],
    ['Reporting for this story includes contributions from Sam Hale.', true],
    ['PUBLISHED: 10:02 GMT, 3 May 2024', true],
    ['The mayor (pictured) opened the bridge.', true],
    ['The council voted for the line on Tuesday.', false],
    ['By the end of the day the council had voted.', false],
    ['Escalation And Military Posture', true],
    ['Talks resume in Marlow', false],
  ])('isClutterSentence(%s) = %s', (s, expected) => {
    expect(isClutterSentence(s)).toBe(expected);
  });

  test.each([
    ['"We are ready," she said.', 1],
    ['Is this the end of the line?', 1],
    ['The line opens in May.', 0],
  ])('voiceScore(%s) = %s', (s, expected) => {
    expect(voiceScore(s)).toBe(expected);
  });
});

describe('leansOnPrevious', () => {
  test.each([
    ['He said the vote would be held on Tuesday.', 1],
    ['But the council had other plans for the docks.', 1],
    ['"It was a long night," the mayor said.', 1],
    ['The council voted 31 to 12 for the tram line.', 0],
    ['Hertford council voted for the line.', 0],
    ['Theresa Lind chaired the meeting.', 0],
  ])('%s -> %d', (sentence, expected) => {
    expect(leansOnPrevious(sentence)).toBe(expected);
  });
});
