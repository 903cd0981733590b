/**
 * Span matching for the quote benchmark (documented in ../quotes.ts).
 * Characters compared are non-space, non-quote-mark characters.
 */
import type { GoldQuote } from './polnear.js';

const MARK = /["“”«»„]/;
const countable = (ch: string | undefined) => !!ch && !/\s/.test(ch) && !MARK.test(ch);

/** The quoted part of a gold Content span: between its quote marks (mixed quotes keep only the quoted words). */
export function goldChars(text: string, g: GoldQuote): Set<number> {
  const out = new Set<number>();
  for (const [s, e] of g.content) {
    const marks: number[] = [];
    for (let i = s; i < e; i++) if (MARK.test(text[i]!)) marks.push(i);
    let from = s;
    let to = e;
    if (marks.length >= 2) { from = marks[0]!; to = marks[marks.length - 1]! + 1; }
    else if (marks.length === 1) {
      const m = marks[0]!;
      if (m - s < e - m) from = m; else to = m + 1;
    }
    for (let i = from; i < to; i++) if (countable(text[i])) out.add(i);
  }
  return out;
}

export function spanChars(text: string, start: number, end: number): Set<number> {
  const out = new Set<number>();
  for (let i = start; i < end; i++) if (countable(text[i])) out.add(i);
  return out;
}

export function overlap(a: Set<number>, b: Set<number>): number {
  let n = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) n++;
  return n;
}

const NOT_NAME = /^(?:the|a|an|he|she|they|we|i|it|his|her|their|its|our|this|that|these|those|mr|mrs|ms|dr|sen|rep|gov|president|senator)$/i;

/**
 * A description, not a name: "the Vermont senator", "The former first lady and U.S. senator".
 * Its capitals are a place or a title, not the speaker's name; the right speaker is the person it
 * refers to, which the corpus does not record, so such sources are not scored as named.
 */
const DESCRIPTION = /^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s.*\s\p{Ll}[\p{Ll}-]*$/u;
/**
 * The same kinds of description whose last word has a capital: a party member ("the Illinois
 * Democrat", "the Republican") and a role of a place ("the governor of Ohio", "the former senator
 * from New York"). Not the agents of a body ("a spokesman for the Clinton campaign", "the chair of
 * the DNC"): by news convention those speak for the body, which is then the speaker.
 */
const PARTY_MEMBER_DESCRIPTION = /^(?:[Tt]he|[Hh]is|[Hh]er)\s(?:\S+\s){0,3}(?:Democrat|Republican|Independent|Libertarian)s?$/u;
const ROLE_OF_PLACE = /^(?:[Tt]he|[Hh]is|[Hh]er)\s(?:[\p{Ll}-]+\s){0,3}?(?!(?:spokes\p{L}*|representative|official|aide|adviser|advisor|lawyer|attorney|member|leader|chief|head|director|president|chair\p{L}*|manager|secretary|statement|source)s?\s)[\p{Ll}-]+\s(?:of|from|in)\s(?:the\s)?\p{Lu}[^,]*$/u;

