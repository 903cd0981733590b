/** The Node pipeline as the CLI, the benchmarks and the tests share it: caps, normalised text. */
import { describe, expect, test } from 'vitest';
import { analyzeHtml, analyzePlainText } from '../../src/node/pipeline.js';
import { pageOfElements } from '../../bench/robustness/synthetic-pages.js';

const URL = 'https://ledger.example/news/harbour';
const ZWSP = '\u200B';
const RLO = '\u202E';

function article(paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><title>Harbour Board Backs Ferry Deal</title></head><body><article><h1>Harbour Board Backs Ferry Deal</h1>${
    paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

const FILLER = 'The harbour board met for four hours on Tuesday and voted on the ferry contract after a long debate about fares and timetables.';

describe('analyzeHtml', () => {
  test('a page over a cap is read up to it, and the result says so in an extra field', () => {
    const html = pageOfElements(3000);
    const result = analyzeHtml(html, 'big.html', URL, { limits: { maxElements: 1000, maxTextChars: 5_000_000 } });
    expect(result.truncated).toEqual({ limit: 'elements', elementsRead: 1000, charactersRead: expect.any(Number) });
    expect(result.title).toBe('Harbour Plan Goes Ahead');
    expect(result.text).toContain('said Mara Telling');
  });

  test('a page within the caps has no truncated field', () => {
    expect(analyzeHtml(article([FILLER, FILLER]), 'a.html', URL)).not.toHaveProperty('truncated');
  });

  test('a zero-width space inside a name does not split the person in two', () => {
    const html = article([
      `“We have a deal that works for every crew,” said Odessa Marrow${ZWSP}field, the harbour board chair. ${FILLER}`,
      `Marrow${ZWSP}field said the vote was close. ${FILLER}`,
      `Odessa Marrowfield thanked the crews. ${FILLER}`,
    ]);
    const result = analyzeHtml(html, 'zwsp.html', URL);
    expect(result.text).not.toContain(ZWSP);
    const names = result.parties.map((p) => p.name);
    expect(names.filter((name) => /Marrow|field/.test(name))).toEqual(['Odessa Marrowfield']);
    expect(result.quotes[0]?.speaker).toBe('Odessa Marrowfield');
  });

  test('a bidi override in the page cannot reach a quote, the summary or the title', () => {
    const html = article([`“The fares stay as they are ${RLO}until spring,” said Odessa Marrowfield. ${FILLER}`, FILLER, FILLER]).replace('<title>Harbour', `<title>${RLO}Harbour`);
    const result = analyzeHtml(html, 'bidi.html', URL);
    const shown = [result.title, result.text, ...result.quotes.map((q) => q.text), ...result.summary.map((s) => s.text)].join(' ');
    expect(shown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(result.quotes[0]?.text).toBe('The fares stay as they are until spring');
  });

  test('decomposed accents are composed, so one name is one party', () => {
    const html = article([`José Alvarez said the plan was ready. ${FILLER}`, `Jose\u0301 Alvarez also said the fares would hold. ${FILLER}`, FILLER]);
    const names = analyzeHtml(html, 'nfc.html', URL).parties.map((p) => p.name);
    expect(names.filter((n) => /Alvarez/.test(n))).toEqual(['José Alvarez']);
  });
});

describe('analyzePlainText', () => {
  test('text past the cap is cut and flagged; offsets stay inside the text', () => {
    const text = `${FILLER}\n\n`.repeat(40);
    const result = analyzePlainText(text, 'a.txt', 'file:///a.txt', { limits: { maxElements: 1, maxTextChars: 1000 } });
    expect(result.text.length).toBe(1000);
    expect(result.truncated).toEqual({ limit: 'text', elementsRead: 0, charactersRead: 1000 });
    for (const s of result.summary) expect(s.end).toBeLessThanOrEqual(result.text.length);
  });
});
