/**
 * The sentence around a partial quote. `Kamal said he was "confident that we can reach a fair
 * agreement" before the summer` quotes words, not a statement: shown alone they do not read as
 * anything, so the popup shows the sentence with the quoted words marked.
 */
import type { TextSpan } from '../text/span.js';
import { trimSpan } from '../text/span.js';

/** A full stop, question or exclamation mark (closing marks after it) then a space: a sentence ends. */
const SENTENCE_END = /[.!?]["”’)]*(?=\s|$)/gu;
/** Longest sentence the popup shows around a quote; past it, the quote is shown alone. */
const MAX_SENTENCE_CHARS = 600;

function lineStart(text: string, i: number): number {
  return text.lastIndexOf('\n', i - 1) + 1;
}

function lineEnd(text: string, i: number): number {
  const n = text.indexOf('\n', i);
  return n < 0 ? text.length : n;
}

/**
 * The sentence holding the quote, when the quote is only part of it: the sentence goes on before
 * the opening mark (other than a lead-in ending in a colon or comma, "X said: ") or after the
 * closing mark (other than the cue, `," X said.`), or the quote opens in lower case.
 * `openMark` is the opening mark's index, `closeMark` the index just after the closing mark.
 * `masked` is the text with non-final dots hidden (mask-dots.ts), so every "." found ends a sentence.
 */
export function partialQuoteSentence(text: string, masked: string, openMark: number, closeMark: number, sentenceFrom: number): TextSpan | null {
  const body = text.slice(openMark + 1, closeMark - 1).trim();
  const before = text.slice(sentenceFrom, openMark);
  // (Also after a full stop the sentence finder missed: `…“, sagte sie. „Jedes …` in German marks.)
  const startsStatement = !/[\p{L}\p{N}]/u.test(before) || /[:,]\s*$/.test(before) || /[.!?…]["'”’“»)]*\s+$/u.test(before);
  // A quote that ends its own sentence, or hands over to the cue, is a statement.
  const endsStatement = /[.!?,…—–-]["'’”]*$/.test(body);
  // Opening its sentence with a capital, it is a statement even when it runs on into the next
  // paragraph or ends on a dash.
  const opensWithCapital = /^\p{Lu}/u.test(body.replace(/^[^\p{L}\p{N}]+/u, ''));
  if (startsStatement && (endsStatement || opensWithCapital)) return null;
  const limit = lineEnd(text, closeMark);
  // From the last quoted character: a full stop inside the closing mark ends the sentence too.
  SENTENCE_END.lastIndex = Math.max(openMark + 1, closeMark - 2);
  let end = limit;
  for (let m = SENTENCE_END.exec(masked); m && m.index < limit; m = SENTENCE_END.exec(masked)) {
    end = m.index + m[0].length;
    break;
  }
  const start = Math.max(sentenceFrom, lineStart(text, openMark));
  if (end - start > MAX_SENTENCE_CHARS) return null;
  return trimSpan(text, start, end);
}
