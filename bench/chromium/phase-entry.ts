/**
 * The load path cut into phases, each timed with the page's clock (see phase-cost.ts).
 */
import { Readability } from '@mozilla/readability';
import { decideArticle } from '../../src/core/declutter/is-article.js';
import { reasonForLabel } from '../../src/core/declutter/label-match.js';
import { planDeclutter } from '../../src/core/declutter/plan.js';
import { gatherEvidence } from '../../src/extract/article-evidence.js';
import { collectBlocks } from '../../src/extract/blocks.js';
import { locateLiveArticle } from '../../src/extract/live-article.js';
import { readMetadata } from '../../src/extract/metadata.js';
import { planPageClutter } from '../../src/extract/page-plan.js';
import { statedTitle } from '../../src/extract/title.js';

export function phases(doc: Document, url: string): Record<string, number> {
  const out: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string): void => {
    const now = performance.now();
    out[name] = now - t;
    t = now;
  };
  // The label table's regexes, compiled on a first label that matches none (its own line).
  reasonForLabel('the quick brown fox');
  lap('label-init');
  const metadata = readMetadata(doc);
  lap('metadata');
  const live = locateLiveArticle(doc);
  lap('locate');
  decideArticle(gatherEvidence(doc, url, metadata, live.paragraphs));
  lap('evidence');
  const context = statedTitle(doc, metadata);
  lap('title');
  const blocks = collectBlocks(doc.body, live.location, context);
  lap('blocks');
  planDeclutter(blocks.map((b) => b.features));
  lap('rules');
  planPageClutter(doc, context, { article: live.location });
  lap('plan (blocks+rules again, then lift)');
  return out;
}

export function readabilityClone(doc: Document): number {
  return new Readability(doc.cloneNode(true) as Document).parse()?.textContent?.length ?? 0;
}
