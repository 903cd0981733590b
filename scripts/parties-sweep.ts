/**
 * What the popup's parties list shows on real pages, for judging it by hand: runs the CLI's
 * pipeline (analyzeHtml) on Scrapinghub corpus pages and prints, per page, the first N people,
 * organisations and places in the popup's order (groupParties), with roles and mention counts.
 * A dev tool: not shipped, not in CI. Keep the judgements outside the project (corpus text).
 * Run: npx tsx scripts/parties-sweep.ts --ids ids.txt [--top 5]
 *      npx tsx scripts/parties-sweep.ts --sample 40 --seed 7 --exclude ids.txt   (English pages only)
 */
import { analyzeHtml } from '../src/node/pipeline.js';
import { groupParties } from '../src/popup/group-parties.js';
import { arg, pickIds, readPage } from './lib/sweep-pages.js';

const top = Number(arg('top') ?? 5);
for (const id of pickIds(40)) {
  const { html, url } = readPage(id);
  const result = analyzeHtml(html, id, url);
  console.log(`## ${id.slice(0, 12)} ${result.title ?? '(no title)'} [${result.siteName ?? ''}]`);
  for (const group of groupParties(result.parties)) {
    const shown = group.parties.slice(0, top).map((p) => `${p.name}${p.role ? ` (${p.role})` : ''} ×${p.mentions.length}`);
    console.log(`  ${group.kind}: ${shown.join(' | ')}`);
  }
}
