/**
 * The popup's first read (content-on-demand.js on a tab where content.js is not running): the
 * same article content.js would report, reusing its load-time pass, on every fixture page;
 * nothing where content.js already runs (it owns the page's state); null, never a throw, on a
 * document it cannot read.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { CONTENT_LOADED } from '../../src/content/loaded-mark.js';
import { readForPopup } from '../../src/content/on-demand/popup-read.js';
import { finishArticle } from '../../src/core/declutter/article-text.js';
import { extractArticle } from '../../src/extract/article.js';
import { readPageAtLoad } from '../../src/extract/page-load.js';
import { parseDocument } from '../../src/node/pipeline.js';
import { loadFixtures } from '../extract/fixture-pages.js';

const realm = globalThis as unknown as Record<symbol, boolean | undefined>;
afterEach(() => {
  delete realm[CONTENT_LOADED];
  vi.restoreAllMocks();
});

test("on every fixture page, the first read, finished, is content.js's report before any clean", () => {
  for (const fixture of loadFixtures()) {
    const url = fixture.expected.url;
    const first = readForPopup(parseDocument(fixture.html), url);
    // content.js's way: the load-time pass, then Readability reusing what the pass found (page-session.ts).
    const doc = parseDocument(fixture.html);
    const load = readPageAtLoad(doc, url);
    const known = { metadata: load.metadata, paragraphs: load.paragraphs, headStale: load.headStale, verdict: load.verdict };
    expect(first, fixture.name).toMatchObject({ cleaned: false, hidden: [] });
    // When the tab read (ms since the epoch), for the popup's step marks.
    expect(first!.readTimes!.done, fixture.name).toBeGreaterThanOrEqual(first!.readTimes!.started);
    // What goes to the popup is plain data (it crosses into another process), which the popup finishes.
    expect(JSON.parse(JSON.stringify(first!.draft)), fixture.name).toEqual(first!.draft);
    expect(finishArticle(first!.draft), fixture.name).toEqual(extractArticle(doc, url, undefined, known));
  }
});

test('where content.js already runs, nothing is read: the popup asks content.js', () => {
  const [fixture] = loadFixtures();
  realm[CONTENT_LOADED] = true;
  expect(readForPopup(parseDocument(fixture!.html), fixture!.expected.url)).toBeNull();
});

test('a document that cannot be read gives null (the popup falls back to content.js), not a throw', () => {
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  expect(readForPopup({} as Document, 'https://news.example/a')).toBeNull();
});
