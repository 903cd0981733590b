import { describe, expect, test } from 'vitest';
import { findParties } from '../../../src/core/parties/find-parties.js';
import { findQuotes } from '../../../src/core/quotes/find-quotes.js';
import type { Party } from '../../../src/core/types.js';

const ARTICLE = [
  'Lindian President Nadia Okafor met envoys from Egypt, Oman, Pakistan, Qatar, Saudi Arabia and the UAE in Porto Vell on Friday.',
  'The International Maritime Safety Agency (IMSA) warned that the strait was closing. U.S. officials said the United States would send observers.',
  '"We will not be rushed," Okafor said, stressing dignity, prudence and patience. Lindian officials agreed.',
  'Tomas Brandt, chief negotiator for the Harbour Pilots Association, told us in June that the talks could last weeks.',
  'The harbour at dawn. - Lena Fisk/Reuters',
  'Reporting for this story includes contributions from journalists Sam Hale and Ada Moss.',
].join('\n\n');

const parties = findParties(ARTICLE, findQuotes(ARTICLE));
const byName = (name: string): Party | undefined => parties.find((p) => p.name === name);
const names = parties.map((p) => p.name);

describe('findParties', () => {
  test('a coordinated list gives one place each', () => {
    for (const place of ['Egypt', 'Oman', 'Pakistan', 'Qatar', 'Saudi Arabia', 'United Arab Emirates']) {
      expect(byName(place)?.kind, place).toBe('place');
    }
  });

  test('a title becomes the role, not part of the name', () => {
    const p = byName('Nadia Okafor');
    expect(p?.kind).toBe('person');
    expect(p?.role).toMatch(/President/);
    expect(names).not.toContain('President Nadia Okafor');
  });

  test('surnames, acronyms and short forms join their full names', () => {
    expect(byName('Nadia Okafor')?.aliases).toContain('Okafor');
    expect(byName('International Maritime Safety Agency')?.aliases).toContain('IMSA');
    expect(byName('International Maritime Safety Agency')?.kind).toBe('organization');
    expect(byName('United States')?.aliases).toContain('U.S.');
    expect(names).not.toContain('Okafor');
    expect(names).not.toContain('IMSA');
  });

  test('demonyms count for their country', () => {
    const country = byName('Lindia');
    expect(country === undefined || country.kind === 'place').toBe(true);
    const egypt = byName('Egypt');
    expect(egypt?.mentions).toHaveLength(1);
  });

  test('an appositive gives the role', () => {
    expect(byName('Tomas Brandt')?.role).toBe('chief negotiator for the Harbour Pilots Association');
    expect(byName('Harbour Pilots Association')?.kind).toBe('organization');
  });

  test.each(['us', 'June', 'Prudence', 'Friday', 'Lena Fisk', 'Sam Hale', 'Ada Moss', 'Reuters'])(
    '%s is not a party',
    (word) => {
      expect(names).not.toContain(word);
    },
  );

  test('mentions point at the names in the text', () => {
    for (const p of parties) {
      for (const [s, e] of p.mentions) expect(e).toBeGreaterThan(s);
    }
    const okafor = byName('Nadia Okafor')!;
    expect(okafor.mentions.map(([s, e]) => ARTICLE.slice(s, e))).toEqual(['Nadia Okafor', 'Okafor']);
  });

  test('ranked by salience: the quoted president before a one-off place', () => {
    expect(names.indexOf('Nadia Okafor')).toBeLessThan(names.indexOf('Oman'));
  });

  test('the Iranian-style demonym counts for a known country', () => {
    const text = 'Iranian officials met Egyptian diplomats. Iran said the talks went well.';
    const iran = findParties(text, []).find((p) => p.name === 'Iran');
    expect(iran?.mentions).toHaveLength(2);
    expect(iran?.aliases).toContain('Iranian');
  });

  test('empty text has no parties', () => {
    expect(findParties('', [])).toEqual([]);
  });
});

describe('findParties: headings and titles', () => {
  const text = [
    'Lisbon Meeting Set Amid Strike',
    'Officials met on Monday. U.S. President Amelia Stone said the talks would go on.',
    'Foreign Affairs',
    'The Lindian delegation left early.',
  ].join('\n\n');
  const names = findParties(text, []).map((p) => p.name);

  test('a headline in Title Case does not become a party', () => {
    expect(names.some((n) => n.includes('Meeting'))).toBe(false);
  });

  test('a place before a title is part of the role', () => {
    const stone = findParties(text, []).find((p) => p.name === 'Amelia Stone');
    expect(stone?.role).toBe('U.S. President');
  });

  test('a heading of ordinary words is not a person', () => {
    expect(names).not.toContain('Foreign Affairs');
  });
});

