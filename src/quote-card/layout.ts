/**
 * Pure layout math for quote cards: word wrapping and font fitting. The canvas is passed in only
 * as a `measure` function, so every rule here is tested in Node with a fake measurer.
 */

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

/** Greedy word wrap; a word wider than the line is split by characters rather than overflowing. */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (measure(line) > maxWidth && line.length > 1) {
      const cut = longestPrefix(line, maxWidth, measure);
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

function longestPrefix(word: string, maxWidth: number, measure: (s: string) => number): number {
  let n = word.length - 1;
  while (n > 1 && measure(word.slice(0, n)) > maxWidth) n--;
  return Math.max(1, n);
}

/**
 * The largest font size (stepping down by 2 px) at which the wrapped text fits the box. Short
 * quotes come out big, long ones small; below `minSize` the text is cut at a word with "…".
 */
export function fitText(text: string, box: FitBox, measure: MeasureText): FittedText {
  for (let size = box.maxSize; size >= box.minSize; size -= 2) {
    const lines = wrapText(text, box.maxWidth, (s) => measure(s, size));
    if (lines.length * size * box.lineHeight <= box.maxHeight) return { fontSize: size, lines, truncated: false };
  }
  const size = box.minSize;
  const maxLines = Math.max(1, Math.floor(box.maxHeight / (size * box.lineHeight)));
  const lines = wrapText(text, box.maxWidth, (s) => measure(s, size)).slice(0, maxLines);
  const last = lines.length - 1;
  let tail = `${lines[last] ?? ''}…`;
  while (measure(tail, size) > box.maxWidth && tail.includes(' ')) tail = `${tail.slice(0, tail.lastIndexOf(' '))}…`;
  lines[last] = tail;
  return { fontSize: size, lines, truncated: true };
}

/** `text` cut at a word (or, failing that, a character) with "…" so it fits `maxWidth`. */
export function truncateToWidth(text: string, maxWidth: number, measure: (s: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 0 && measure(`${cut}…`) > maxWidth) {
    const space = cut.lastIndexOf(' ');
    // Whole words go first; a single word too long for the line loses characters instead.
    cut = space > 0 ? cut.slice(0, space) : cut.slice(0, -1);
  }
  return cut ? `${cut.trimEnd()}…` : '';
}
