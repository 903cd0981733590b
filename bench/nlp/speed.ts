/**
 * Speed benchmark: analyzeText on ~1,500-word articles in Node after warm-up, median and p95,
 * with the split per stage (summary, quotes, parties) timed on the same texts.
 * Texts: PolNeAR dev articles (quote-heavy US politics, half the texts) and CNN/DM articles of
 * the FRANK subset, consecutive articles joined until 1,500 words, cut at a sentence end.
 */
import { performance } from 'node:perf_hooks';
import { analyzeText } from '../../src/core/analyze-text.js';
import { findParties } from '../../src/core/parties/find-parties.js';
import { findQuotes } from '../../src/core/quotes/find-quotes.js';
import { summarize } from '../../src/core/summary/summarize.js';
import { median, percentile, runIfMain, skipped } from './lib/cli.js';
import { join } from 'node:path';
import { loadPolnear } from './lib/polnear.js';
import { loadArticles } from './summary.js';
import type { BenchSection } from './types.js';

const TITLE = 'Speed: analyzeText on 1,500-word articles (Node, after warm-up)';
const WORDS = 1500;
const TEXTS = 40;
const TARGET_MS = 100;

function buildTexts(articles: string[]): string[] {
  // PolNeAR keeps its own paragraphs; CNN/DM has none, so paragraphs are cut every ~60 words.
  const out: string[] = [];
  let current: string[] = [];
  let words = 0;
  for (const a of articles) {
    for (const sentence of a.split(/(?<=[.!?]["”’]?) +/)) {
      current.push(sentence);
      words += sentence.split(/\s+/).length;
      if (words >= WORDS) {
        const joined = current.join(' ');
        out.push(joined.includes('\n') ? joined : joined.replace(/((?:\S+\s+){60}\S+[.!?]["”’]?)\s+/g, '$1\n\n'));
        current = [];
        words = 0;
        if (out.length >= TEXTS) return out;
      }
    }
  }
  return out;
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** The bench's texts (half PolNeAR dev, then CNN/DM), or null without the CNN/DM file; shared with the profile driver. */
export function speedTexts(corpusDir: string): { texts: string[]; political: number } | null {
  const articles = loadArticles(corpusDir);
  if (!articles) return null;
  const political = loadPolnear(join(corpusDir, 'nlp/polnear/dev'))?.map((a) => a.text) ?? [];
  const politicalTexts = buildTexts(political).slice(0, TEXTS / 2);
  return { texts: [...politicalTexts, ...buildTexts(articles.map((a) => a.article))].slice(0, TEXTS), political: politicalTexts.length };
}

export async function run(corpusDir: string): Promise<BenchSection> {
  const built = speedTexts(corpusDir);
  if (!built) return skipped(TITLE, 'nlp/cnndm-xsum-frank/cnndm_test_frank250.jsonl');
  const { texts } = built;
  const importStart = performance.now();
  analyzeText(texts[0]!); // first call loads compromise's lexicon and compiles the regexes
  const firstCall = performance.now() - importStart;
  for (const t of texts.slice(0, 5)) analyzeText(t);
  const total: number[] = [];
  const stages = { summary: [] as number[], quotes: [] as number[], parties: [] as number[] };
  for (const t of texts) {
    total.push(time(() => analyzeText(t)));
    stages.summary.push(time(() => summarize(t, 3)));
    let quotes = findQuotes(t);
    stages.quotes.push(time(() => { quotes = findQuotes(t); }));
    stages.parties.push(time(() => findParties(t, quotes)));
  }
  const med = median(total);
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  return {
    title: TITLE,
    rows: [
      { figure: 'analyzeText median / p95', ours: `${ms(med)} / ${ms(percentile(total, 95))}`, reference: 'n/a (no reference system for the NLP half)', target: `median < ${TARGET_MS} ms`, pass: med < TARGET_MS },
      { figure: 'stage medians: summary / quotes / parties', ours: `${ms(median(stages.summary))} / ${ms(median(stages.quotes))} / ${ms(median(stages.parties))}`, reference: '' },
    ],
    notes: [
      `${total.length} texts of ~${WORDS} words (${built.political} from PolNeAR dev); first call (lexicon load, warm-up) ${ms(firstCall)}.`,
    ],
  };
}

void runIfMain(import.meta.url, run);
