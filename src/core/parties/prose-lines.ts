/**
 * Which lines of an article are prose: sentences, not a caption ("Image 1 of 5"), a photo credit,
 * a heading, a list of products with prices or a label. A party named only on such lines is
 * page furniture to the reader, not someone or something the story is about.
 */

/** A sentence ends in one of these (a quote or bracket may close it). */
const SENTENCE_END = /[.!?…:;]["”’')\]]*\s*$|["”]\s*$/;
/**
 * A line this long without a full stop is a paragraph missing one, not a label. A line with
 * figures is a table's (results, standings, a dateline), read as the text's own, unless it is a
 * headline in title case.
 */
const MIN_PROSE_WORDS = 15;

/** A number standing alone, as in results and tables ("Leeds 2 Everton 1", "71 68 70"), not "£71.6m". */
const STANDALONE_NUMBER = /(?:^|\s)\d+(?:[.:,/-]\d+)*(?=\s|$)/;
/** "for $99", "£40m": a price makes a line a shop's label, not a table. */
const PRICE = /[$£€¥]\s?\d/;
/** A headline with figures ("Rovers Trigger £40m Exit Clause To Land ..."): most words capitalised. */
const MIN_HEADLINE_WORDS = 5;
const HEADLINE_CAPITAL_SHARE = 0.7;
function isTitleCased(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.length >= MIN_HEADLINE_WORDS && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= HEADLINE_CAPITAL_SHARE;
}

/**
 * A long line is a paragraph missing its full stop, unless it is a headline in title case; a
 * list of names with commas ("Defenders - Ada Voss, Lin Harte, ...") is no headline.
 */
function longUntitled(line: string): boolean {
  return line.trim().split(/\s+/).length >= MIN_PROSE_WORDS && (line.includes(',') || !isTitleCased(line));
}

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
    prose.push(SENTENCE_END.test(line) || (/\d/.test(line) && (STANDALONE_NUMBER.test(line) || (!isTitleCased(line) && !PRICE.test(line)))) || longUntitled(line));
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
