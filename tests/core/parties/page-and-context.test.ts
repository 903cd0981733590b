/** Parties as a reader expects them on real pages: the page's own labels and the words around names. */
import { describe, expect, test } from 'vitest';
import { findParties } from '../../../src/core/parties/find-parties.js';
import type { PartyKind } from '../../../src/core/types.js';

const kindOf = (text: string, name: string, page = {}): PartyKind | undefined => findParties(text, [], page).find((p) => p.name === name)?.kind;

describe('the byline and the outlet', () => {
  const text = 'Clara Voss met the mayor on Friday. The Harbour Star asked Ruth Alder about the budget, and Alder said she would answer in writing.';
  test('the byline author is not a party', () => {
    expect(kindOf(text, 'Clara Voss')).toBe('person');
    expect(kindOf(text, 'Clara Voss', { byline: 'By Clara Voss' })).toBeUndefined();
  });
  test('the outlet is never a person', () => {
    const told = 'Speaking to Gazzetta Nord, Ruth Alder said no. Gazzetta Nord reported it first.';
    expect(kindOf(told, 'Gazzetta Nord', { siteName: 'Gazzetta Nord' })).toBe('organization');
    expect(findParties(text, [], { siteName: 'The Harbour Star' }).filter((p) => p.kind === 'person').map((p) => p.name)).not.toContain('Harbour Star');
  });
  test('other people stay', () => {
    expect(kindOf(text, 'Ruth Alder', { byline: 'Clara Voss', siteName: 'The Harbour Star' })).toBe('person');
  });
});

describe('organisations, agencies and places before a person reading', () => {
  test.each<[string, string, PartyKind | undefined]>([
    ['The planes were serviced by Halvorsen Engineering in March. Halvorsen said the work met every standard.', 'Halvorsen Engineering', 'organization'],
    ['The planes were serviced by Halvorsen Engineering in March. Halvorsen said the work met every standard.', 'Halvorsen', undefined],
    ['Transport Canada said it had opened a review of the records.', 'Transport Canada', 'organization'],
    ['The loan came from Brightwater Capital, which declined to comment.', 'Brightwater Capital', 'organization'],
    ['Varenia has agreed to talks. Varenian officials said the terms were fair.', 'Varenia', 'place'],
    ['Solani spoke at a rally in the capital, Tesk, on Wednesday. Tesk wants its reactor back.', 'Tesk', 'place'],
    ['The cable runs around the Long Bank, a shallow ridge where the fleet sets its pots.', 'Long Bank', 'place'],
    ['The city bought 212 trucks, all of them the 2024 Kestrel Sierra, last spring.', 'Kestrel Sierra', undefined],
    ['A convoy of Toyota Hilux trucks carried the mediators.', 'Toyota Hilux', undefined],
    ['"I have instructed my Minister of Foreign Affairs to pursue talks," he wrote.', 'Foreign Affairs', undefined],
    ['Secretary of State Ruth Alder flew to Geneva.', 'Ruth Alder', 'person'],
  ])('%s -> %s is %s', (text, name, kind) => {
    expect(kindOf(text, name)).toBe(kind);
  });

  test('a Title Case subheading gives no names', () => {
    const text = 'Iran and Kestria met on Monday.\n\nConditions and Official Statements\n\nRecent Negotiation History\n\nThe talks went on.';
    const names = findParties(text, []).map((p) => p.name);
    expect(names).not.toContain('Statements');
    expect(names).not.toContain('Negotiation History');
  });
});
