/**
 * Parties benchmark: strict exact-span PER / ORG / LOC P/R/F1 on CoNLL-2003 eng.testb (231
 * documents), all documents and without the sports reports, beside compromise alone (its
 * people() / organizations() / places()) in the same run.
 * Each document is rebuilt as text (tokens joined by spaces, sentences by newlines); a
 * predicted mention is right when its character span and type equal a gold entity's.
 * Our kinds map person -> PER, organization -> ORG, place -> LOC. Demonym mentions ("Iranian",
 * counted for Iran in the extension) are left out: CoNLL tags them MISC.
 */
import { join } from 'node:path';
import nlp from 'compromise';
import { findParties } from '../../src/core/parties/find-parties.js';
import { isDemonym } from '../../src/core/parties/place-aliases.js';
import { missing, runIfMain, skipped, pct } from './lib/cli.js';
import { loadConll, type ConllDoc, type EntityType } from './lib/conll.js';
import type { BenchSection } from './types.js';

const TITLE = 'Parties: CoNLL-2003 eng.testb, strict PER/ORG/LOC';
type Span = { type: EntityType; start: number; end: number };

const KIND_TO_TYPE = { person: 'PER', organization: 'ORG', place: 'LOC' } as const;

export function ours(doc: ConllDoc): Span[] {
  const out: Span[] = [];
  for (const p of findParties(doc.text, [])) {
    for (const [start, end] of p.mentions) {
      if (isDemonym(doc.text.slice(start, end))) continue;
      out.push({ type: KIND_TO_TYPE[p.kind], start, end });
    }
  }
  return out;
}

interface CompromiseMatch { offset: { start: number; length: number } }
type CompromiseView = { json(o: { offset: boolean }): CompromiseMatch[] };

export function compromiseAlone(doc: ConllDoc): Span[] {
  const d = nlp(doc.text) as unknown as Record<'people' | 'organizations' | 'places', () => CompromiseView>;
  const out: Span[] = [];
  for (const [fn, type] of [['people', 'PER'], ['organizations', 'ORG'], ['places', 'LOC']] as const) {
    for (const m of d[fn]().json({ offset: true })) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      // compromise keeps trailing punctuation ("Iran,"); strict matching wants the name only.
      while (end > start && /[\s,.;:!?)"']/.test(doc.text[end - 1]!)) end--;
      while (start < end && /[\s("']/.test(doc.text[start]!)) start++;
      out.push({ type, start, end });
    }
  }
  return out;
}

interface Prf { p: number; r: number; f: number }

export function score(docs: ConllDoc[], predict: (d: ConllDoc) => Span[]): Prf {
  let tp = 0, np = 0, ng = 0;
  for (const d of docs) {
    const gold = new Set(d.entities.map((e) => `${e.type}:${e.start}:${e.end}`));
    const pred = new Set(predict(d).map((e) => `${e.type}:${e.start}:${e.end}`));
    ng += gold.size;
    np += pred.size;
    for (const k of pred) if (gold.has(k)) tp++;
  }
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const fmt = (s: Prf) => `${pct(s.p)} / ${pct(s.r)} / ${pct(s.f)}`;

export async function run(corpusDir: string): Promise<BenchSection> {
  const file = join(corpusDir, 'nlp/conll2003/eng.testb');
  if (missing(file)) return skipped(TITLE, 'nlp/conll2003/eng.testb');
  const docs = loadConll(file);
  const news = docs.filter((d) => !d.sports);
  const oAll = score(docs, ours);
  const cAll = score(docs, compromiseAlone);
  const oNews = score(news, ours);
  const cNews = score(news, compromiseAlone);
  return {
    title: TITLE,
    rows: [
      { figure: 'P / R / F1, all documents', ours: fmt(oAll), reference: `compromise alone ${fmt(cAll)}`, target: 'F1 >= 75', pass: oAll.f >= 0.75 },
      { figure: 'P / R / F1, without sports', ours: fmt(oNews), reference: `compromise alone ${fmt(cNews)}`, target: 'F1 >= 75', pass: oNews.f >= 0.75 },
    ],
    notes: [
      `${docs.length} documents (${news.length} not sports), ${docs.reduce((a, d) => a + d.entities.length, 0)} gold PER/ORG/LOC entities.`,
      'Strict: exact character span and type. Sports = documents whose heading starts with a sport name.',
    ],
  };
}

void runIfMain(import.meta.url, run);
