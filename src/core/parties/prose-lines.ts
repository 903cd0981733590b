/**
 * Which lines of an article are prose: sentences, not a caption ("Image 1 of 5"), a photo credit,
 * a heading, a list of products with prices or a label. A party named only on such lines is
 * page furniture to the reader, not someone or something the story is about.
 */

/** A sentence ends in one of these (a quote or bracket may close it). */
const SENTENCE_END = /[.!?…:;]["”’')\]]*\s*$|["”]\s*$/;
/** A line this long without a full stop is a paragraph missing one, not a label. */
const MIN_PROSE_WORDS = 15;

export interface ProseLines {
  /** True when the character at `pos` is on a prose line. */
  at(pos: number): boolean;
}

export function proseLines(text: string): ProseLines {
  const starts: number[] = [];
  const prose: boolean[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    starts.push(start);
    prose.push(SENTENCE_END.test(line) || /\d/.test(line) || line.trim().split(/\s+/).length >= MIN_PROSE_WORDS);
    start += line.length + 1;
  }
  return {
    at(pos: number): boolean {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= pos) lo = mid;
        else hi = mid - 1;
      }
      return prose[lo]!;
    },
  };
}
