/**
 * Pure layout math for quote cards: word wrapping and font fitting. The canvas is passed in only
 * as a `measure` function, so every rule here is tested in Node with a fake measurer.
 *
 * Linear in the length of the text: every token is measured once per font size tried, a token
 * wider than a line is broken by summing the widths of its graphemes (each distinct grapheme
 * measured once), and the font size is found by bisection. (Measuring ever shorter prefixes of a
 * long word, as this once did, took seconds to minutes on a 500-character word or a CJK quote.)
 */
import { type Token, graphemes, tokenize } from './break-points.js';

/** Width in px of `text` at `fontSize` px (a canvas' measureText, or a fake in tests). */
export type MeasureText = (text: string, fontSize: number) => number;

export interface FitBox {
  maxWidth: number;
  maxHeight: number;
  /** Largest and smallest font size to try, px. */
  maxSize: number;
  minSize: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
}

export interface FittedText {
  fontSize: number;
  lines: string[];
  /** True when even the smallest size overflowed and the text was cut with an ellipsis. */
  truncated: boolean;
}

/** Font sizes are tried in steps of this many px: finer steps change nothing a reader sees. */
const SIZE_STEP = 2;
const ELLIPSIS = '…';

class LineBuilder {
  readonly lines: string[] = [];
  private line = '';
  private width = 0;
  constructor(private readonly maxWidth: number) {}
  get empty(): boolean {
    return this.line === '';
  }
  fits(extra: number): boolean {
    return this.width + extra <= this.maxWidth;
  }
  add(text: string, width: number): void {
    this.line += text;
    this.width += width;
  }
  break(): void {
    if (this.line) this.lines.push(this.line.trimEnd());
    this.line = '';
    this.width = 0;
  }
}

/** A token wider than a whole line, broken by grapheme on lines of its own. */
function breakLongToken(token: Token, out: LineBuilder, measureGrapheme: (g: string) => number): void {
  out.break();
  for (const g of graphemes(token.text)) {
    const w = measureGrapheme(g);
    if (!out.empty && !out.fits(w)) out.break();
    out.add(g, w);
  }
}

/**
 * Greedy wrap: words (and CJK characters) fill each line; a token wider than the line is broken
 * by grapheme rather than overflowing. Widths of a line are summed from its tokens: kerning
 * across a space or between two graphemes is a pixel at most, inside the card's padding.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const out = new LineBuilder(maxWidth);
  const space = measure(' ');
  const graphemeWidths = new Map<string, number>();
  const measureGrapheme = (g: string): number => {
    let w = graphemeWidths.get(g);
    if (w === undefined) graphemeWidths.set(g, (w = measure(g)));
    return w;
  };
  for (const token of tokenize(text)) {
    const width = token.text.length === 1 ? measureGrapheme(token.text) : measure(token.text);
    const gap = !out.empty && token.spaceBefore ? space : 0;
    if (out.fits(gap + width)) {
      out.add(gap ? ` ${token.text}` : token.text, gap + width);
    } else if (width <= maxWidth) {
      out.break();
      out.add(token.text, width);
    } else {
      breakLongToken(token, out, measureGrapheme);
    }
  }
  out.break();
  return out.lines;
}

/** Sizes from the largest to the smallest, `SIZE_STEP` apart. */
function sizesOf(box: FitBox): number[] {
  const sizes: number[] = [];
  for (let size = box.maxSize; size >= box.minSize; size -= SIZE_STEP) sizes.push(size);
  return sizes.length > 0 ? sizes : [box.minSize];
}

/**
 * The largest font size (stepping down by 2 px) at which the wrapped text fits the box. Short
 * quotes come out big, long ones small; below `minSize` the text is cut with "…". Smaller type
 * never needs more lines, so the size is found by bisection: a handful of layouts, not dozens.
 * `closingMark` (a quote's ”) is put back after the "…" when the text is cut.
 */
export function fitText(text: string, box: FitBox, measure: MeasureText, closingMark = ''): FittedText {
  const sizes = sizesOf(box);
  const layout = (size: number): string[] => wrapText(text, box.maxWidth, (s) => measure(s, size));
  const fitsBox = (size: number, lines: string[]): boolean => lines.length * size * box.lineHeight <= box.maxHeight;
  let lo = 0;
  let hi = sizes.length - 1;
  let best: FittedText | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const size = sizes[mid]!;
    const lines = layout(size);
    if (fitsBox(size, lines)) {
      best = { fontSize: size, lines, truncated: false };
      hi = mid - 1;
    } else lo = mid + 1;
  }
  if (best) return best;
  const size = sizes[sizes.length - 1]!;
  const maxLines = Math.max(1, Math.floor(box.maxHeight / (size * box.lineHeight)));
  const lines = layout(size).slice(0, maxLines);
  const last = lines.length - 1;
  lines[last] = withEllipsis(lines[last] ?? '', box.maxWidth, (s) => measure(s, size), `${ELLIPSIS}${closingMark}`);
  return { fontSize: size, lines, truncated: true };
}

/**
 * `text` with "…" at the end, cut so it fits `maxWidth`: at a word when there is one, else at a
 * grapheme (CJK, a long token). The longest prefix that fits is found by bisection.
 */
function withEllipsis(text: string, maxWidth: number, measure: (s: string) => number, ellipsis = ELLIPSIS): string {
  const parts = graphemes(text);
  const prefix = (n: number): string => parts.slice(0, n).join('');
  const fits = (n: number): boolean => measure(`${prefix(n).trimEnd()}${ellipsis}`) <= maxWidth;
  if (!fits(0)) return '';
  let lo = 0;
  let hi = parts.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  let cut = prefix(lo);
  // Whole words go first: a cut inside a word steps back to the last space, if there is one.
  const midWord = lo < parts.length && !/\s/.test(parts[lo]!) && !/\s$/.test(cut);
  if (midWord && cut.includes(' ')) cut = cut.slice(0, cut.lastIndexOf(' '));
  cut = cut.trimEnd();
  return cut ? `${cut}${ellipsis}` : '';
}

/**
 * `text` wrapped on at most `maxLines` lines of `maxWidth`; when more would be needed the last
 * line ends in "…". A long role ("general secretary of the … Workers Union") reads whole on two
 * lines where one line would cut its most telling words.
 */
export function clampLines(text: string, maxWidth: number, measure: (s: string) => number, maxLines: number): string[] {
  const lines = wrapText(text, maxWidth, measure);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = maxLines - 1;
  // The cut line takes the rest of the text with it, so "…" always marks words left out.
  kept[last] = withEllipsis(`${kept[last]} ${lines[maxLines]}`, maxWidth, measure);
  return kept;
}

/** `text` cut at a word (or, failing that, a grapheme) with "…" so it fits `maxWidth`. */
export function truncateToWidth(text: string, maxWidth: number, measure: (s: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  return withEllipsis(text, maxWidth, measure);
}
