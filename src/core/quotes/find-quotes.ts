/**
 * Key quotes: every quoted stretch of the text with its speaker and role.
 * Steps: pair quote marks (quote-marks.ts) -> read the cue around each quote (attribution.ts)
 * -> resolve pronouns, surnames and "the association" (resolve-speaker.ts) -> quotes with no cue
 * of their own take the speaker of the quote they continue -> mark fragments and key quotes.
 */
import type { Quote } from '../types.js';
import { isGroupName } from './speaker-phrase.js';
import { nameColon, transcriptSpeaker } from './name-labels.js';
import { attributionAfter, attributionBefore, openingClauseSpeaker, ownerOfQuotedLabel, type Attribution } from './attribution.js';
import { ownerNamedAfter } from './claim-owners.js';
import { sentenceSubject } from './sentence-subject.js';
import { bareCue, closingCue, listedInClause } from './closing-cue.js';
import { participleOpenerSpeaker } from './opening-participle.js';
import { isFragment, markKeyQuotes } from './key-quotes.js';
import { indexNames } from './name-index.js';
import { buildNameLookup } from './name-lookup.js';
import { maskDots, unmaskDots } from './mask-dots.js';
import { isTitleCase, isTitleOrNickname, transcriptBlocks } from './not-a-quote.js';
import { findQuotedSpans, type QuotedSpan } from './quote-marks.js';
import { shareSpeakerBackwards, shareSpeakerInSentence, speakerOfRepeats } from './speaker-sharing.js';
import { partialQuoteSentence } from './quote-sentence.js';
import { NAME_ABBREVIATIONS, wordAlternation } from '../text/name-words.js';
import { writtenAsLowerCaseRun } from '../text/written-words.js';
import { matchAllFromCapitals } from '../text/capital-matches.js';
import { genderOf, resolveSpeaker, type SpeakerContext } from './resolve-speaker.js';
import type { GenderOfFirstName } from '../text/first-names.js';

