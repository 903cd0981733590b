/**
 * Words in quote marks that nobody says: titles of shows, films and columns ("Morning Joe",
 * "13th", "Contract with America"), nicknames inside a name (Robert C. "Bobby" Scott), words
 * cited as words ("she" is a "he"), and transcript excerpts ("PENCE: Well, ..." paragraph after
 * paragraph), which are a document reproduced, not somebody quoted by the reporter.
 * They are left out of the quotes; scare quotes ("armada") stay, flagged as fragments.
 */

const MINOR = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|vs\.?|de|la|le|du|&|-|—|–)$/i;
const TITLE_INTRO = /(?:['’]s|\bnickname|\bmoniker|\btitled|\bheadlined|\bepisode of|\bedition of|\bentitled|\bnamed|\bshow|\bprogram|\bprogramme|\bdocumentary|\bfilm|\bmovie|\bbook|\bnovel|\bepisode|\bsong|\balbum|\bseries|\bbroadcast of|\bcolumn|\bop-ed|\barticle|\bheadline|\bcommentary|\bessay|\bspeech|\bslogan|\bhashtag|\bcampaign|\bslogan)s?\s*,?\s*$|\b(?:hits|songs|albums|films|movies|books|shows|works|titles)\s+(?:include|including|such\s+as)\s*:?\s*$/i;
const TITLE_OUTRO = /^\s*,?\s*(?:radio|tv|television|talk)?\s*(?:show|program|programme|documentary|film|movie|series|podcast|segment|special)\b/i;

/** Longest title found by its capitals alone: past it, capitals may be a shouted sentence. */
const TITLE_MAX_WORDS = 8;

/** Every word capitalised, a number, or a small joining word; no sentence inside. */
export function isTitleCase(text: string, maxWords = TITLE_MAX_WORDS): boolean {
  const words = text.trim().replace(/[,.!?]+$/, '').split(/\s+/);
  if (!words.length || words.length > maxWords || /[.!?]\s/.test(text)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(words[0]!)) return false;
  return words.every((w) => /^[\p{Lu}\p{N}#@]/u.test(w) || MINOR.test(w));
}

/** Words that are cited, not said: a lone pronoun or article in quote marks. */
const CITED_WORD = /^(?:he|she|it|they|him|her|them|his|hers|we|us|i|me|you|a|an|the)[.,!?]?$/i;

export function isTitleOrNickname(text: string, quoted: string, openMark: number, closeMark: number): boolean {
  if (CITED_WORD.test(quoted.trim())) return true;
  if (!isTitleCase(quoted)) return false;
  const before = text.slice(Math.max(0, openMark - 40), openMark);
  const after = text.slice(closeMark, closeMark + 40);
  if (TITLE_INTRO.test(before) || TITLE_OUTRO.test(after)) return true;
  // Robert C. "Bobby" Scott: one capitalised word between two parts of a name.
  return /^\S+$/.test(quoted.trim()) && /(?:\p{Lu}[\p{L}.]*)\s*$/u.test(before) && /^\s*\p{Lu}/u.test(after);
}

/** A transcript line: a speaker label in capitals and a colon ("PENCE: Well, look"). */
const TRANSCRIPT_LABEL = /^\s*(?:\p{Lu}[\p{Lu}'’.\u2024-]+\s?){1,3}:\s/u;

/**
 * Paragraphs of a transcript excerpt: a run of paragraphs that each open with a quote mark,
 * at least two of them labelled with a speaker in capitals. Returns [start, end) ranges; a
 * single labelled line is still a quote (its label names the speaker).
 */
export function transcriptBlocks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let block: { start: number; end: number; labels: number } | null = null;
  const close = () => {
    if (block && block.labels >= 2) out.push([block.start, block.end]);
    block = null;
  };
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim()) {
      const m = /^\s*["“”„«]/.exec(line);
      if (m) {
        const labelled = TRANSCRIPT_LABEL.test(line.slice(m[0].length)) ? 1 : 0;
        if (block) { block.end = end; block.labels += labelled; } else block = { start, end, labels: labelled };
      } else close();
    }
    start = end + 1;
  }
  close();
  return out;
}
