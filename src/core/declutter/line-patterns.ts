/**
 * Whole lines of page furniture that Readability keeps inside its article: ad labels with a
 * prefix, "READ MORE: <other headline>", image credits, newsletter pitches, copyright footers.
 * Data, in English, German, French and Spanish; matched only on short lines (see chunk-clutter).
 */
export type LineKind = 'ad' | 'related' | 'caption' | 'newsletter' | 'social' | 'promo' | 'cookie' | 'share' | 'dateline' | 'footer' | 'comments';

/**
 * The lines of these kinds are also what the block rules look for (block-rules.ts): named apart,
 * so the content script bundles them without the rest of the table, which only the popup's
 * extraction reads (chunk-clutter.ts).
 */
export const RELATED_LINE = /^(read more|see more|more|related|also read|also on|read also|watch|video|listen|don'?t miss|recommended|more on this|lesen sie (auch|mehr)|mehr zum thema|auch interessant|à lire aussi|lire aussi|à voir aussi|lee también|te puede interesar|leer más|ver más)\s*[:|»>-]/i;
/** "Follow us on X", "Like <Outlet> on Facebook". */
export const FOLLOW_ON_LINE = /^(follow|like)\s+(us|\S+( \S+)?)\s+on\s+(twitter|facebook|instagram|linkedin|youtube|tiktok|x)\b/i;
/** "Folgen Sie uns", "Suivez-nous", "Síguenos". */
export const FOLLOW_US_LINE = /^(folgen sie uns|suivez-nous|síguenos)\b/i;
export const SOCIAL_LINES: readonly RegExp[] = [FOLLOW_ON_LINE, FOLLOW_US_LINE];

export const LINE_PATTERNS: ReadonlyArray<[RegExp, LineKind]> = [
  [RELATED_LINE, 'related'],
  [/^(image|photo|picture|media|video)\s+(copyright|caption|credit|source)\b/i, 'caption'],
  [/^\(?(image|photo|picture|pictured|credit|credits|photograph|foto|bild|crédit|crédito)s?( credit)?\s*:/i, 'caption'],
  [/^\((image|photo|credit|getty|ap|reuters|afp|epa)[^)]*\)$/i, 'caption'],
  // Credits at the end of a caption: "(Image: Getty)", "Credit: EPA", "(Photo by X/Agency)".
  [/\((image|photo|picture|pictured|credit|foto|bild)s?\s*(:|by|credit|courtesy)[^)]*\)\s*$/i, 'caption'],
  [/\b(credit|photo|image|foto|bild|crédit|crédito)s?:\s*[\p{L}][\p{L} .,/&'-]{0,60}$/iu, 'caption'],
  [/\b(media playback is (unsupported|not supported)|this (video|slideshow|content) requires javascript|your browser does not support)\b/i, 'promo'],
  [/\b(sign up|subscribe|register)\b.{0,80}\b(newsletter|inbox|email|e-mail|alerts?)\b/i, 'newsletter'],
  [/\b(newsletter|inbox)\b.{0,60}\b(sign up|subscribe|delivered)\b/i, 'newsletter'],
  [/\b(in|to|into) your (inbox|mailbox|postfach|boîte mail|boîte de réception|bandeja de entrada)\b/i, 'newsletter'],
  [/\b(newsletter abonnieren|abonnez-vous à (notre|la) newsletter|suscríbete a (nuestro|nuestra) (newsletter|boletín))\b/i, 'newsletter'],
  [FOLLOW_ON_LINE, 'social'],
  [FOLLOW_US_LINE, 'social'],
  [/^(like this (story|article)\?|share (this|it) with)/i, 'share'],
  [/^click here (to|for)\b/i, 'promo'],
  [/^(get|download) (the|our) .{1,40} app\b/i, 'promo'],
  [/\b(uses? cookies|verwendet cookies|utilise des cookies|utiliza cookies)\b/i, 'cookie'],
  [/^(published|updated|posted|last updated|first published|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado)\b.{0,80}\d/i, 'dateline'],
  [/^\d+\s*(min|mins|minutes?|minuten|minutos)\.?(\s+(read|listen|lesezeit|de lecture|de lectura))?$/i, 'dateline'],
  [/^(copyright|©)|\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos reservados\b/i, 'footer'],
  [/^this (document|material|article) (is subject to copyright|may not be (published|reproduced))/i, 'footer'],
  [/^(comments?|kommentare|commentaires|comentarios)\s*\(?\d*\)?$/i, 'comments'],
];
