/**
 * Quotes with a speaker that a reader would still not share as that speaker's statement: names
 * in quote marks or given to a thing ("is called"), lines nobody said (what somebody "would
 * say" or is "left to wonder", a condition after "if"), and stretches paired across several quotes (the narration
 * between them inside). markKeyQuotes never makes them key; they stay behind "More quotes".
 */
import type { Quote } from '../types.js';
import { isTitleCase } from './not-a-quote.js';
import { SPEECH_VERB } from './speech-verbs.js';

/**
 * Every word capitalised, at any length: a name or a title ("the Silver Harbour Series", a
 * book's title of a dozen words), never a sentence somebody said.
 */
const isNameShaped = (text: string) => !SENTENCE_INSIDE.test(text) && isTitleCase(text, Number.POSITIVE_INFINITY);
/** isTitleCase's own "no sentence inside" test, asked first: a statement of several sentences is not split into words. */
const SENTENCE_INSIDE = /[.!?]\s/;

/** Characters before the opening mark read for a hypothetical cue. */
const LEAD_CHARS = 80;
/** `As Holmes would say, "..."`, `the board might ask itself: "..."`: a modal before the verb. */
const HYPOTHETICAL_LEAD = /\b(?:would|might|could|will|may|must)\s+(?:[\p{Ll}-]+\s+){0,3}(?:say|ask|wonder|think|reply|answer|tell\s+\p{L}+)\b[^.!?"“”]{0,30}$/u;

/**
 * `is called "feather pillow lung"`, `what's known as "X"`, `the usual term is "X"`: a
 * name given to a thing, not a statement.
 */
const NAMING_LEAD = /\b(?:(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?(?:called|known\s+as|dubbed|named|termed|nicknamed|labell?ed)|what(?:['’]s|\s+is|\s+are|\s+was)\s+(?:\p{Ll}+ly\s+)?(?:called|known\s+as|dubbed|termed)|(?:term|name|phrase|word|label)\s+(?:[\p{Ll}]+\s+){0,3}(?:is|was))\s*[,:]?\s*$/u;

/**
 * `most voters want the board to act if it "broke the rules of the club"`: the words after "if"
 * or "whether" are a condition (a poll's question, a charge not yet proven), asserted by nobody.
 */
const CONDITION_LEAD = /\b(?:if|whether|unless)\s+(?:he|she|it|they|we|you|I|\p{Lu}[\p{L}'’-]*)\s+$/u;

/** `...the first bar,” Reyes recalled. “Then...`: a closing mark, a cue, and the quote goes on: mispaired marks. */
const CUE_INSIDE = new RegExp(`["”]\\s*,?\\s+(?:he|she|they|\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)\\s+(?:${SPEECH_VERB})(?![\\p{L}])`, 'u');

/** Whether the quote is no shareable statement, whoever it is attributed to. `text` is the article (optional). */
export function notShareable(q: Quote, text?: string): boolean {
  if (isNameShaped(q.text)) return true;
  if (/["”]/.test(q.text) && CUE_INSIDE.test(q.text)) return true;
  if (!text) return false;
  // The opening mark stands right before the quoted words.
  const lead = text.slice(Math.max(0, q.start - 1 - LEAD_CHARS), Math.max(0, q.start - 1));
  return HYPOTHETICAL_LEAD.test(lead) || NAMING_LEAD.test(lead) || CONDITION_LEAD.test(lead);
}
