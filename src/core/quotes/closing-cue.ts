/**
 * Cues that reach across a sentence holding more than the quote:
 * `The plan is "a disaster" for the city, Park said.`: a mixed quote whose sentence goes on past
 * the closing mark and is attributed at its end. The cue is the clause after one of the
 * sentence's last commas, read like a cue right after a quote.
 * `as Vance went on about "A" and "B," Park said nothing`: quotes listed inside an open clause.
 */
import { attributionAfter, openingClauseSpeaker, type Attribution } from './attribution.js';
import type { QuotedSpan } from './quote-marks.js';
import { SPEECH_VERB } from './speech-verbs.js';

/** The end of the sentence: a stop, a question or an exclamation mark before a space or the end. */
const SENTENCE_END = /[.!?](?=["”’)]?(?:\s|$))/u;
/** How many commas back from the sentence's end the cue's clause may start ("said X, the mayor."). */
const MAX_CLAUSES = 3;
/** Longest stretch from the closing mark to the sentence's end that is searched, in characters. */
const MAX_SENTENCE_TAIL = 300;

/**
 * The cue closing the sentence that holds quote `q` (masked text), or null. Stops at the next
 * quote: a cue after it is that quote's own (and the quotes of one sentence share it later).
 */
export function closingCue(text: string, q: QuotedSpan, nextOpenMark: number, lineEnd: number): Attribution | null {
  if (q.runsOn) return null;
  const limit = Math.min(nextOpenMark, lineEnd, q.closeMark + MAX_SENTENCE_TAIL);
  const rest = text.slice(q.closeMark, limit);
  const end = SENTENCE_END.exec(rest);
  if (!end) return null;
  const sentence = rest.slice(0, end.index + 1);
  let comma = sentence.length;
  for (let k = 0; k < MAX_CLAUSES; k++) {
    comma = sentence.lastIndexOf(',', comma - 1);
    if (comma <= 0) return null;
    const cue = attributionAfter(sentence.slice(comma), q.closeMark + comma, false, true);
    if (cue?.kind === 'name' || cue?.kind === 'pronoun') return { ...cue, strength: 1 };
  }
  return null;
}

/** Only a list's joining words between two quotes: `"A" and "B"`, `"A," "B"`. */
const LIST_JOIN = /^[\s,]*(?:and|or)?\s*$/;

/**
 * `as Vance went on about "A" and "B,"`: a quote listed right after another, inside a clause
 * still open at the first quote, is the clause's speaker's too (not the cue after the list).
 * The sentence is read with every earlier quote blanked to a same-length word.
 */
export function listedInClause(text: string, spans: readonly QuotedSpan[], i: number, sentenceStart: number): Attribution | null {
  const q = spans[i]!;
  const prev = spans[i - 1];
  if (!prev || prev.closeMark < sentenceStart || !LIST_JOIN.test(text.slice(prev.closeMark, q.openMark))) return null;
  let lead = '';
  let at = sentenceStart;
  for (let k = 0; k < i; k++) {
    const s = spans[k]!;
    if (s.closeMark <= sentenceStart) continue;
    lead += text.slice(at, s.openMark) + 'q'.repeat(s.closeMark - s.openMark);
    at = s.closeMark;
  }
  lead += text.slice(at, q.openMark);
  return openingClauseSpeaker(lead, sentenceStart);
}

/** A name and a verb of saying, or the verb and a name, right after a closing mark with no comma. */
const BARE_CUE = new RegExp(`^\\s+(?:(?:\\p{Lu}[\\p{L}'’.\u2024-]*\\s+){0,3}\\p{Lu}[\\p{L}'’\u2024-]*\\s+(?:${SPEECH_VERB})(?![\\p{L}])|(?:said|says|added|asked|wrote|tweeted)\\s+\\p{Lu})`, 'u');

/**
 * `"We will win" Reed said.`: the comma left out (common in hasty copy). Only for a quote that
 * opens its sentence, so `was "absolutely right" when Reed said` keeps no cue after it.
 */
export function bareCue(after: string, offset: number): Attribution | null {
  if (!BARE_CUE.test(after)) return null;
  const cue = attributionAfter(after, offset, false, true);
  return cue?.kind === 'name' ? cue : null;
}
