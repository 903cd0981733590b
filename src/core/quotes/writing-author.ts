/**
 * Who issued the writing a quote is read from: `Norvik Foods put out a statement.` ...
 * `"...," the statement continued.` News copy introduces the writing once, with "a" or a
 * possessive ("in a statement", "its letter"), in a sentence whose subject issued it; later
 * "the statement" refers back to that one, not to whoever was quoted or named last.
 */
import type { Attribution } from './attribution.js';
import { sentenceSubject } from './sentence-subject.js';

/** How far back the writing's introduction is looked for, in characters (a few paragraphs). */
const MENTION_REACH = 1500;
/** Longest sentence read for the issuer, in characters. */
const SENTENCE_CHARS = 300;
/** "a statement", "a joint statement", "a Nov. 5 letter", "its letter": up to three words between. */
const introductionPattern = (noun: string) => new RegExp(`\\b(?:[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[^\\s.,;:!?"“”]+\\.?\\s+){0,3}${noun}\\b`, 'g');
/** One compiled pattern per writing noun (a short closed list, resolve-speaker.ts's WRITINGS): compiled once, not per quote. */
const introductions = new Map<string, RegExp>();
function introduction(noun: string): RegExp {
  let re = introductions.get(noun);
  if (!re) introductions.set(noun, (re = introductionPattern(noun)));
  return re;
}
/** "The firm flatly rejected it in a statement": a body named by its head noun, resolved like "the firm said". */
const NOMINAL_SUBJECT = /^\s*(?:(?:in|on|at|during|after|before|since|by|for|with|from|under|over)\s[^,]{1,50},\s*)?(?:the|its)\s+(\p{Ll}+)\s+(?:[\p{Ll}-]+ly\s+|flat-out\s+)?\p{Ll}+/iu;

export interface WritingIssuer {
  /** The introducing sentence's subject when it is a name (or he/she). */
  subject: Attribution | null;
  /** Else its head noun when it is "the company", "the group": resolved as a body. */
  nominal: string | null;
  at: number;
}

/** The sentence that introduced the writing `noun` last before `at`, and its subject; null when none did. */
export function writingIssuer(text: string, noun: string, at: number): WritingIssuer | null {
  const from = Math.max(0, at - MENTION_REACH);
  // The introduction holds the noun itself: without it in reach, no slice and no pattern run.
  const seen = text.indexOf(noun, from);
  if (seen < 0 || seen + noun.length > at) return null;
  let mention = -1;
  for (const m of text.slice(from, at).matchAll(introduction(noun))) mention = from + m.index;
  if (mention < 0) return null;
  const window = text.slice(Math.max(0, mention - SENTENCE_CHARS), mention);
  const breaks = [...window.matchAll(/[.!?]["”’)]?\s+(?=["“]?\p{Lu})|\n/gu)];
  const start = mention - window.length + (breaks.length ? breaks.at(-1)!.index + breaks.at(-1)![0].length : 0);
  const rest = text.slice(mention, mention + SENTENCE_CHARS);
  const end = mention + (/[.!?](?:\s|$)|\n/.exec(rest)?.index ?? rest.length);
  const sentence = text.slice(start, end);
  const subject = sentenceSubject(sentence, start);
  return { subject, nominal: subject ? null : NOMINAL_SUBJECT.exec(sentence)?.[1]!.toLowerCase() ?? null, at: start };
}
