/**
 * Words in quote marks that nobody says: titles of shows, films and columns ("Morning Joe",
 * "13th", "Contract with America") and nicknames inside a name (Robert C. "Bobby" Scott).
 * They are left out of the quotes; scare quotes ("armada") stay, flagged as fragments.
 */

const MINOR = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|vs\.?|de|la|le|du|&|-|—|–)$/i;
const TITLE_INTRO = /(?:['’]s|\btitled|\bentitled|\bnamed|\bshow|\bprogram|\bprogramme|\bdocumentary|\bfilm|\bmovie|\bbook|\bnovel|\bepisode|\bsong|\balbum|\bseries|\bbroadcast of|\bcolumn|\bop-ed|\barticle|\bheadline|\bcommentary|\bessay|\bspeech|\bslogan|\bhashtag|\bcampaign|\bslogan)\s*,?\s*$/i;
const TITLE_OUTRO = /^\s*,?\s*(?:radio|tv|television|talk)?\s*(?:show|program|programme|documentary|film|movie|series|podcast|segment|special)\b/i;

/** Every word capitalised, a number, or a small joining word; no sentence inside. */
export function isTitleCase(text: string): boolean {
  const words = text.trim().replace(/[,.!?]+$/, '').split(/\s+/);
  if (!words.length || words.length > 8 || /[.!?]\s/.test(text)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(words[0]!)) return false;
  return words.every((w) => /^[\p{Lu}\p{N}#@]/u.test(w) || MINOR.test(w));
}

export function isTitleOrNickname(text: string, quoted: string, openMark: number, closeMark: number): boolean {
  if (!isTitleCase(quoted)) return false;
  const before = text.slice(Math.max(0, openMark - 40), openMark);
  const after = text.slice(closeMark, closeMark + 40);
  if (TITLE_INTRO.test(before) || TITLE_OUTRO.test(after)) return true;
  // Robert C. "Bobby" Scott: one capitalised word between two parts of a name.
  return /^\S+$/.test(quoted.trim()) && /(?:\p{Lu}[\p{L}.]*)\s*$/u.test(before) && /^\s*\p{Lu}/u.test(after);
}