describe('findParties: organisations by their head noun', () => {
  const text = [
    'Shops along the quay stayed shut on Saturday. The Westmoor Chamber of Commerce said its members had lost a week of trade.',
    'Lotte Farrant, a pharmacist who drives to the Royal Infirmary each dawn, said the bridge had to reopen.',
    'Jonas Petrik, chairman of the Dairy and Grain Farmers Association, said the levy was unfair.',
    'The Food and Drink Retailers Association backed him, as did the Westmoor University students.',
  ].join('\n\n');
  const parties = findParties(text, findQuotes(text));
  const find = (name: string) => parties.find((p) => p.name === name);

  test.each([
    ['Westmoor Chamber of Commerce', 'organization'],
    ['Royal Infirmary', 'organization'],
    ['Dairy and Grain Farmers Association', 'organization'],
    ['Food and Drink Retailers Association', 'organization'],
    ['Lotte Farrant', 'person'],
    ['Jonas Petrik', 'person'],
  ])('%s is one %s', (name, kind) => {
    expect(find(name)?.kind).toBe(kind);
  });

  test('an organisation has no role, a determiner is never one', () => {
    expect(find('Westmoor Chamber of Commerce')?.role ?? null).toBeNull();
    expect(parties.some((p) => p.role === 'The')).toBe(false);
  });

  test('appositives give roles, cut before a relative clause', () => {
    expect(find('Lotte Farrant')?.role).toBe('a pharmacist');
    expect(find('Jonas Petrik')?.role).toBe('chairman of the Dairy and Grain Farmers Association');
  });

  test('a half of an "X and Y Association" name is no party of its own', () => {
    expect(parties.map((p) => p.name)).not.toContain('Grain Farmers Association');
    expect(parties.map((p) => p.name)).not.toContain('Dairy');
  });
});

describe('findParties: roles and bodies around a name', () => {
  const text = [
    'Relief crews reached Lowmoor on Sunday. Council leader Anwen Pryde said the repairs would take a year.',
    'Headteacher Ivo Marsh moved lessons to the church hall.',
    'The chair of the Lowmoor Growers Association, Tariq Hussain, said the harvest was lost.',
    'Its project director, Elin Rask, said the company would pay.',
    '"Nobody is against protecting Lowmoor," Rask said. "The question is when Lowmoor floods again," she added.',
    'The Lowmoor Fishermen\'s Cooperative asked for compensation.',
  ].join('\n\n');
  const parties = findParties(text, findQuotes(text));
  const find = (name: string) => parties.find((p) => p.name === name);

  test.each([
    ['Anwen Pryde', 'Council leader'],
    ['Ivo Marsh', 'Headteacher'],
    ['Tariq Hussain', 'chair of the Lowmoor Growers Association'],
    ['Elin Rask', 'project director'],
  ])('%s: %s', (name, role) => {
    expect(find(name)?.role).toBe(role);
  });

  test('a possessive determiner is not a party', () => {
    expect(parties.map((p) => p.name)).not.toContain('Its');
  });

  test('"she" after a closing quote mark is the speaker, not the place named in the quote', () => {
    expect(find('Lowmoor')?.kind).not.toBe('person');
  });

  test('"Fishermen\'s Cooperative": a plural possessive inside a body\'s name', () => {
    expect(find('Lowmoor Fishermen\'s Cooperative')?.kind).toBe('organization');
  });
});

describe('findParties: a language that capitalises every noun', () => {
  const text = [
    'Der Gemeinderat hat am Montag beschlossen, die Brücke über den Fluss zu sanieren. Die Kosten liegen bei rund vier Millionen Euro.',
    '„Wir haben lange genug gewartet“, sagte Bürgermeister Thomas Keller nach der Sitzung. Dessen Stellvertreterin Anna Brandt will die Arbeiten im Sommer beginnen.',
    'Kritik kam von der Opposition, die mehr Geld für die Schulen in der Stadt fordert.',
  ].join('\n\n');
  const parties = findParties(text, []);

  test('only names a lexicon vouches for, titles split off', () => {
    expect(parties.map((p) => [p.name, p.kind]).sort()).toEqual([['Anna Brandt', 'person'], ['Thomas Keller', 'person']]);
    expect(parties.find((p) => p.name === 'Anna Brandt')?.role).toBe('Stellvertreterin');
  });
});

describe('findParties: a company named by its first word', () => {
  test('"X said it would" makes X a body, and X joins its full name', () => {
    const text = 'The developer, Brightwater Kelvane, says the plant will open in 2030.\n\nBrightwater said it would pay for the new road to the site.';
    const parties = findParties(text, []);
    const company = parties.find((p) => p.name === 'Brightwater Kelvane');
    expect(company?.kind).toBe('organization');
    expect(company?.mentions).toHaveLength(2);
    expect(parties.map((p) => p.name)).not.toContain('Brightwater');
  });
});
