import { describe, expect, test } from 'vitest';
import { HIDEABLE_KINDS, autoCleanApplies, cleanOnOpenApplies, defaultOptions, migrate, normaliseHost, validateOptions } from '../../src/shared/options.js';

describe('validateOptions', () => {
  test.each([undefined, null, 42, 'x', []])('%j -> defaults', (raw) => {
    expect(validateOptions(raw)).toEqual(defaultOptions());
  });

  test('good values are kept', () => {
    const stored = { ...defaultOptions(), autoClean: 'sites', sites: ['b.example', 'a.example'], summarySentences: 5, cardTheme: 'accent', cardRatio: '16:9' };
    expect(validateOptions(stored)).toMatchObject({ autoClean: 'sites', sites: ['a.example', 'b.example'], summarySentences: 5, cardTheme: 'accent', cardRatio: '16:9' });
  });

  test('bad fields fall back one by one, the rest is kept', () => {
    const repaired = validateOptions({ autoClean: 'sometimes', summarySentences: 9, cardTheme: 'neon', cardRatio: '2:1', sites: 'a.example', neverSites: ['ok.example', 7, 'javascript:alert(1)'] });
    expect(repaired).toMatchObject({ autoClean: 'off', summarySentences: 3, cardTheme: 'light', cardRatio: '1:1', sites: [] });
    expect(repaired.neverSites).toEqual(['ok.example']);
  });

  test('host lists are normalised, deduplicated and sorted', () => {
    expect(validateOptions({ sites: ['https://WWW.Example.com/x', 'www.example.com', 'b.example'] }).sites).toEqual(['b.example', 'www.example.com']);
  });

  test('hideKinds: every kind present, unknown kinds dropped, non-booleans repaired', () => {
    const kinds = validateOptions({ hideKinds: { ad: false, trending: 'no', bogus: true } }).hideKinds;
    expect(Object.keys(kinds).sort()).toEqual([...HIDEABLE_KINDS].sort());
    expect(kinds.ad).toBe(false);
    expect(kinds.trending).toBe(true);
  });
});

describe('migrate', () => {
  test.each([
    [{ autoClean: true }, 'all'],
    [{ autoClean: false }, 'off'],
  ])('v0 boolean autoClean %j -> %s', (stored, mode) => {
    expect(migrate(stored).autoClean).toBe(mode);
    expect(validateOptions(stored).autoClean).toBe(mode);
  });
});

describe('normaliseHost', () => {
  test.each([
    ['news.example.com', 'news.example.com'],
    [' HTTPS://News.Example.com/path?q ', 'news.example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['', null],
    ['no-dot', null],
    ['exa mple.com', null],
    [42, null],
  ])('%j -> %j', (input, expected) => {
    expect(normaliseHost(input)).toBe(expected);
  });
});

describe('autoCleanApplies', () => {
  const o = defaultOptions();
  test.each([
    ['off never cleans', { ...o }, 'a.example', false],
    ['all cleans anywhere', { ...o, autoClean: 'all' as const }, 'a.example', true],
    ['sites cleans listed hosts', { ...o, autoClean: 'sites' as const, sites: ['a.example'] }, 'A.example', true],
    ['sites skips others', { ...o, autoClean: 'sites' as const, sites: ['a.example'] }, 'b.example', false],
    ['never list wins over all', { ...o, autoClean: 'all' as const, neverSites: ['a.example'] }, 'a.example', false],
  ])('%s', (_name, options, host, expected) => {
    expect(autoCleanApplies(options, host)).toBe(expected);
  });
});

describe('cleanOnOpen', () => {
  test('on by default; a stored boolean is kept, anything else repaired to on', () => {
    expect(defaultOptions().cleanOnOpen).toBe(true);
    expect(validateOptions({ cleanOnOpen: false }).cleanOnOpen).toBe(false);
    expect(validateOptions({ cleanOnOpen: 'no' }).cleanOnOpen).toBe(true);
    // Settings saved before the option existed (v1 without it) get the default.
    expect(validateOptions({ version: 1, autoClean: 'off' }).cleanOnOpen).toBe(true);
  });

  const o = defaultOptions();
  test.each([
    ['on, any site', { ...o }, 'a.example', true],
    ['on, site unknown (no URL visible)', { ...o }, null, true],
    ['off', { ...o, cleanOnOpen: false }, 'a.example', false],
    ['never list wins', { ...o, neverSites: ['a.example'] }, 'A.example', false],
    ['never list wins even with auto-clean on all sites', { ...o, autoClean: 'all' as const, neverSites: ['a.example'] }, 'a.example', false],
  ])('%s', (_name, options, host, expected) => {
    expect(cleanOnOpenApplies(options, host)).toBe(expected);
  });
});
