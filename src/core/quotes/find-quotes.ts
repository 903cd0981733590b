import type { Quote } from '../types.js';

/** First cut: text between double quote marks, no speaker. Replaced by real attribution (issue 5). */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  const re = /["“]([^"”]{1,2000})["”]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const inner = m[1] ?? '';
    const start = m.index + 1;
    const fragment = inner.trim().split(/\s+/).length <= 2;
    out.push({ text: inner, speaker: null, speakerRole: null, fragment, key: !fragment, start, end: start + inner.length });
  }
  return out;
}
