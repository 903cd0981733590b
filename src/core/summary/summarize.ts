import type { SummarySentence } from '../types.js';

/** First cut: lead-N by naive sentence split. Replaced by news-aware scoring (issue 5). */
export function summarize(text: string, count: number, _title?: string | null): SummarySentence[] {
  const out: SummarySentence[] = [];
  const re = /[^.!?]+[.!?]+["”’]?/g;
  for (let m = re.exec(text); m && out.length < count; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const start = m.index + lead;
    const sentence = raw.trim();
    if (sentence) out.push({ text: sentence, start, end: start + sentence.length });
  }
  return out;
}
