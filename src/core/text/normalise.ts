/**
 * Page text as it enters the analysis: one canonical form, so that what reads the same is the
 * same, and nothing invisible steers the analysis or the display.
 * - NFC: "é" typed as e + combining accent and "é" as one code point are one name.
 * - Invisible characters that split words (zero-width space, word joiner, a BOM in mid-text, soft
 *   hyphen, Mongolian vowel separator) are removed: "Mara Tel\u200Bling" is the party Mara Telling,
 *   not "Mara Tel" and "ling". The zero-width (non-)joiners stay: Persian, Indic scripts and emoji
 *   need them to shape correctly.
 * - Explicit bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI) are
 *   removed. Direction comes from the letters themselves (the Unicode bidi algorithm needs no
 *   controls for Arabic or Hebrew text), and the popup isolates each piece it shows. A control in
 *   page text can only reorder what the reader sees, and it would leak: a quote, a summary sentence
 *   or a name is a slice of the text, a slice can hold an opener without its closer, and an
 *   unclosed override flips everything after it in the popup, on a card or in the clipboard.
 *   The one-character marks (LRM, RLM, ALM) stay: they are not paired and cannot leak.
 */

const WORD_SPLITTING_INVISIBLES = /[\u200B\u2060\uFEFF\u00AD\u180E]/g;
const PAIRED_BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** The canonical form of page text for the analysis (may be shorter: take offsets after it). */
export function normalisePageText(text: string): string {
  return text.replace(WORD_SPLITTING_INVISIBLES, '').replace(PAIRED_BIDI_CONTROLS, '').normalize('NFC');
}

/** The same for an optional field (title, byline, site name). */
export function normaliseOptional(text: string | null): string | null {
  return text === null ? null : normalisePageText(text);
}