/** The words of a gold source that read as names, or [] for pronouns and nominals ("sources", "he"). */
export function goldNameTokens(source: string, text: string): string[] {
  if (DESCRIPTION.test(source.trim())) return [];
  const words = source.split(/[^\p{L}\p{N}'’.-]+/u).map((w) => w.replace(/['’]s?$/, '').replace(/\.$/, '')).filter(Boolean);
  return words.filter((w) => {
    if (!/^\p{Lu}/u.test(w) || NOT_NAME.test(w)) return false;
    // "Sources" at a sentence start is not a name: the word also appears in lower case.
    return !new RegExp(`\\b${w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text);
  });
}

/** Where a source's head ends and what describes it begins: a comma, a bracket, a relative clause. */
const HEAD_END = /\s*[,;(]|\s+(?:who|whom|whose|which|that)\s/u;
/** Lower-case words that carry meaning (not "of", "the", "at"): a head holding one is a description. */
const CONTENT_WORD = /(?:^|\s)(?!(?:of|for|to|and|the|at|in|on|de|van|von)\s)\p{Ll}[\p{Ll}-]{2,}(?=\s|$)/u;

/** A title with no name after it ("House Speaker, Paul Ryan", "Trump campaign CEO, Steve Bannon"): the name follows. */
const TITLE_AT_END = /(?:^|\s)(?:President|Vice President|Speaker|Leader|Secretary|Senator|Sen\.|Rep\.|Representative|Congressman|Congresswoman|Governor|Gov\.|Mayor|Minister|Chairman|Chairwoman|Chair|Director|CEO|CFO|COO|Chief|Commissioner|General|Judge|Justice|Ambassador|Spokesman|Spokeswoman|Spokesperson|Manager|Adviser|Advisor|Strategist|Editor|Founder|Nominee|Candidate|Officer|Lt\. Gov\.)$/u;

/**
 * The part of a gold source that names its speaker: the words before an appositive, a bracket
 * or a relative clause ("Jean-Marc Ayrault" of "Jean-Marc Ayrault, the foreign minister of
 * France"), unless those words only describe the speaker, whose name then follows ("Scott's
 * niece, state Del. Marcia Price"; "His former business partner at Lenox, Lawrence B. Cummings";
 * a title alone: "House Speaker, Paul Ryan").
 */
export function sourceHead(source: string): string {
  const cut = source.search(HEAD_END);
  const head = (cut < 0 ? source : source.slice(0, cut)).trim();
  const describes = /\s\p{Ll}[\p{Ll}-]*$/u.test(head) || TITLE_AT_END.test(head) || (/^(?:the|a|an|his|her|its|their)\s/i.test(head) && CONTENT_WORD.test(head));
  return head && !describes ? head : source;
}

/**
 * Name words of a gold source's head (see sourceHead): a place or a body named in the
 * appositive ("..., the foreign minister of France") is not the speaker. Falls back to every
 * name word of the source when the head holds none, so the same sources count as named.
 */
export function headNameTokens(source: string, text: string): string[] {
  if (PARTY_MEMBER_DESCRIPTION.test(source.trim()) || ROLE_OF_PLACE.test(source.trim())) return [];
  const all = goldNameTokens(source, text);
  const head = sourceHead(source);
  if (head === source) return all;
  const own = goldNameTokens(head, text);
  return own.length ? own : all;
}

/**
 * Right speaker by the fair rule: the predicted speaker's last word is a name word of the
 * source's head, or the predicted name (two words or more) is written in that head: "the
 * Association of Flight Attendants" is that body, though "attendants" is also a common word; or
 * the source names the predicted person by the given name alone ("Hillary" ~ "Hillary Clinton",
 * but "Trump" is not "Donald Trump Jr." by this rule).
 */
export function speakerMatchesSource(predicted: string | null, source: string, text: string): boolean {
  if (!predicted) return false;
  const tokens = headNameTokens(source, text);
  if (speakerMatches(predicted, tokens)) return true;
  // "Hillary" said it, "Hillary Clinton" predicted: a source named by the given name alone.
  const given = predicted.trim().split(/\s+/);
  if (given.length > 1 && tokens.length === 1 && tokens[0]!.toLowerCase() === given[0]!.toLowerCase()) return true;
  return given.length > 1 && sourceHead(source).includes(predicted.trim());
}

/** Right speaker: the predicted speaker's last word (the surname, or "Times") is a name word of the gold source. */
export function speakerMatches(predicted: string | null, goldTokens: string[]): boolean {
  if (!predicted) return false;
  const last = predicted.split(/\s+/).at(-1)!.replace(/['’]s?$/, '').replace(/\.$/, '').toLowerCase();
  return goldTokens.some((t) => t.toLowerCase() === last);
}
