/**
 * Readability on a clone: the live page is never written; with mapToLive each output element
 * names its live twin, without it nothing is numbered and the article is the same.
 */
import { expect, test } from 'vitest';
import { readWithReadability } from '../../src/extract/readability-clone.js';
import { parseDocument } from '../../src/node/pipeline.js';
import { loadFixtures } from './fixture-pages.js';

test('mapped or not, the same article; only the mapped read can point at the live page', () => {
  let pointed = 0;
  for (const fixture of loadFixtures()) {
    // A document each: two clones of one linkedom document are not independent of each other.
    const doc = parseDocument(fixture.html);
    const before = doc.documentElement.outerHTML;
    const mapped = readWithReadability(doc, undefined, true, true);
    const other = parseDocument(fixture.html);
    const plain = readWithReadability(other, undefined, true, false);
    expect(doc.documentElement.outerHTML, fixture.name).toBe(before);
    expect(other.documentElement.outerHTML, fixture.name).toBe(before);
    expect(plain.content?.textContent, fixture.name).toBe(mapped.content?.textContent);
    expect(plain.parsed?.title, fixture.name).toBe(mapped.parsed?.title);
    // A copied node (one Readability made is unnumbered) names its live twin, the same text.
    const first = mapped.content?.querySelector('p[data-precis-i]');
    if (!first) continue;
    const twin = mapped.liveOf(first);
    expect(twin?.isConnected && doc.body.contains(twin), fixture.name).toBe(true);
    const squash = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
    expect(squash(twin?.textContent), fixture.name).toBe(squash(first.textContent));
    pointed += 1;
    expect(plain.liveOf(plain.content!.querySelector('p')!)).toBeNull();
    expect(plain.content?.querySelector('[data-precis-i]')).toBeNull();
  }
  expect(pointed).toBeGreaterThan(5);
});
