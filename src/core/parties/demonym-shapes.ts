/**
 * Words shaped like a demonym, and the demonyms a place name makes: how the parties find places
 * no lexicon knows from the article's own adjectives (mentions.ts, localPlaces).
 */

/**
 * A capitalised word shaped like a demonym ("Varenian", "Omani"), not inside another word. The
 * look-behind comes after the capital, so it is tried only where a capital stands: the same
 * matches as `(?<![\p{L}])\p{Lu}...`, which tried it at every character (twice as slow).
 */
export const DEMONYM_SHAPED = /\p{Lu}(?<!\p{L}\p{Lu})\p{Ll}{3,}(?:ian|an|i|ese|n)\b/gu;
/** The same pattern for text whose letters are all ASCII (text/ascii-letters.ts): the same matches, faster. */
export const ASCII_DEMONYM_SHAPED = /[A-Z](?<![A-Za-z][A-Z])[a-z]{3,}(?:ian|an|i|ese|n)\b/g;

/** Adjectives a place name makes: "Varenia" -> "Varenian", "Oman" -> "Omani", "Kestria" -> "Kestrian". */
export function demonymForms(word: string): string[] {
  const stem = word.replace(/[aeiouy]$/, '');
  return [`${word}n`, `${word}an`, `${word}ian`, `${word}i`, `${word}ese`, `${stem}ian`, `${stem}an`, `${stem}ese`];
}
