/**
 * Lines that belong to the article even though they look like furniture: bylines, editor's
 * notes, contributor lines, corrections. The plan never hides a block holding one.
 * Data, in English, German, French and Spanish; table-tested.
 */
/** "By Jane Roe": the word, then a capital. */
const BYLINE_OPENING = /^([Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or)\s+/;
const OPENS_WITH_CAPITAL = /^\p{Lu}/u;

/**
 * `/^([Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or)\s+\p{Lu}/u`, with the Unicode class compiled only for a
 * name that opens with a letter outside ASCII (a capital in ASCII is A-Z): after the longest run
 * of spaces the next character decides, as a space is never a capital.
 */
function isByline(line: string): boolean {
  const opening = BYLINE_OPENING.exec(line);
  if (!opening) return false;
  const next = line.charCodeAt(opening[0].length);
  return next < 0x80 ? next >= 65 && next <= 90 : OPENS_WITH_CAPITAL.test(line.slice(opening[0].length));
}

const KEEPERS: readonly RegExp[] = [
  /\b(additional )?reporting by\b/i, /\bcontributed to this (report|story|article)\b/i, /^written by\b/i, /^edited by\b/i,
  /^(editor'?s|editors'?) note\b/i, /^this (article|story|post) (was|has been) (updated|corrected|amended)\b/i, /^(correction|update|clarification)s?\s*[:,(]/i,
  /^mitarbeit:/i, /\bmit material von\b/i, /^(anmerkung der redaktion|korrektur)\b/i, /^dieser (artikel|beitrag) wurde (aktualisiert|korrigiert)/i,
  /^avec (l'afp|afp|reuters)\b/i, /^(note de la rédaction|rectificatif)\b/i, /^cet article a été (mis à jour|modifié|corrigé)/i,
  /^(con información de|nota del editor|nota de la redacción|fe de erratas)\b/i, /^este artículo (fue|ha sido) (actualizado|corregido)/i,
];

export function isKeeperLine(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim();
  if (!line || line.length > 300) return false;
  return isByline(line) || KEEPERS.some((re) => re.test(line));
}
