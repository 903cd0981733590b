/**
 * `"This is wonderful!" beamed Derek Vance of Lindton.`: a verb no list of speech verbs holds,
 * written before the speaker's name right after a quote. Written in the past tense, in lower
 * case, then a name: in that place the verb can only be the cue's (an object would need a
 * subject before it, and a new sentence would open on a capital).
 */
import { found, type Attribution } from './speaker-phrase.js';
import { leadingPhrase } from './cue-phrases.js';

/** A past-tense verb right after the closing mark (and its comma), then a capitalised word. */
const INVERTED_PAST_VERB = /^\s*,?\s*\p{Ll}{2,}ed\s+(?=\p{Lu})/u;

/** The named speaker of an inverted cue with any past-tense verb, or null. */
export function invertedPastCue(after: string, offset: number): Attribution | null {
  const verb = INVERTED_PAST_VERB.exec(after);
  if (!verb) return null;
  const obj = leadingPhrase(after.slice(verb[0].length));
  const cue = found(obj.phrase, obj.appositive, offset + verb[0].length, 2);
  return cue?.kind === 'name' ? cue : null;
}
