/**
 * Finds the quoted stretches of a text from its quote marks alone: straight and curly double
 * quotes, low-9 quotes and guillemets. Marks are paired by context as well as by shape, because
 * real pages mix them up (an opening ” typed for “, a straight " closing a curly one).
 */

export interface QuotedSpan {
  /** Offsets of the quoted words, marks excluded. */
  start: number;
  end: number;
  /** Offset of the opening mark, or the paragraph start when the mark is missing. */
  openMark: number;
  /** Offset just past the closing mark, or the paragraph end for a quote left open. */
  closeMark: number;
  /** Left open at the end of its paragraph (a quote running on into the next one). */
  runsOn: boolean;
  /** This paragraph reopened a quote the previous paragraph left open. */
  continues: boolean;
}

const OPENERS = new Set(['“', '„', '«', '‟', '〝']);
const CLOSERS = new Set(['”', '»', '〞', '″']);
/** Every double quote mark, one UTF-16 unit each: a Set, since the scan asks of every character. */
const ANY_DOUBLE: ReadonlySet<string> = new Set(['"', '“', '”', '„', '‟', '«', '»', '〝', '〞', '″']);
/** Characters after which a mark opens a quote: start, space, bracket, dash, colon. */
const BEFORE_OPEN = /[\s([{\u2014\u2013\-/:;,]/;
/** Characters a closing mark is followed by. */
const AFTER_CLOSE = /[\s.,;:!?)\]}\u2014\u2013\-…'’]/;

function isDoubleQuoteMark(ch: string): boolean {
  return ANY_DOUBLE.has(ch);
}

function canOpen(text: string, i: number, lineStart: number): boolean {
  const prev = i > lineStart ? text[i - 1]! : ' ';
  const next = text[i + 1] ?? '';
  // `” … what I learned`: a paragraph opening on a quote that resumes mid-sentence.
  if (/^\s*$/.test(text.slice(lineStart, i)) && /^\s(?:…|\.\.\.)/.test(text.slice(i + 1, i + 5))) return true;
  return (BEFORE_OPEN.test(prev) || isDoubleQuoteMark(prev)) && next !== '' && !/\s/.test(next);
}

function canClose(text: string, i: number, lineStart: number, lineEnd: number): boolean {
  const prev = i > lineStart ? text[i - 1]! : ' ';
  const next = i + 1 < lineEnd ? text[i + 1]! : ' ';
  return !/\s/.test(prev) && (AFTER_CLOSE.test(next) || isDoubleQuoteMark(next));
}

/** Paragraphs are lines: a quote never silently spans a paragraph break. */
function lines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (text.slice(start, i).trim()) out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}

export function findQuotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let previousRanOn = false;
  for (const [lineStart, lineEnd] of lines(text)) {
    const found = scanLine(text, lineStart, lineEnd);
    const first = found[0];
    if (previousRanOn && first && first.openMark <= firstNonSpace(text, lineStart)) first.continues = true;
    previousRanOn = found.at(-1)?.runsOn ?? false;
    out.push(...found);
  }
  return out;
}

function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (/\s/.test(text[i] ?? '')) i++;
  return i;
}

function scanLine(text: string, lineStart: number, lineEnd: number): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const stack: number[] = []; // open marks; only the outermost quote is reported
  for (let i = lineStart; i < lineEnd; i++) {
    const ch = text[i]!;
    if (!isDoubleQuoteMark(ch)) continue;
    const opens = canOpen(text, i, lineStart);
    const closes = canClose(text, i, lineStart, lineEnd);
    const shapeOpens = OPENERS.has(ch);
    const shapeCloses = CLOSERS.has(ch);
    if (stack.length === 0) {
      if (opens || (shapeOpens && !closes)) stack.push(i);
      continue;
    }
    // Inside a quote: a mark that can only open starts a quote within the quote.
    if (opens && !closes && !shapeCloses) {
      stack.push(i);
      continue;
    }
    if (closes || shapeCloses || !opens) {
      const open = stack.pop()!;
      if (stack.length === 0) pushSpan(out, text, open + 1, i, open, i + 1, false);
    }
  }
  if (stack.length) {
    const open = stack[0]!;
    pushSpan(out, text, open + 1, lineEnd, open, lineEnd, true);
  }
  return out;
}

function pushSpan(out: QuotedSpan[], text: string, start: number, end: number, openMark: number, closeMark: number, runsOn: boolean): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  // A trailing comma belongs to the "he said" that follows, not to the statement.
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, openMark, closeMark, runsOn, continues: false });
}
