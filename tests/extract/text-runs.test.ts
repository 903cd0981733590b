import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { collectStatsSteps, leadingOf } from '../../src/extract/element-stats.js';
import { leadingText } from '../../src/extract/leading-text.js';
import { runNow } from '../../src/extract/steps.js';
import { parseHTML } from 'linkedom';

const body = (html: string): Element => (parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document).body;

/** Every element the walk measured, at the caps the load path asks: the record answers as the DOM walk does. */
function mismatches(root: Element): string[] {
  const page = runNow(collectStatsSteps(root, new Set()));
  const out: string[] = [];
  for (const el of page.elements) {
    for (const cap of [5, 20, 91, 160, 400]) {
      const want = leadingText(el, cap);
      const got = leadingOf(el, cap, page);
      if (got !== want) out.push(`${el.tagName}#${el.id} cap ${cap}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
    }
  }
  return out;
}

describe('leading texts from the stats walk (text-runs.ts)', () => {
  test('inline and block elements, blank runs, skipped elements, media with fallback text, frames', () => {
    const root = body(`
      <div id="a">  <h3 id="h">Read   <b>more</b></h3>
        <ul id="l"><li id="i1"><a id="x" href="/x">First  story</a><span>, then</span> more</li><li id="i2">Second</li></ul>
        <script>var hidden = "not text";</script><style>.a{}</style><svg><text>icon</text></svg>
        <video id="v">Your browser cannot play <em>this</em> video</video><picture id="p"><img src="a.jpg"></picture>
        <iframe id="f">frame text</iframe><p id="t">Tail line with <i>italics</i> and a <a href="#">link</a>.</p>
      </div><div id="e">   </div><p id="one">only text</p>`);
    expect(mismatches(root)).toEqual([]);
  });

  test('a long text stops where the DOM walk stops (the cap and its margin)', () => {
    const words = Array.from({ length: 120 }, (_, i) => `<span id="s${i}">word${i}</span> `).join('');
    expect(mismatches(body(`<div id="a"><div id="b">${words}</div><p>after</p></div>`))).toEqual([]);
  });

  test('the fixture pages, every element', () => {
    const dir = join(import.meta.dirname, '../fixtures/pages');
    const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const doc = parseHTML(readFileSync(join(dir, file), 'utf8')).document as unknown as Document;
      expect(mismatches(doc.body), file).toEqual([]);
    }
  });

});
