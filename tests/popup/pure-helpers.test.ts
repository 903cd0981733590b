import { describe, expect, test, vi } from 'vitest';

// auto-clean-site.ts also asks the browser for permissions; these tests only use its pure half.
vi.mock('../../src/shared/browser.js', () => ({ browser: {} }));
import type { Party } from '../../src/core/types.js';
import { siteHost, withSiteAutoCleaned, withSiteNeverCleaned, withSiteUnlisted } from '../../src/popup/auto-clean-site.js';
import { groupParties, mentionTexts } from '../../src/popup/group-parties.js';
import { escapeMarkdown, summaryMarkdown, summaryPlain } from '../../src/popup/summary-text.js';
import { autoCleanApplies, defaultOptions } from '../../src/shared/options.js';

const sentences = [
  { text: 'Ferry crews voted to strike.', start: 0, end: 28 },
  { text: 'Talks [collapsed] after *eleven* weeks.', start: 29, end: 66 },
];
const source = { title: 'Ferry [Crews] Strike', siteName: 'Northgate Ledger', url: 'https://ledger.example/a_(b)' };

describe('summary text', () => {
  test('plain: headline and outlet, bullets, link', () => {
    expect(summaryPlain(sentences, source)).toBe(
      'Ferry [Crews] Strike — Northgate Ledger\n\n• Ferry crews voted to strike.\n• Talks [collapsed] after *eleven* weeks.\n\nhttps://ledger.example/a_(b)',
    );
  });

  test('markdown: linked headline, page text escaped so it cannot format or link', () => {
    expect(summaryMarkdown(sentences, source)).toBe(
      '**[Ferry \\[Crews\\] Strike](<https://ledger.example/a_(b)>)** — Northgate Ledger\n\n' +
        '- Ferry crews voted to strike.\n- Talks \\[collapsed\\] after \\*eleven\\* weeks.',
    );
  });

  test.each([
    ['[x](javascript:alert(1))', '\\[x\\]\\(javascript:alert\\(1\\)\\)'],
    ['<b>hi</b>', '\\<b\\>hi\\</b\\>'],
    ['# not a heading', '\\# not a heading'],
  ])('escapeMarkdown(%s)', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('parties', () => {
  const party = (name: string, kind: Party['kind'], aliases: string[] = []): Party => ({ name, kind, role: null, aliases, mentions: [] });

  test('grouped people, organisations, places; empty groups dropped; order kept', () => {
    const groups = groupParties([party('Harbour', 'place'), party('Okafor', 'person'), party('Union', 'organization'), party('Raman', 'person')]);
    expect(groups.map((g) => [g.kind, g.parties.map((p) => p.name)])).toEqual([
      ['person', ['Okafor', 'Raman']],
      ['organization', ['Union']],
      ['place', ['Harbour']],
    ]);
    expect(groupParties([party('X', 'place')]).map((g) => g.kind)).toEqual(['place']);
  });

  test('mention texts: name and aliases, longest first, no duplicates or blanks', () => {
    expect(mentionTexts(party('Mara Okafor', 'person', ['Okafor', ' ', 'Mara Okafor', 'Ms Okafor']))).toEqual(['Mara Okafor', 'Ms Okafor', 'Okafor']);
  });
});

describe('auto-clean this site', () => {
  test.each([
    ['https://www.Example.com/news/1', 'www.example.com'],
    ['http://127.0.0.1:8080/x', '127.0.0.1'],
    ['chrome://version', null],
    ['file:///tmp/a.html', null],
    ['not a url', null],
  ])('siteHost(%s)', (url, host) => {
    expect(siteHost(url)).toBe(host);
  });

  test('off -> sites, host added once, removed from the never list', () => {
    const options = { ...defaultOptions(), sites: ['b.example'], neverSites: ['a.example'] };
    expect(withSiteAutoCleaned(options, 'a.example')).toEqual({ autoClean: 'sites', sites: ['a.example', 'b.example'], neverSites: [] });
    expect(withSiteAutoCleaned({ ...options, autoClean: 'all' }, 'b.example')).toMatchObject({ autoClean: 'all', sites: ['b.example'] });
  });

  test('never: on the never list once, off the always list; the mode is untouched', () => {
    const options = { ...defaultOptions(), autoClean: 'all' as const, sites: ['a.example', 'b.example'], neverSites: ['c.example'] };
    expect(withSiteNeverCleaned(options, 'a.example')).toEqual({ neverSites: ['a.example', 'c.example'], sites: ['b.example'] });
    expect(withSiteNeverCleaned(options, 'c.example')).toEqual({ neverSites: ['c.example'], sites: ['a.example', 'b.example'] });
  });

  test('unlisted: the site leaves both lists and follows the general setting', () => {
    const options = { ...defaultOptions(), sites: ['a.example'], neverSites: ['a.example', 'c.example'] };
    expect(withSiteUnlisted(options, 'a.example')).toEqual({ sites: [], neverSites: ['c.example'] });
  });

  test('whether the popup offers the button', () => {
    const o = defaultOptions();
    expect(autoCleanApplies(o, 'a.example')).toBe(false);
    expect(autoCleanApplies({ ...o, autoClean: 'all' }, 'a.example')).toBe(true);
    expect(autoCleanApplies({ ...o, autoClean: 'all', neverSites: ['a.example'] }, 'a.example')).toBe(false);
    expect(autoCleanApplies({ ...o, autoClean: 'sites', sites: ['a.example'] }, 'a.example')).toBe(true);
  });
});
