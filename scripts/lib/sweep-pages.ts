/**
 * The Scrapinghub pages a hand-judged sweep reads (parties-sweep.ts, key-quotes-sweep.ts): the
 * pages listed in `--ids FILE`, or `--sample N` English pages drawn with `--seed S`, leaving out
 * those in `--exclude FILE` (so a check set never overlaps the tune set).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

const corpus = resolve(process.env.PRECIS_CORPUS ?? '../shared/corpus');
const dir = join(corpus, 'extraction/scrapinghub');
const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;

export const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const readIds = (file: string | undefined): string[] => (file ? readFileSync(file, 'utf8').split(/\s+/).filter(Boolean) : []);

/** A page is English when its expected body is mostly English function words. */
const ENGLISH_WORDS = /\b(?:the|and|of|to|is|that|for|with|was|on)\b/gi;
const MIN_ENGLISH_SHARE = 0.12;
function isEnglish(body: string): boolean {
  const words = body.split(/\s+/).length;
  return (body.match(ENGLISH_WORDS)?.length ?? 0) / Math.max(1, words) >= MIN_ENGLISH_SHARE;
}

/** mulberry32: a small seeded generator, so the same seed picks the same pages. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The page ids to sweep, from the command line's --ids, or --sample/--seed/--exclude. */
export function pickIds(defaultSample: number): string[] {
  const listed = readIds(arg('ids'));
  if (listed.length) return listed;
  const excluded = new Set(readIds(arg('exclude')));
  const pool = Object.keys(truth).sort().filter((id) => !excluded.has(id) && isEnglish(truth[id]!.articleBody));
  const random = seeded(Number(arg('seed') ?? 7));
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, Number(arg('sample') ?? defaultSample));
}

/** A page's markup and its address. */
export function readPage(id: string): { html: string; url: string } {
  const html = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
  return { html, url: truth[id]?.url ?? 'https://example.org/' };
}
