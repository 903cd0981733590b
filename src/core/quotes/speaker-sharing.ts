/**
 * Quotes with no cue of their own that take a speaker from another quote: earlier paragraphs of
 * a quote attributed in its last one, quotes of one sentence, and pull quotes that repeat an
 * attributed quote. findQuotes runs these after each quote's own cue is read.
 */
import type { Quote } from '../types.js';
import type { QuotedSpan } from './quote-marks.js';

/**
 * A quote running over several paragraphs is often attributed only in its last one
 * ("...," said the mayor): earlier paragraphs of the same quote take that speaker.
 */
export function shareSpeakerBackwards(quotes: Quote[], spans: readonly QuotedSpan[], ownCue: readonly boolean[]): void {
  for (let i = quotes.length - 2; i >= 0; i--) {
    const next = quotes[i + 1]!;
    if (!spans[i]!.runsOn || !spans[i + 1]!.continues || !next.speaker || ownCue[i]) continue;
    quotes[i]!.speaker = next.speaker;
    quotes[i]!.speakerRole = next.speakerRole;
  }
}

/** The quote follows the previous one within the same sentence: `"a con" and "disgusting"`. */
function sameSentence(text: string, prev: QuotedSpan, q: QuotedSpan): boolean {
  if (prev.runsOn || /[.!?]\s*$/.test(text.slice(prev.start, prev.end))) return false;
  const gap = text.slice(prev.closeMark, q.openMark);
  return gap.length < 160 && !/[.!?;\n]/.test(gap);
}

/**
 * Quotes of one sentence have one speaker ("Trump called the senator a "nasty guy," an "anchor
 * baby" and "sick""): a quote with no cue of its own takes the speaker of the nearest quote of
 * its sentence that has one, the earlier first.
 */
export function shareSpeakerInSentence(text: string, quotes: Quote[], spans: readonly QuotedSpan[], ownCue: readonly boolean[], cued: readonly boolean[]): void {
  let from = 0;
  for (let i = 1; i <= quotes.length; i++) {
    if (i < quotes.length && sameSentence(text, spans[i - 1]!, spans[i]!)) continue;
    // quotes[from..i) form one sentence
    for (let k = from; k < i; k++) {
      // "Trump called it "A" while critics called it "B"": B has a cue of its own, unresolved.
      if (ownCue[k] || cued[k]) continue;
      let source = -1;
      for (let j = k - 1; j >= from && source < 0; j--) if (ownCue[j]) source = j;
      for (let j = k + 1; j < i && source < 0; j++) if (ownCue[j]) source = j;
      if (source < 0) continue;
      quotes[k]!.speaker = quotes[source]!.speaker;
      quotes[k]!.speakerRole = quotes[source]!.speakerRole;
    }
    from = i;
  }
}

const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.join(' ') ?? '';

/**
 * A pull quote repeats words said elsewhere in the article, often far from its speaker: with no
 * cue of its own, it takes the speaker of the attributed quote it repeats.
 */
export function speakerOfRepeats(quotes: Quote[], ownCue: readonly boolean[]): void {
  const all = quotes.map((q) => (q.speaker ? wordsOf(q.text) : ''));
  quotes.forEach((q, i) => {
    if (ownCue[i]) return;
    const words = wordsOf(q.text);
    if (words.split(' ').length < 4) return;
    // The original: attributed in place, or longer than the repeat.
    const k = all.findIndex((a, j) => j !== i && a.includes(words) && (ownCue[j] || a.length > words.length));
    if (k < 0) return;
    q.speaker = quotes[k]!.speaker;
    q.speakerRole = quotes[k]!.speakerRole;
  });
}
