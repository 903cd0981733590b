/** A piece of the article text with its UTF-16 offsets (end exclusive). */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/** Trims whitespace off a span while keeping its offsets true to the source text. */
export function trimSpan(source: string, start: number, end: number): TextSpan | null {
  while (start < end && /\s/.test(source[start] ?? '')) start++;
  while (end > start && /\s/.test(source[end - 1] ?? '')) end--;
  return start < end ? { text: source.slice(start, end), start, end } : null;
}
