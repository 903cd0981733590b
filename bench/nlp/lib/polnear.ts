/**
 * PolNeAR loader: article texts and their direct-quote attributions from brat standoff files.
 * Direct quotes = attributions whose Content contains a double quote mark (the corpus README's
 * rule); one annotator per article, the alphabetically first .ann.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldQuote {
  content: Array<[number, number]>;
  source: Array<[number, number]> | null;
  sourceText: string;
}

export interface PolnearArticle {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

interface TLine { type: string; spans: Array<[number, number]> }

function parseAnn(ann: string): { t: Map<string, TLine>; e: Array<Record<string, string>> } {
  const t = new Map<string, TLine>();
  const e: Array<Record<string, string>> = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (line.startsWith('T') && cols.length >= 2) {
      const [type, ...rest] = cols[1]!.split(' ');
      const spans = rest.join(' ').split(';').map((r) => r.trim().split(/\s+/).map(Number) as [number, number]);
      t.set(cols[0]!, { type: type!, spans });
    } else if (line.startsWith('E') && cols.length >= 2) {
      e.push(Object.fromEntries(cols[1]!.split(/\s+/).map((kv) => kv.split(':') as [string, string])));
    }
  }
  return { t, e };
}

const DOUBLE_MARK = /["“”]/;

export function loadPolnear(dir: string): PolnearArticle[] | null {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) return null;
  const anns = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const firstAnn = new Map<string, string>();
  for (const f of anns) {
    const id = f.replace(/_[^_]+\.ann$/, '');
    if (!firstAnn.has(id)) firstAnn.set(id, f);
  }
  const out: PolnearArticle[] = [];
  for (const [id, annFile] of [...firstAnn].sort()) {
    const text = readFileSync(join(textDir, `${id}.txt`), 'utf8');
    const { t, e } = parseAnn(readFileSync(join(annDir, annFile), 'utf8'));
    const quotes: GoldQuote[] = [];
    for (const ev of e) {
      const content = ev.Content ? t.get(ev.Content) : undefined;
      if (!content) continue;
      if (!content.spans.some(([s, x]) => DOUBLE_MARK.test(text.slice(s, x)))) continue;
      const source = ev.Source ? t.get(ev.Source) : undefined;
      const sourceText = source ? source.spans.map(([s, x]) => text.slice(s, x)).join(' ') : '';
      quotes.push({ content: content.spans, source: source?.spans ?? null, sourceText });
    }
    out.push({ id, text, quotes });
  }
  return out;
}
