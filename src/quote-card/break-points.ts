/**
 * Where a card's text may break: between words, and between any two CJK characters (Chinese and
 * Japanese have no spaces; every character is a break opportunity, as in CSS `line-break:
 * normal`). A token too wide for a whole line is broken by grapheme (a pasted URL, a hash).
 * Pure string functions; the layout measures what these return.
 */

export interface Token {
  text: string;
  /** A space separates this token from the one before it (false inside a CJK run). */
  spaceBefore: boolean;
}

/** Scripts written without spaces between words: each character may start a line. */
const BREAK_ANYWHERE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60]/u;
/** Closing marks never start a line (kinsoku): they stay with the character before them. */
const NO_BREAK_BEFORE = /[、。，．：；！？）」』】〕〉》〗〙〛’”ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ)\]}.,:;!?]/u;
/** Opening marks never end a line: they stay with the character after them. */
const NO_BREAK_AFTER = /[（「『【〔〈《〖〘〚‘“([{]/u;

/** A full-width character (CJK): about twice as wide as a Latin letter, and a break opportunity. */
export const isWide = (grapheme: string): boolean => BREAK_ANYWHERE.test(grapheme);

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** User-perceived characters: an emoji, a letter with its accents, a surrogate pair stay whole. */
export function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

/** A space-free word -> tokens: whole if it has no CJK, else one token per CJK character. */
function splitWord(word: string, out: Token[]): void {
  if (!BREAK_ANYWHERE.test(word)) {
    out.push({ text: word, spaceBefore: true });
    return;
  }
  let current = '';
  let first = true;
  let glueNext = false;
  let lastCjk = false;
  const flush = (): void => {
    if (!current) return;
    out.push({ text: current, spaceBefore: first });
    first = false;
    current = '';
  };
  for (const g of graphemes(word)) {
    const cjk = BREAK_ANYWHERE.test(g);
    // Latin letters next to each other stay one token; a CJK character is a token of its own.
    const glued = glueNext || NO_BREAK_BEFORE.test(g) || (!cjk && current !== '' && !lastCjk);
    if (!glued) flush();
    current += g;
    glueNext = NO_BREAK_AFTER.test(g);
    lastCjk = cjk;
  }
  flush();
}

/** The text as break opportunities, whitespace collapsed. Linear in the length of the text. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const word of text.split(/\s+/)) if (word) splitWord(word, out);
  return out;
}
