import { INLINE_ABBREVIATIONS, NUMBER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';
import { trimSpan, type TextSpan } from './span.js';
import { STOPWORDS } from './stopwords.js';

/** One segmenter for the process: building it costs more than segmenting a whole article. */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The dotted word a segment ends on ("Mr", "U.S", "J", "Jan"), or null. */
const TRAILING_ABBREVIATION = /(?:^|[\s(“"'‘\-–—])((?:\p{L}\.)*\p{L}+)\.\s*$/u;
/** Past this length a segment's abbreviation is looked for in its end first (see trailingAbbreviation). */
const ABBREVIATION_TAIL = 64;

/**
 * `TRAILING_ABBREVIATION.exec(segment)?.[1]` without running the pattern from every character of
 * a long segment: the pattern needs a full stop as the last non-space character; and found in
 * the segment's end after a space or bracket, it is the match the whole segment gives (the word
 * holds no such character). Found at the tail's very start, or not found, the word may begin
 * further back: then the whole segment is read.
 */
export function trailingAbbreviation(segment: string): string | undefined {
  let last = segment.length - 1;
  while (last >= 0 && /\s/.test(segment[last]!)) last--;
  if (segment[last] !== '.') return undefined;
  if (segment.length > ABBREVIATION_TAIL) {
    const m = TRAILING_ABBREVIATION.exec(segment.slice(-ABBREVIATION_TAIL));
    if (m && m.index > 0) return m[1];
  }
  return TRAILING_ABBREVIATION.exec(segment)?.[1];
}

/** The first word of the next segment, past any opening quote or bracket. */
const LEADING_WORD = /^[\s"“'‘([]*([\p{L}\p{N}]+)/u;

/**
 * Should the segment ending in `abbrev.` run on into the next one, which starts with `next`?
 * ICU's breaker splits after every ". X"; this undoes the splits that abbreviations cause.
 */
export function abbreviationContinues(abbrev: string, next: string): boolean {
  const lower = abbrev.toLowerCase();
  const nextIsDigit = /^\p{N}/u.test(next);
  const nextIsLower = /^\p{Ll}/u.test(next);
  const nextIsUpper = /^\p{Lu}/u.test(next);
  if (TITLE_ABBREVIATIONS.has(lower)) return nextIsUpper || nextIsDigit;
  if (NUMBER_ABBREVIATIONS.has(lower) && nextIsDigit) return true;
  if (lower === 'vs' || lower === 'v') return true;
  if (INLINE_ABBREVIATIONS.has(lower)) return nextIsLower || nextIsDigit;
  // A single capital is an initial ("George W. Bush"): the name goes on.
  if (/^\p{Lu}$/u.test(abbrev)) return nextIsUpper;
  if (abbrev.includes('.')) {
    // "5 p.m. Police said": a lower-case abbreviation before a capital ends the sentence.
    if (/^\p{Ll}/u.test(abbrev)) return nextIsLower || nextIsDigit;
    // "U.S. President Donald Trump" goes on; "talks with the U.S. The envoy" does not.
    return nextIsLower || nextIsDigit || (nextIsUpper && !STOPWORDS.has(next.toLowerCase()));
  }
  return false;
}

/**
 * V8's segmenter slows down sharply on long strings (a 300 KB page took 1.7 s in one piece,
 * 13 ms line by line), so it is fed one paragraph at a time, long paragraphs in chunks cut after
 * a full stop. Chunk cuts are checked by the same abbreviation repair as the segmenter's breaks.
 */
const CHUNK_CHARS = 3000;

function* chunks(text: string): Generator<{ start: number; end: number; newParagraph: boolean }> {
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let start = lineStart;
    const lineEnd = lineStart + line.length;
    let newParagraph = true;
    while (start < lineEnd) {
      let end = Math.min(lineEnd, start + CHUNK_CHARS);
      if (end < lineEnd) {
        const window = text.slice(start, end);
        const cut = window.search(/[.!?]["”’)]?\s+(?=\S)[^.!?]*$/);
        if (cut > 0) end = start + cut + 1;
      }
      yield { start, end, newParagraph };
      newParagraph = false;
      start = end;
    }
    lineStart = lineEnd + 1;
  }
}

/** Splits text into sentences with offsets. Paragraph breaks always end a sentence. */
export function splitSentences(text: string): TextSpan[] {
  const pieces: Array<{ start: number; end: number }> = [];
  for (const chunk of chunks(text)) {
    let first = chunk.newParagraph;
    const piece = text.slice(chunk.start, chunk.end);
    // Segment by segment with containing(), not the iterator: the same segments, read about
    // three times faster in V8 (its iterator's step costs more than finding the next break).
    const segments = segmenter.segment(piece);
    for (let at = 0; at < piece.length;) {
      const seg = segments.containing(at)!;
      const start = chunk.start + seg.index;
      const end = start + seg.segment.length;
      const prev = pieces[pieces.length - 1];
      if (prev && !first && shouldJoin(text.slice(prev.start, prev.end), seg.segment)) prev.end = end;
      else pieces.push({ start, end });
      first = false;
      at = seg.index + seg.segment.length;
    }
  }
  const out: TextSpan[] = [];
  for (const p of pieces) {
    const span = trimSpan(text, p.start, p.end);
    if (span) out.push(span);
  }
  return out;
}

function shouldJoin(previous: string, next: string): boolean {
  if (/\n\s*$/.test(previous)) return false;
  const abbrev = trailingAbbreviation(previous);
  const word = LEADING_WORD.exec(next)?.[1];
  if (!abbrev || !word) return false;
  return abbreviationContinues(abbrev, word);
}
