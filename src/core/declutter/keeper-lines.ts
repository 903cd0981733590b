/**
 * Lines that belong to the article even though they look like furniture: bylines, editor's
 * notes, contributor lines, corrections. The plan never hides a block holding one.
 * Data, in English, German, French and Spanish; table-tested.
 */
const KEEPERS: readonly RegExp[] = [
  /^([Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or)\s+\p{Lu}/u,
  /\b(additional )?reporting by\b/i, /\bcontributed to this (report|story|article)\b/i, /^written by\b/i, /^edited by\b/i,
  /^(editor'?s|editors'?) note\b/i, /^this (article|story|post) (was|has been) (updated|corrected|amended)\b/i, /^(correction|update|clarification)s?\s*[:,(]/i,
  /^mitarbeit:/i, /\bmit material von\b/i, /^(anmerkung der redaktion|korrektur)\b/i, /^dieser (artikel|beitrag) wurde (aktualisiert|korrigiert)/i,
  /^avec (l'afp|afp|reuters)\b/i, /^(note de la rédaction|rectificatif)\b/i, /^cet article a été (mis à jour|modifié|corrigé)/i,
  /^(con información de|nota del editor|nota de la redacción|fe de erratas)\b/i, /^este artículo (fue|ha sido) (actualizado|corregido)/i,
];

export function isKeeperLine(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim();
  if (!line || line.length > 300) return false;
  return KEEPERS.some((re) => re.test(line));
}
