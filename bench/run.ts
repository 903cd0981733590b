/**
 * `npm run bench`: the real pipeline over the public corpora in ../shared/corpus, each figure
 * printed beside the reference system measured in the same run (machines here are noisy:
 * compare ratios, not absolute times). A corpus that is absent is skipped with a message.
 * `npm run bench -- summary quotes` runs only the named sections; `huge` (synthetic 1-50 MB pages)
 * and `fuzz` (the long fuzz run) run only when named. Results also go to
 * out/bench.json for tools and for the README table.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BenchSection } from './nlp/types.js';

const SECTIONS: Array<[name: string, module: string]> = [
  ['extraction', './extraction/scrapinghub.js'],
  ['readability', './extraction/readability-pages.js'],
  ['declutter-speed', './extraction/speed.js'],
  ['clutter', './extraction/clutter.js'],
  ['summary', './nlp/summary.js'],
  ['parties', './nlp/parties.js'],
  ['quotes', './nlp/quotes.js'],
  ['people', './nlp/fixture-people.js'],
  ['nlp-speed', './nlp/speed.js'],
  ['user-rules', './rules/user-rules-chromium.js'],
  ['huge', './robustness/huge-pages.js'],
  ['fuzz', './robustness/fuzz.js'],
  ['chromium', './chromium/speed.js'],
];
/** Minutes-long sections that run only when named (`npm run bench -- huge fuzz chromium`). */
const ON_REQUEST = new Set(['huge', 'fuzz', 'chromium']);

function printSection(section: BenchSection, seconds: number): void {
  console.log(`\n## ${section.title}  (${seconds.toFixed(1)} s)`);
  const rows = section.rows.map((r) => [r.figure, r.ours, r.reference, r.target ?? '', r.pass === undefined ? '' : r.pass ? 'pass' : 'MISS']);
  const header = ['figure', 'Precis', 'reference (same run)', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  rows.forEach((r) => console.log(line(r)));
  for (const note of section.notes ?? []) console.log(`  note: ${note}`);
}

async function main(): Promise<void> {
  const corpus = resolve(process.env.PRECIS_CORPUS ?? '../shared/corpus');
  const only = process.argv.slice(2);
  if (!existsSync(corpus)) console.log(`Corpus folder ${corpus} is absent: every section will be skipped.`);
  const results: Array<BenchSection & { seconds: number }> = [];
  for (const [name, path] of SECTIONS) {
    if (only.length > 0 ? !only.includes(name) : ON_REQUEST.has(name)) continue;
    const modulePath = new URL(path.replace(/\.js$/, '.ts'), import.meta.url);
    if (!existsSync(modulePath)) {
      console.log(`\n## ${name}: not written yet (${path})`);
      continue;
    }
    const started = performance.now();
    // eslint-disable-next-line no-unsanitized/method -- `path` comes from the constant SECTIONS list above
    const mod = (await import(path)) as { run(corpusDir: string): Promise<BenchSection> };
    const section = await mod.run(corpus);
    const seconds = (performance.now() - started) / 1000;
    printSection(section, seconds);
    results.push({ ...section, seconds });
  }
  mkdirSync('out', { recursive: true });
  writeFileSync('out/bench.json', JSON.stringify({ date: new Date().toISOString(), sections: results }, null, 2));
  console.log('\nWritten: out/bench.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
