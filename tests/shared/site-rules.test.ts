/** Site rules: stored values repaired, imports validated all or nothing, export -> import round trip. */
import { expect, test } from 'vitest';
import { EXPORT_FORMAT, exportRules, mergeRules, parseImport, validateStoredRules, withRule } from '../../src/shared/site-rules.js';

/** A stand-in for the browser's CSS parser: the import test only needs to see a refusal. */
const isSelector = (s: string): boolean => !/[{}]|^\d|>>/.test(s);

const file = (sites: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: EXPORT_FORMAT, version: 1, sites, ...extra });

test('a valid file is taken whole', () => {
  const result = parseImport(file({ 'news.example': [{ selector: '#events-rail', label: 'Events', created: 5 }, { selector: 'section.poll-widget' }] }), isSelector);
  expect(result).toEqual({
    ok: true,
    rules: { 'news.example': [{ selector: '#events-rail', label: 'Events', created: 5 }, { selector: 'section.poll-widget', label: 'section.poll-widget', created: 0 }] },
  });
});

test.each<[string, string, string]>([
  ['not JSON', '{"format": ', 'importNotJson'],
  ['JSON but not ours', JSON.stringify({ rules: [] }), 'importWrongFormat'],
  ['a newer version', file({}, { version: 2 }), 'importWrongFormat'],
  ['sites is a list', JSON.stringify({ format: EXPORT_FORMAT, version: 1, sites: [] }), 'importWrongFormat'],
  ['a host that is a URL', file({ 'https://news.example/x': [] }), 'importBadHost'],
  ['a host with spaces', file({ 'news example': [] }), 'importBadHost'],
  ['a site whose rules are not a list', file({ 'news.example': { selector: 'div' } }), 'importBadHost'],
  ['a selector that does not parse', file({ 'news.example': [{ selector: 'div{color:red}' }] }), 'importBadRule'],
  ['an empty selector', file({ 'news.example': [{ selector: '  ' }] }), 'importBadRule'],
  ['a rule that is a string', file({ 'news.example': ['div.promo'] }), 'importBadRule'],
  ['a selector too long', file({ 'news.example': [{ selector: `div${'.a'.repeat(200)}` }] }), 'importBadRule'],
  ['too many rules for one site', file({ 'news.example': Array.from({ length: 101 }, (_, i) => ({ selector: `.rule-${'x'.repeat(i % 5)}${String.fromCharCode(97 + (i % 26))}` })) }), 'importTooMany'],
])('%s -> %s, nothing taken', (_what, text, key) => {
  const result = parseImport(text, isSelector);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.key).toBe(key);
});

test('one bad rule among good ones rejects the whole file', () => {
  const result = parseImport(file({ 'a.example': [{ selector: '.ok-one' }], 'b.example': [{ selector: '.fine' }, { selector: '>>' }] }), isSelector);
  expect(result).toMatchObject({ ok: false, error: { key: 'importBadRule', detail: 'b.example: >>' } });
});

test('export then import gives the same rules back', () => {
  const rules = { 'b.example': [{ selector: '.promo-box', label: 'Promo', created: 2 }], 'a.example': [{ selector: '#events-rail', label: 'Events', created: 1 }] };
  const exported = exportRules(rules);
  expect(Object.keys(exported.sites)).toEqual(['a.example', 'b.example']);
  expect(parseImport(JSON.stringify(exported), isSelector)).toEqual({ ok: true, rules });
});

test('stored values are repaired: junk dropped, duplicates merged', () => {
  expect(validateStoredRules('nope')).toEqual([]);
  expect(validateStoredRules([{ selector: '.a' }, { selector: '.a', label: 'again' }, 7, { selector: '' }, { selector: '.b', created: -1 }])).toEqual([
    { selector: '.a', label: '.a', created: 0 },
    { selector: '.b', label: '.b', created: 0 },
  ]);
});

test('a rule saved twice is kept once; an import merges site by site', () => {
  const one = { selector: '.a', label: 'A', created: 1 };
  expect(withRule([one], { ...one, label: 'A2', created: 2 })).toEqual([{ selector: '.a', label: 'A2', created: 2 }]);
  expect(mergeRules({ 'x.example': [one] }, { 'x.example': [{ selector: '.b', label: 'B', created: 3 }], 'y.example': [one] })).toEqual({
    'x.example': [one, { selector: '.b', label: 'B', created: 3 }],
    'y.example': [one],
  });
});
