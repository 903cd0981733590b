/**
 * Names that label a quote instead of a verb of saying: a transcript line's speaker in capitals
 * (`PENCE: Well, ...`) and a name before a colon (`Vance: "It is a scam."`).
 */
import type { Attribution } from './attribution.js';
import { isRoleWord } from './cue-phrases.js';
import type { QuotedSpan } from './quote-marks.js';
import { parseSpeakerPhrase } from './speaker-phrase.js';

/** `"PENCE: Well, look, ..."`: a transcript line names its speaker in capitals before a colon. */
export function transcriptSpeaker(text: string, q: QuotedSpan): Attribution | null {
  const m = /^((?:\p{Lu}[\p{Lu}'’\u2024-]+\s?){1,3}):\s/u.exec(text.slice(q.start, q.start + 40));
  if (!m) return null;
  const name = m[1]!.trim().toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
  return { kind: 'name', value: name, role: null, honorific: null, at: q.start, strength: 2 };
}

/** `Vance: "It is a scam."`, `Vance on the deal: "..."`: a name alone before a colon speaks. */
const NAME_COLON = /^\s*((?:\p{Lu}[\p{L}'’.\u2024-]*\s+){0,3}(?:[\p{Ll}-]+\s+){0,2}(?:\p{Lu}[\p{L}'’.\u2024-]*\s+){0,3}\p{Lu}[\p{L}'’\u2024-]*)(?:\s+on\s+[^:"“”]{1,40})?:\s*$/u;
/** `Widnes coach Denis Betts: "..."`: lower-case words inside the lead must be roles, not a verb ("He told Hale:"). */
const onlyRolesInLowerCase = (lead: string) => (lead.match(/(?<![\p{L}'’.-])\p{Ll}[\p{L}-]*/gu) ?? []).every(isRoleWord);
/**
 * `Turnout is the story - Ana Diaz: "..."`, `- Ana Diaz and Omar Haddad: "..."` (a roundup's item):
 * a name set off by a dash before the colon speaks; of two, the first.
 */
const DASH_NAME_COLON = /\s[-–—]\s+((?:\p{Lu}[\p{L}'’.\u2024-]*\s+){0,3}\p{Lu}[\p{L}'’\u2024-]*)(?:\s+and\s+(?:\p{Lu}[\p{L}'’.\u2024-]*\s+){0,3}\p{Lu}[\p{L}'’\u2024-]*)?:\s*$/u;

export function nameColon(before: string, offset: number): Attribution | null {
  const dashed = /:\s*$/.test(before) ? DASH_NAME_COLON.exec(before) : null;
  if (dashed) {
    const d = parseSpeakerPhrase(dashed[1]!);
    if (d?.kind === 'name') return { ...d, at: offset + dashed.index, strength: 1 };
  }
  const found = NAME_COLON.exec(before);
  const m = found && onlyRolesInLowerCase(found[1]!) ? found : null;
  // "Said Ellis:" -- an inverted verb of saying opening the sentence.
  const a = m ? parseSpeakerPhrase(m[1]!.replace(/^(?:Said|Says|Added|Adds|Asked|Wrote|Writes|Tweeted|Continued|Explained)\s+/, '')) : null;
  return a?.kind === 'name' ? { ...a, at: offset + m!.index, strength: 1 } : null;
}
