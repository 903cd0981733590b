/**
 * Typography for quoted words: curly quotes and apostrophes, and the quote as a card shows it.
 * Pure string functions.
 */

/** A straight quote opens after the start, a space, an opening bracket, a dash or `=`, before a non-space. */
const OPENING_DOUBLE = /(^|[\s([{—–=-])"(?=\S)/g;
const OPENING_SINGLE = /(^|[\s([{—–=-])'(?=\S)/g;

/** Straight quotes and apostrophes -> curly ones; a double quote inside a quote becomes single. */
export function curlyInner(text: string): string {
  return text
    .replace(OPENING_DOUBLE, '$1‘')
    .replace(/"/g, '’')
    .replace(OPENING_SINGLE, '$1‘')
    .replace(/'/g, '’')
    .replace(/“/g, '‘')
    .replace(/”/g, '’');
}

/**
 * The quote as a card or a citation shows it: trimmed, curly, wrapped in “ ”. A quote cut
 * before "…, she said" ends in a comma in the article; alone it reads better with a full stop.
 */
export function displayQuote(text: string): string {
  let inner = curlyInner(text.replace(/\s+/g, ' ').trim());
  if (/[,;:]$/.test(inner)) inner = `${inner.slice(0, -1)}.`;
  return `“${inner}”`;
}
