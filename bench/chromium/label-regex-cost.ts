/**
 * What the label table's alternations (label-match.ts) cost V8 to compile in Chromium: all of
 * them built from phrases.ts, each compiled anew (a unique tail) and tested N times, with the
 * phrases' groups as written (capturing) and made non-capturing, the two interleaved in one page
 * (session 8 found no difference between them beyond the noise, see README). The second test of
 * a pattern compiles it again to native code (V8's regexp tier-up), so N=1 shows the bytecode
 * compile and N>=2 both. A tool for work on the load path, not a bench figure.
 * Run: npx tsx bench/chromium/label-regex-cost.ts [tests=2] [rounds=40]
 */
import { chromium } from 'playwright-core';
import { CHROMIUM, findBrowser } from '../../scripts/lib/browsers.js';
import { LABEL_PHRASES } from '../../src/core/declutter/phrases.js';

const tests = Number(process.argv[2] ?? 2);
const rounds = Number(process.argv[3] ?? 40);
const capturing = Object.values(LABEL_PHRASES).filter((p) => p.length > 0).map((p) => `^(?:${p.join('|')})$`);
const nonCapturing = capturing.map((src) => src.replace(/(?<!\\)\((?!\?)/g, '(?:'));
/** Labels that pass no phrase: every alternative is tried. */
const LABELS = ['related stories and more', 'zzz more and more', 'the latest news', 'subscribe now today'];

const browser = await chromium.launch({ executablePath: findBrowser(CHROMIUM), headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage();
const ms = await page.evaluate(({ sides, labels, rounds }) => {
  const total = sides.map(() => 0);
  for (let round = 0; round < rounds; round += 1) {
    // Alternate which side goes first, so neither always meets a warmer engine.
    for (const k of round % 2 ? [0, 1] : [1, 0]) {
      const start = performance.now();
      for (const src of sides[k] as string[]) {
        const re = new RegExp(`${src}|^unique${round}x${k}$`, 'u');
        for (const label of labels) re.test(label);
      }
      total[k] = (total[k] as number) + performance.now() - start;
    }
  }
  return total.map((t) => t / rounds);
}, { sides: [capturing, nonCapturing], labels: LABELS.slice(0, tests), rounds });
await browser.close();
console.log(`${capturing.length} alternations (${capturing.join('').length} characters), compiled and tested ${tests}x, mean of ${rounds} rounds:`);
console.log(`  capturing groups ${ms[0]?.toFixed(2)} ms, non-capturing ${ms[1]?.toFixed(2)} ms`);
