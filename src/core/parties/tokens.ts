/**
 * Word tokens with offsets and the facts the entity rules need: capitalised, all capitals,
 * first word of a sentence, what punctuation stands between it and the word before.
 */
import { isBylineLine, isHeadingLine } from '../text/heading-lines.js';
import { NAME_ABBREVIATIONS, wordAlternation } from '../text/name-words.js';
import { lettersAreAscii } from '../text/ascii-letters.js';
import { isCommonWord } from './lexicon.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter (or is a dotted abbreviation like "U.S."). */
  cap: boolean;
  sentenceStart: boolean;
  /** The characters between the previous token and this one ("", " ", ", ", " (", ...). */
  gap: string;
  /** Followed by a possessive 's (stripped from the token). */
  possessive: boolean;
  /** On a heading or byline line (capitals only, or Title Case and no sentence): capitals say nothing there. */
  capsLine: boolean;
}

/**
 * A dotted title before a name ("Adm. Ruth Alder"), a dotted acronym, an initial, or a word;
 * written with the classes given for a capital, a letter and a letter or digit.
 */
const wordPattern = (capital: string, letter: string, letterOrDigit: string, flags: string) => new RegExp(
  `\\b(?:${wordAlternation(NAME_ABBREVIATIONS, 'capitalised')})\\.(?=\\s${capital})|(?:${capital}\\.){2,}|${capital}\\.(?=\\s${capital})|${letterOrDigit}(?:[${letterOrDigit.slice(1, -1)}&-]|['’](?=${letter}{2,})|\\.(?=${letter}))*`,
  flags,
);
const WORD = wordPattern('\\p{Lu}', '\\p{L}', '[\\p{L}\\p{N}]', 'gu');
/** WORD for a text whose letters and digits are all ASCII (text/ascii-letters.ts): the same words, faster. */
const ASCII_WORD = wordPattern('[A-Z]', '[A-Za-z]', '[A-Za-z0-9]', 'g');
const POSSESSIVE = /^['’]s?\b/;

/** Lines whose capitals say nothing about names: headings (see heading-lines.ts) and bylines. */
function capsLines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (isHeadingLine(line, isCommonWord) || isBylineLine(line)) out.push([start, end]);
    start = end + 1;
  }
  return out;
}

const CAPITAL_FIRST = /^\p{Lu}/u;
const HIGHEST_ASCII = 0x7f;
const [ASCII_A, ASCII_Z] = ['A'.charCodeAt(0), 'Z'.charCodeAt(0)];

/** `/^\p{Lu}/u.test(word)`, with the pattern run only for a first character outside ASCII. */
function startsWithCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return c <= HIGHEST_ASCII ? c >= ASCII_A && c <= ASCII_Z : CAPITAL_FIRST.test(word);
}

export function tokenize(text: string): Token[] {
  const caps = capsLines(text);
  const out: Token[] = [];
  let prevEnd = 0;
  let c = 0;
  for (const m of text.matchAll(lettersAreAscii(text) ? ASCII_WORD : WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const gap = text.slice(prevEnd, start);
    const prev = out[out.length - 1];
    // Most gaps are one space: no apostrophe, no sentence end, so the tests below are skipped.
    const space = gap === ' ';
    // "Iran 's" (tokenised corpora) and "Iran's" both mark the previous word possessive.
    if (prev && !space && (m[0] === 's' && /^\s?['’]$/.test(gap))) { prev.possessive = true; prevEnd = end; continue; }
    if (prev && !space && /^['’]$/.test(gap.trim()) && POSSESSIVE.test(text.slice(prev.end, start + 2))) prev.possessive = true;
    while (c < caps.length && caps[c]![1] < start) c++;
    const capsLine = c < caps.length && caps[c]![0] <= start;
    // With a word before it, the text before is never blank: only the gap can open a sentence.
    // "...his fee.) To the extent": a bracket or quote may close the sentence before the gap.
    const sentenceStart = !prev || (!space && /[.!?:"“”][)\]’'"”]*\s*$|\n/.test(gap));
    out.push({ text: m[0], start, end, cap: startsWithCapital(m[0]), sentenceStart, gap, possessive: false, capsLine });
    prevEnd = end;
  }
  return out;
}
