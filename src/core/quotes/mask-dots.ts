/**
 * Hides the full stops that do not end a sentence ("Mr.", "Rep.", "G.K.", "U.S.", "(D-Wis.)")
 * behind a look-alike character of the same length, so the cue patterns can treat "." as a
 * sentence end. Offsets stay valid; `unmaskDots` restores names taken from the masked text.
 */
import { COMPANY_ABBREVIATIONS, MONTH_ABBREVIATIONS, NAME_ABBREVIATIONS, STATE_ABBREVIATIONS, wordAlternation } from '../text/name-words.js';

const MASK = '\u2024'; // ONE DOT LEADER

/** Titles, months, company suffixes and state abbreviations: the vocabulary of core/text. */
const ABBREVIATIONS = new RegExp(
  `\\b(?:${wordAlternation([...NAME_ABBREVIATIONS, 'no', ...MONTH_ABBREVIATIONS, ...COMPANY_ABBREVIATIONS, ...STATE_ABBREVIATIONS], 'capitalised')})\\.`,
  'g',
);
const INITIALS = /\b(?:\p{Lu}\.){1,3}(?=\s*\p{Lu})/gu;
const ACRONYMS = /\b(?:\p{Lu}\.){2,}/gu;
const PARENTHESES = /\([^()\n]{1,30}\)/g;

export function maskDots(text: string): string {
  // The dots to hide, by UTF-16 index (so astral characters keep the offsets true), then the
  // text rebuilt from the pieces between them: no array of the article's characters.
  const dots: number[] = [];
  for (const re of [ABBREVIATIONS, INITIALS, ACRONYMS, PARENTHESES]) {
    for (const m of text.matchAll(re)) for (let i = 0; i < m[0].length; i++) if (m[0][i] === '.') dots.push(m.index + i);
  }
  if (!dots.length) return text;
  dots.sort((a, b) => a - b);
  let out = '';
  let from = 0;
  for (const at of dots) {
    if (at < from) continue; // the same dot found by two patterns
    out += text.slice(from, at) + MASK;
    from = at + 1;
  }
  return out + text.slice(from);
}

export function unmaskDots(s: string): string {
  return s.replaceAll(MASK, '.');
}
