import { describe, expect, test } from 'vitest';
import { isBylineLine, isHeadingLine } from '../../../src/core/text/heading-lines.js';
import { isCommonWord } from '../../../src/core/parties/lexicon.js';

describe('isHeadingLine: lines that are not sentences', () => {
  test.each([
    ['Conditions and Official Statements', true],
    ['Recent Negotiation History', true],
    ['Escalation And Military Posture', true],
    ['IRAN AGREES TO TALKS', true],
    ['Varenia Conditionally Agrees To Resume Reactor Talks With Kestria', true],
    // A name alone (a wire byline) is not a heading: its names are evidence.
    ['Nadim Ladki', false],
    ['Tarek Solani', false],
    // Sentences, datelines and tables are not headings.
    ['President Tarek Solani confirmed the decision.', false],
    ['AL-AIN , United Arab Emirates 1996-12-06', false],
    ['Leeds 2 Everton 1', false],
    ['Kamal told Radio Halden that he was confident', false],
  ])('%s -> %s', (line, expected) => {
    expect(isHeadingLine(line, isCommonWord)).toBe(expected);
  });
});

describe('isBylineLine', () => {
  test.each([
    ['By Clara Voss', true],
    ['By Clara Voss and Noor Haddad, Meridian Wire', true],
    ['By the time the ferry docked, Okafor said, the crews had left.', false],
    ['Clara Voss reported from Geneva.', false],
  ])('%s -> %s', (line, expected) => {
    expect(isBylineLine(line)).toBe(expected);
  });
});
