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

function maskMatches(chars: string[], text: string, re: RegExp): void {
  for (const m of text.matchAll(re)) {
    for (let i = 0; i < m[0].length; i++) if (m[0][i] === '.') chars[m.index + i] = MASK;
  }
}

export function maskDots(text: string): string {
  const chars = [...text];
  if (chars.length !== text.length) return maskByIndex(text); // astral characters: keep UTF-16 indices
  for (const re of [ABBREVIATIONS, INITIALS, ACRONYMS, PARENTHESES]) maskMatches(chars, text, re);
  return chars.join('');
}

function maskByIndex(text: string): string {
  const dots = new Set<number>();
  for (const re of [ABBREVIATIONS, INITIALS, ACRONYMS, PARENTHESES]) {
    for (const m of text.matchAll(re)) for (let i = 0; i < m[0].length; i++) if (m[0][i] === '.') dots.add(m.index + i);
  }
  let out = '';
  for (let i = 0; i < text.length; i++) out += dots.has(i) ? MASK : text[i];
  return out;
}

export function unmaskDots(s: string): string {
  return s.replaceAll(MASK, '.');
}
