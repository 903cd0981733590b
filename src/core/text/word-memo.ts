/**
 * Word tests that remember their answers. The analysis asks the same few hundred words of an
 * article the same questions many times (every token, every name run, every candidate speaker),
 * and each asking lower-cases the word (a new string) and reads a Map or two; a remembered answer
 * is one Map read on the word as written. Only for pure tests of the word alone.
 */

/**
 * Distinct words remembered per test before it starts over: an article has 1,000-2,000 distinct
 * words, so a popup session never reaches it; a batch of thousands of articles in Node stays bounded.
 */
export const WORD_MEMO_LIMIT = 20_000;

export function memoByWord<T extends boolean | number | string | null>(test: (word: string) => T, limit = WORD_MEMO_LIMIT): (word: string) => T {
  let answers = new Map<string, T>();
  return (word) => {
    const known = answers.get(word);
    if (known !== undefined) return known;
    if (answers.size >= limit) answers = new Map();
    const answer = test(word);
    answers.set(word, answer);
    return answer;
  };
}
