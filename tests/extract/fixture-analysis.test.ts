/**
 * What a reader sees in the popup's analysis of each fixture page, pinned in its
 * .expected.json: the people (exactly: nothing else is listed as a person), the organisations
 * and places, every statement with its speaker, and key quotes from different speakers when
 * several people are quoted. Runs the CLI's path: linkedom, extraction, analyzeText.
 */
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/node/pipeline.js';
import { analyzeText } from '../../src/core/index.js';
import { extractArticle } from '../../src/extract/article.js';
import { loadFixtures } from './fixture-pages.js';

/** When this many people have attributed statements, the popup leads with at least this many voices. */
const MIN_KEY_VOICES = 3;

const pinned = loadFixtures().filter((f) => f.expected.analysis);

test('every fixture page pins its analysis', () => {
  expect(pinned.map((f) => f.name)).toEqual(loadFixtures().map((f) => f.name));
});

describe.each(pinned.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  const want = fixture.expected.analysis!;
  const article = extractArticle(parseDocument(fixture.html), fixture.expected.url);
  const result = analyzeText(article.text, { title: article.title, byline: article.byline, siteName: article.siteName });
  const names = (kind: string) => result.parties.filter((p) => p.kind === kind).map((p) => p.name).sort();

  test('people: exactly the people of the story (no heading, byline, outlet, product, place or firm)', () => {
    expect(names('person')).toEqual([...want.people].sort());
  });

  test('organisations and places are found, each with its kind', () => {
    expect(names('organization')).toEqual(expect.arrayContaining(want.organizations));
    expect(names('place')).toEqual(expect.arrayContaining(want.places));
  });

  test('each statement is found with its speaker; scare quotes are never key', () => {
    const statements = result.quotes.filter((q) => !q.fragment);
    expect(statements.map((q) => [q.text.split(/\s+/).slice(0, 8).join(' '), q.speaker])).toEqual(want.quotes.map((q) => [q.text, q.speaker]));
    expect(result.quotes.filter((q) => q.fragment && q.key)).toEqual([]);
  });

  test('several people quoted: key quotes from at least three of them', () => {
    const speakers = new Set(result.quotes.filter((q) => !q.fragment && q.speaker).map((q) => q.speaker));
    const keySpeakers = new Set(result.quotes.filter((q) => q.key).map((q) => q.speaker));
    expect(keySpeakers.size).toBeGreaterThanOrEqual(Math.min(MIN_KEY_VOICES, speakers.size));
  });
});
