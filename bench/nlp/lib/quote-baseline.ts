/** The reference system: text between double quote marks, speaker = the nearest capitalised name. */
export interface BaselineQuote { start: number; end: number; speaker: string | null }

const PAIR = /["“”]([^"“”\n]{1,3000})["“”]/g;
const NAME = /\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu;
const OPENERS = /^(?:The|A|An|But|And|He|She|They|We|I|It|In|On|This|That|His|Her|If|When|As|At)$/;

export function baselineQuotes(text: string): BaselineQuote[] {
  const inside: Array<[number, number]> = [];
  const quotes: BaselineQuote[] = [];
  for (const m of text.matchAll(PAIR)) {
    inside.push([m.index, m.index + m[0].length]);
    quotes.push({ start: m.index + 1, end: m.index + m[0].length - 1, speaker: null });
  }
  const names: Array<{ name: string; start: number; end: number }> = [];
  for (const m of text.matchAll(NAME)) {
    if (OPENERS.test(m[0]) || inside.some(([s, e]) => m.index >= s && m.index < e)) continue;
    names.push({ name: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const q of quotes) {
    let best = Infinity;
    for (const n of names) {
      const d = n.end <= q.start ? q.start - n.end : n.start >= q.end ? n.start - q.end : Infinity;
      if (d < best) { best = d; q.speaker = n.name; }
    }
  }
  return quotes;
}