/** How far back or forward a cue may be from its quote, in characters. */
const CONTEXT_CHARS = 300;
/** Most characters between two titles of one list ("A," which won a Grammy in 1970, "B"). */
const TITLE_LIST_GAP = 80;
/** Characters after a quote looked at for the noun that makes it somebody's label ("remark"). */
const LABEL_LOOKAHEAD = 40;
/** Shortest sentence before a quote that may name its speaker ("Kerr agreed." is 12). */
const MIN_LEAD_CHARS = 10;
/** A quote with no cue takes the previous speaker only if that quote was this close. */
const INHERIT_CHARS = 900;
const SENTENCE_BREAK = /[.!?]["”’)]?\s+(?=[\p{Lu}"“])/gu;
/** A capitalised word, counted for how often the article writes it. */
const CAPITALISED_WORD = /\p{Lu}[\p{L}'’-]*/gu;
/** Longest word looked at before a dot ("U.S", "Cmdr", an initial). */
const LAST_WORD_CHARS = 24;
/** A dot that ends a title, an initial or "U.S" does not end the sentence. */
const ABBREV_END = new RegExp(`\\b(?:${wordAlternation([...NAME_ABBREVIATIONS, 'no'], 'capitalised')}|U\\.S|U\\.K|U\\.N|[A-Z])\\.$`);

function lineStartOf(text: string, i: number): number {
  return text.lastIndexOf('\n', i - 1) + 1;
}

function lineEndOf(text: string, i: number): number {
  const n = text.indexOf('\n', i);
  return n < 0 ? text.length : n;
}

/** Offset where the sentence holding `end` starts, searching back from `end` to `from`. */
function sentenceStart(text: string, from: number, end: number): number {
  const chunk = text.slice(from, end);
  let start = 0;
  for (const m of chunk.matchAll(SENTENCE_BREAK)) {
    // Only the last word before the dot matters: test it alone, not the whole chunk again.
    const lastWord = /\S*$/.exec(chunk.slice(Math.max(0, m.index - LAST_WORD_CHARS), m.index + 1))![0];
    if (!ABBREV_END.test(lastWord)) start = m.index + m[0].length;
  }
  return from + start;
}

/** The cue of a quote, and whether the quote opens its sentence (only those inherit a speaker). */
interface Cue {
  cue: Attribution | null;
  opensSentence: boolean;
}

const namesSomeone = (a: Attribution | null) => a?.kind === 'name' || a?.kind === 'pronoun';

function cueFor(text: string, spans: QuotedSpan[], i: number): Cue {
  const q = spans[i]!;
  const prev = spans[i - 1];
  const next = spans[i + 1];
  const lineStart = lineStartOf(text, q.openMark);
  const lineEnd = lineEndOf(text, q.closeMark);
  const afterEnd = Math.min(next && next.openMark < lineEnd ? next.openMark : lineEnd, q.closeMark + CONTEXT_CHARS);
  const endsSentence = /[.!?]$/.test(text.slice(q.start, q.closeMark - 1).trim());
  // `...vote,'" said X`: a closing single quote inside the double one hides the comma.
  const endsInPunctuation = /[,.!?…—–-]$/.test(text.slice(q.start, q.closeMark - 1).trim().replace(/['’]+$/, ''));
  // `"...a disaster." Then Hale said: "I agree."`: a new sentence ending in a colon leads the next quote.
  const leadsNext = endsSentence && !!next && next.openMark === afterEnd && /:\s*$/.test(text.slice(q.closeMark, afterEnd));
  let after = q.runsOn || leadsNext ? null : attributionAfter(text.slice(q.closeMark, afterEnd), q.closeMark, endsSentence, endsInPunctuation);
  const from = Math.max(prev && prev.closeMark > lineStart ? prev.closeMark : lineStart, q.openMark - CONTEXT_CHARS);
  // Up to the mark itself: a sentence break right before the quote is seen only with the mark after it.
  const beforeStart = sentenceStart(text, from, q.openMark + 1);
  const before = text.slice(beforeStart, q.openMark);
  const opensSentence = !/[\p{L}\p{N}]/u.test(before) || !!(prev && prev.closeMark > beforeStart && !/\p{Ll}{3}/u.test(before.replace(/\b(?:he|she|they|said|says|added|asked|told)\b/g, '')));
  // (Only a quote opening its sentence: see bareCue.)
  after ??= endsInPunctuation || q.runsOn || /[\p{L}\p{N}]/u.test(before) ? null : bareCue(text.slice(q.closeMark, afterEnd), q.closeMark);
  const label = ownerOfQuotedLabel(before, text.slice(q.closeMark, q.closeMark + LABEL_LOOKAHEAD), beforeStart) ?? ownerNamedAfter(text.slice(q.closeMark, afterEnd), q.closeMark);
  if (label) return { cue: label, opensSentence };
  const clause = /,\s*$/.test(text.slice(q.start, q.closeMark - 1)) ? openingClauseSpeaker(before, beforeStart) ?? listedInClause(text, spans, i, sentenceStart(text, lineStart, q.openMark + 1)) ?? participleOpenerSpeaker(before, text.slice(q.closeMark, afterEnd), q.closeMark) : null;
  if (clause) return { cue: clause, opensSentence };
  if (namesSomeone(after)) return { cue: after, opensSentence };
  // "X, head of Y, said Iran has "no intention" ..., according to state media": a named
  // subject before the quote beats an unnamed source after it.
  let cue = attributionBefore(before, beforeStart) ?? transcriptSpeaker(text, q) ?? colonLead(text, q, lineStart) ?? nameColon(before, beforeStart);
  // "The Security Council ... condemned what it called "a clear threat"": "it" and "they" are
  // the sentence's named subject.
  if (cue?.kind === 'pronoun' && (cue.value === 'it' || cue.value === 'they')) {
    const subject = sentenceSubject(before.slice(0, cue.at - beforeStart), beforeStart);
    if (subject) cue = { ...subject, strength: cue.strength };
  }
  if (namesSomeone(cue) || (cue && !after)) return { cue, opensSentence };
  if (after) return { cue: after, opensSentence };
  // Only for a quote that leaves its sentence open (a quote ending in a stop ends its sentence).
  const closing = endsInPunctuation ? null : closingCue(text, q, next ? next.openMark : lineEnd, lineEnd);
  if (closing) return { cue: closing, opensSentence };
  // `X called him a master of the deal. "He showed again and again..."`: a quote opening its
  // sentence with no cue belongs to the person the sentence before it (same paragraph, no quote
  // in between) is about.
  if (!/[\p{L}\p{N}]/u.test(before)) return { cue: leadSentence(text, from, beforeStart, !!prev && prev.closeMark === from) ?? paragraphLead(text, q, lineStart), opensSentence };
  // Only a quote inside a sentence (a mixed quote) falls back on the sentence's subject.
  const subject = before.trim().length > 10 && !(prev && prev.closeMark > beforeStart) ? sentenceSubject(before, beforeStart) : null;
  return { cue: subject, opensSentence };
}

/** The speaker named by the sentence before a quote: its speech verb's subject, else its subject. */
function leadSentence(text: string, from: number, end: number, fromQuote: boolean): Attribution | null {
  if (end - from < MIN_LEAD_CHARS) return null;
  const start = sentenceStart(text, from, end);
  const lead = text.slice(start, end);
  // `"A," said X, a pollster. "B."`: the sentence before is the previous quote's cue, and B goes
  // on with X. `On "Meet the Press," Sen. Y identified ...`: a title, then the sentence's subject.
  if (fromQuote && start === from) {
    const tail = lead.replace(/^[\s,.;:!?—–-]+/, '');
    if (!/^\p{Lu}/u.test(tail) || attributionAfter(lead, from, false)) return null;
    return sentenceSubject(tail, end - tail.length);
  }
  if (/["“”]/.test(lead)) return null;
  const cue = attributionBefore(lead, start);
  if (cue?.kind === 'name') return cue;
  // `Asked about Park, he was dismissive. "She is nobody."`: a he/she subject, resolved like "he said".
  const pronoun = cue ? null : LEAD_PRONOUN.exec(lead);
  return sentenceSubject(lead, start) ?? (pronoun ? { kind: 'pronoun', value: pronoun[1]!.toLowerCase(), role: null, honorific: null, at: start + pronoun.index, strength: 0 } : null);
}

/** A sentence (or its main clause, after an opening phrase) whose subject is he or she. */
const LEAD_PRONOUN = /^\s*(?:[^,.;:]{1,80},\s*)?(he|she|He|She)\s+(?:(?:\p{Ll}+ly|also|then|later|again|still|now|once|too)\s+)?\p{Ll}+/u;

/**
 * `Vance took the stage after midnight.` then a paragraph that is only a quote: with no cue of its
 * own, the quote is the person the paragraph before ends on (a name as its subject, no quote in
 * that sentence), as news copy hands a speaker from a lead paragraph to the quote under it.
 */
function paragraphLead(text: string, q: QuotedSpan, lineStart: number): Attribution | null {
  // A quote running on over paragraphs is named at its end (shareSpeakerBackwards), or goes on.
  // A quoted subheading ("“Bandit formations”" on a line of its own, no full stop) is no statement.
  const statement = /[.!?…]["”’]?\s*$/.test(text.slice(q.start, q.closeMark + 2));
  if (q.continues || q.runsOn || q.openMark > lineStart + 1 || lineStart < 2 || !statement || isFragment(text.slice(q.start, q.end))) return null;
  let prevEnd = lineStart;
  while (prevEnd > 0 && /\s/.test(text[prevEnd - 1]!)) prevEnd--;
  if (!/[.!?]/.test(text[prevEnd - 1] ?? '')) return null;
  const prevStart = sentenceStart(text, lineStartOf(text, prevEnd), prevEnd);
  // Without its full stop: "..., according to Helen Park." ends on the name.
  const lead = text.slice(prevStart, prevEnd - 1);
  if (/["“”]/.test(lead)) return null;
  // "According to the Courier, Gov. Noem launched the campaign." then the slogan: the paper is the
  // source of the paragraph, the governor the one the quote goes with.
  const reported = /\baccording\s+to\b/i.test(lead) ? sentenceSubject(lead, prevStart) : null;
  const cue = (reported?.kind === 'name' ? reported : null) ?? attributionBefore(lead, prevStart) ?? sentenceSubject(lead, prevStart);
  if (cue?.kind === 'name') return { ...cue, strength: 0 };
  // `She cited the costs.` then the quote paragraph: "she", resolved like "she said".
  const pronoun = cue?.kind === 'pronoun' && (cue.value === 'he' || cue.value === 'she') ? cue : null;
  const subject = pronoun ? null : LEAD_PRONOUN.exec(lead);
  if (pronoun) return { ...pronoun, strength: 0 };
  return subject ? { kind: 'pronoun', value: subject[1]!.toLowerCase(), role: null, honorific: null, at: prevStart + subject.index, strength: 0 } : null;
}

/** `The Times reports:` then the quote as its own paragraph: the cue ends the paragraph before. */
function colonLead(text: string, q: QuotedSpan, lineStart: number): Attribution | null {
  if (q.openMark > lineStart + 1 || lineStart < 2) return null;
  let prevEnd = lineStart;
  while (prevEnd > 0 && /\s/.test(text[prevEnd - 1]!)) prevEnd--;
  if (text[prevEnd - 1] !== ':') return null;
  const prevStart = sentenceStart(text, lineStartOf(text, prevEnd), prevEnd);
  const lead = text.slice(prevStart, prevEnd);
  return attributionBefore(lead, prevStart) ?? sentenceSubject(lead, prevStart);
}

export interface FindQuotesOptions {
  /**
   * Gender of a given name, for "she said": the built-in list knows a few hundred names; the
   * popup's analysis passes compromise's lexicon (thousands), which this module must not import
   * (the quote card in the background uses it too).
   */
  genderOfFirstName?: GenderOfFirstName;
}

export function findQuotes(text: string, options: FindQuotesOptions = {}): Quote[] {
  const transcripts = transcriptBlocks(text);
  const nicknames: QuotedSpan[] = [];
  // `hits include "A," which won a Grammy, "B" and "C"`: a title-case quote listed right after a
  // title (no sentence end between them) is another title.
  let lastTitleEnd = -1;
  const listedAfterTitle = (q: QuotedSpan, body: string) => lastTitleEnd >= 0 && q.openMark - lastTitleEnd < TITLE_LIST_GAP && !/[.!?;:\n]/.test(text.slice(lastTitleEnd - 2, q.openMark)) && isTitleCase(body);
  const spans = findQuotedSpans(text).filter((q) => {
    if (transcripts.some(([s, e]) => q.openMark >= s && q.openMark < e)) return false;
    const body = text.slice(q.start, q.end);
    if (!isTitleOrNickname(text, body, q.openMark, q.closeMark) && !listedAfterTitle(q, body)) return true;
    lastTitleEnd = q.closeMark;
    if (/^\p{Lu}\S*$/u.test(body)) nicknames.push(q);
    return false;
  });
  if (!spans.length) return [];
  // Marcia "Cia" Price: the nickname would cut the name short for the cue patterns.
  let masked = maskDots(text);
  for (const n of nicknames) masked = masked.slice(0, n.openMark) + ' '.repeat(n.closeMark - n.openMark) + masked.slice(n.closeMark);
  // A lone capitalised word the article also writes in lower case ("More", "Pressure") is a
  // sentence opener, not a speaker.
  // (Word edges by letters, not \b: \b knows only ASCII, so "она" or "été" were never listed.)
  // Looked up where the word is written (text/written-words.ts), not by listing every word.
  // How often each capitalised word is written: counted on the first weak cue that asks.
  let capitalised: Map<string, number> | null = null;
  const timesCapitalised = (word: string) => {
    if (!capitalised) {
      capitalised = new Map<string, number>();
      for (const [w] of matchAllFromCapitals(text, CAPITALISED_WORD)) capitalised.set(w, (capitalised.get(w) ?? 0) + 1);
    }
    return capitalised.get(word) ?? 0;
  };
  const isOpener = (c: Attribution | null) => {
    if (c?.kind !== 'name') return false;
    // A group ("Audience members laughed") is judged by its one capitalised word.
    // (A body's name with a small word inside, "Alliance to Reclaim Our Schools", is a name.)
    const word = (isGroupName(c.value) ? /^(\p{Lu}\S*) \p{Ll}/u.exec(c.value)?.[1] : null) ?? c.value;
    if (word.includes(' ')) return false;
    // A lone letter ("В", "A") is a word of the sentence; an initial would keep its dot.
    if (word.length === 1) return true;
    // ...unless the article named somebody with that surname ("Tom Price" makes "Price said" a name).
    if (writtenAsLowerCaseRun(text, word.toLowerCase())) return !ctx.lookup.expand(word, c.at)?.includes(' ');
    // A weak cue naming a word met only once ("Diplomacy in the coming days will test...").
    return c.strength === 0 && timesCapitalised(word) <= 1 && !ctx.lookup.expand(word, c.at);
  };
  const quoted = spans.map((q) => [q.start, q.end] as [number, number]);
  const ctx: SpeakerContext = { lookup: buildNameLookup(indexNames(masked, quoted, options.genderOfFirstName)), previous: [], text: masked };
  const quotes: Quote[] = [];
  const ownCue: boolean[] = [];
  /** A cue was found, even if it named nobody we could resolve ("critics called it ..."). */
  const cued: boolean[] = [];
  spans.forEach((q, i) => {
    const { cue: found, opensSentence } = cueFor(masked, spans, i);
    const near = ctx.previous.at(-1);
    // A he/she read off the sentence before is weaker than the speaker quoted just before.
    // (Not a "she" after a man quoted: she is somebody else.)
    const otherGender = found?.kind === 'pronoun' && !!near?.gender && near.gender !== (found.value === 'she' ? 'female' : found.value === 'he' ? 'male' : near.gender);
    const weakPronoun = found?.kind === 'pronoun' && found.strength === 0 && !!near && q.openMark - near.at < INHERIT_CHARS && !otherGender;
    const cue = isOpener(found) || weakPronoun ? null : found;
    let { speaker, role } = cue ? resolveSpeaker(cue, ctx) : { speaker: null, role: null };
    if (speaker) speaker = unmaskDots(speaker).replace(/[\s.,]+$/, '');
    if (role) role = unmaskDots(role).replace(/[\s,]+$/, '');
    const last = ctx.previous.at(-1);
    const prevQuote = quotes.at(-1);
    // Paragraphs of one long quote, or a quote split around "he said", share their speaker.
    // A scare quote inside somebody else's sentence ("can produce the "suitable environment" Iran
    // demands") is not the last speaker's: only statements and sentence-opening quotes inherit.
    const mayInherit = opensSentence || !isFragment(text.slice(q.start, q.end));
    // `"A," the nurses said. "B."`: B goes on with A's cue even when it names nobody we know.
    const afterUnnamedCue = !!prevQuote && !prevQuote.speaker && cued.at(-1) === true && spans[i - 1]!.closeMark > lineStartOf(text, q.openMark);
    if (!speaker && !cue && last && !afterUnnamedCue && (q.continues || (mayInherit && q.openMark - last.at < INHERIT_CHARS))) {
      speaker = last.name;
      role = prevQuote?.speaker === speaker ? prevQuote.speakerRole : null;
    }
    const body = text.slice(q.start, q.end);
    ownCue.push(!!cue && !!speaker);
    cued.push(!!cue);
    const fragment = isFragment(body);
    const sentence = fragment ? null : partialQuoteSentence(text, masked, q.openMark, q.closeMark, sentenceStart(masked, lineStartOf(text, q.openMark), q.openMark + 1));
    quotes.push({ text: body, speaker, speakerRole: role, fragment, key: false, start: q.start, end: q.end, sentence });
    if (speaker) ctx.previous.push({ name: speaker, at: Math.max(q.end, cue?.at ?? 0), gender: genderOf(speaker, ctx) });
  });
  shareSpeakerBackwards(quotes, spans, ownCue);
  shareSpeakerInSentence(masked, quotes, spans, ownCue, cued);
  speakerOfRepeats(quotes, ownCue);
  markKeyQuotes(quotes, text);
  return quotes;
}
