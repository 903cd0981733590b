/**
 * Quotes that are somebody's claim, remark or label, named by a possessive around them:
 * `Trump's claim that there were "thousands"`, `Barrow's "basket" remark`. The owner said it,
 * whoever the sentence's subject is.
 */
import { type Attribution, found } from './speaker-phrase.js';

/** Nouns of saying: "Trump's claim that", "Warren's words", "the senator's description of". */
const CLAIM_NOUNS = 'claims?|statements?|remarks?|comments?|words|assertions?|promises?|pledges?|vows?|warnings?|descriptions?|arguments?|suggestions?|accusations?|boasts?|insistence|predictions?|tweets?|messages?|slogans?|characterization|characterisation|quip|retort|rallying cry|catchphrase|question|answer|response|reply|charges?|allegations?|contention|complaints?|threats?|jokes?|taunts?|insults?|jibes?|criticism|reaction|take|verdict|advice|assessment|explanation|excuse|rationale';
const POSSESSIVE_CLAIM = new RegExp(`((?:\\p{Lu}[\\p{L}'’\\-\u2024]*\\s+){0,3}\\p{Lu}[\\p{L}\\-\u2024]*)['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${CLAIM_NOUNS})\\b[^"“”.!?;:]{0,100}[:?]?\\s*$`, 'u');

const CLAIM_CONTENT = new RegExp(`((?:\\p{Lu}[\\p{L}'’\\-\u2024]*\\s+){0,3}\\p{Lu}[\\p{L}\\-\u2024]*)['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${CLAIM_NOUNS})\\s+(?:that\\s[^"“”.!?;:]{0,100}|:\\s*)$`, 'u');

const OWNER_BEFORE_LABEL = /((?:\p{Lu}[\p{L}'’\-\u2024]*\s+){0,3}\p{Lu}[\p{L}\-\u2024]*)['’]s?\s*$/u;
const LABEL_NOUN_AFTER = new RegExp(`^[,.]?\\s*(?:${CLAIM_NOUNS}|remark|comment|line|label|jab|attack|insult|gaffe|moment|speech|ad|pledge)s?\\b`, 'u');

/**
 * `Hale mocked Barrow's "basket" remark`: a quote between a possessive name and a noun of saying
 * is that person's words, whoever the sentence's subject is. `after` starts at the closing mark.
 */
export function ownerOfQuotedLabel(before: string, after: string, offset: number): Attribution | null {
  const m = OWNER_BEFORE_LABEL.exec(before);
  if (!m || !LABEL_NOUN_AFTER.test(after)) return null;
  const a = found(m[1]!, null, offset + m.index, 2);
  return a?.kind === 'name' ? a : null;
}

/** `Politifact checked Trump's claim that there were "thousands of shootings"`: the claim's owner. */
export function possessiveClaim(before: string, offset: number): Attribution | null {
  const m = POSSESSIVE_CLAIM.exec(before);
  if (!m) return null;
  const a = found(m[1]!, null, offset + m.index, 1);
  return a?.kind === 'name' ? a : null;
}

/**
 * `Hale responded to Barrow's claim that he was "unfit"`: the quote is the content of a claim,
 * and the claim's owner said it (`at` is where the owner is written).
 */
export function claimContentOwner(before: string, offset: number): Attribution | null {
  const m = CLAIM_CONTENT.exec(before);
  if (!m) return null;
  const a = found(m[1]!, null, offset + m.index, 1);
  return a?.kind === 'name' ? a : null;
}

/** `"We will appeal" was Park's response.`: the quote, then "was" and its owner's noun of saying. */
const OWNER_NAMED_AFTER = new RegExp(`^[,\\s—–-]*(?:(?:that|this)\\s+)?(?:was|is)\\s+(?:all\\s+)?((?:\\p{Lu}[\\p{L}'’\\-\u2024]*\\s+){0,3}\\p{Lu}[\\p{L}\\-\u2024]*)['’]s?\\s+(?:[\\p{Ll}-]+\\s+)?(?:${CLAIM_NOUNS})\\b`, 'u');

/** The owner named after a quote by "was X's response" (`after` starts at the closing mark). */
export function ownerNamedAfter(after: string, offset: number): Attribution | null {
  const m = OWNER_NAMED_AFTER.exec(after);
  if (!m) return null;
  const a = found(m[1]!, null, offset + m.index + m[0].indexOf(m[1]!), 2);
  return a?.kind === 'name' ? a : null;
}
