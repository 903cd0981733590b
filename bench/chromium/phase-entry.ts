/**
 * The load path cut into phases (see phase-cost.ts). Each phase is its own call, so the tool can
 * read the renderer's CPU clock around it; what a phase finds is kept for the next one here.
 */
import { Readability } from '@mozilla/readability';
import type { DeclutterContext } from '../../src/core/declutter/block-features.js';
import { decideArticle } from '../../src/core/declutter/is-article.js';
import { reasonForLabel } from '../../src/core/declutter/label-match.js';
import { reasonForAttrs } from '../../src/core/declutter/attr-hints.js';
import { planDeclutter } from '../../src/core/declutter/plan.js';
import { gatherEvidence } from '../../src/extract/article-evidence.js';
import { type BlockCandidate, collectBlocks } from '../../src/extract/blocks.js';
import { type LiveArticle, locateLiveArticle } from '../../src/extract/live-article.js';
import { type PageMetadata, readMetadata } from '../../src/extract/metadata.js';
import { planPageClutter } from '../../src/extract/page-plan.js';
import { collectStats } from '../../src/extract/element-stats.js';
import { statedTitle } from '../../src/extract/title.js';

interface State {
  doc: Document;
  url: string;
  metadata?: PageMetadata;
  live?: LiveArticle;
  context?: DeclutterContext;
  blocks?: BlockCandidate[];
}
let state: State | null = null;

const need = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('phases out of order');
  return value;
};

/** The phases in the load path's order, each reading what the ones before it found. */
const PHASES: Record<string, (s: State) => void> = {
  // The label table's regexes, compiled on a first label that matches none (its own line).
  'label-init': () => void reasonForLabel('the quick brown fox'),
  metadata: (s) => void (s.metadata = readMetadata(s.doc)),
  locate: (s) => void (s.live = locateLiveArticle(s.doc)),
  evidence: (s) => void decideArticle(gatherEvidence(s.doc, s.url, need(s.metadata), need(s.live).paragraphs)),
  title: (s) => void (s.context = statedTitle(s.doc, need(s.metadata))),
  ...(process.env.PHASE_SPLIT_RULES === '1' ? {
    // Diagnostics: the stats walk alone (blocks.ts runs it again first thing), with the live article's paragraphs.
    stats: (s: State) => void collectStats(s.doc.body, new Set(need(s.live).location.paragraphs)),
  } : {}),
  blocks: (s) => void (s.blocks = collectBlocks(s.doc.body, need(s.live).location, need(s.context))),
  ...(process.env.PHASE_SPLIT_RULES === '1' ? {
    // Diagnostics: the label and class-hint lookups the rules make, before the rules (their first-use cost on its own line).
    labels: (s: State) => void need(s.blocks).forEach((b) => { reasonForLabel(b.features.heading); if (b.features.textLength <= 90) reasonForLabel(b.features.text); }),
    attrs: (s: State) => void need(s.blocks).forEach((b) => reasonForAttrs(b.features.attrs)),
    // Every tenth block through the rules: their code's first use, nearly all of it, on few blocks.
    'rules-tenth': (s: State) => void planDeclutter(need(s.blocks).filter((_, i) => i % 10 === 0).map((b) => b.features)),
  } : {}),
  rules: (s) => void planDeclutter(need(s.blocks).map((b) => b.features)),
  'plan (blocks+rules again, then lift)': (s) => void planPageClutter(s.doc, need(s.context), { article: need(s.live).location }),
};

export const phaseNames = (): string[] => Object.keys(PHASES);

export function begin(doc: Document, url: string): void {
  state = { doc, url };
}

export function phase(name: string): void {
  const run = PHASES[name];
  if (!run || !state) throw new Error(`no phase ${name}`);
  run(state);
}

export function readabilityClone(doc: Document): number {
  return new Readability(doc.cloneNode(true) as Document).parse()?.textContent?.length ?? 0;
}
