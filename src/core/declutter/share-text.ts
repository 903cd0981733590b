/**
 * A share bar's text is nothing but network names and share verbs ("Share on Facebook X Email
 * Copy link", "Artikel teilen Facebook X E-Mail"), in any of our four languages.
 */
import { replaceNonWords } from '../text/word-chars.js';

const SOCIAL_WORDS = /\b(facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|email|e-mail|mail|telegram|flipboard|messenger|threads|bluesky|copy link|link kopieren|copier le lien|copiar enlace|print|share|teilen|partager|compartir|condividi|delen|compartilhar|sdílet|drucken|imprimer|imprimir|instagram|youtube|tiktok|rss|google\+?|tweet|pin( it)?|follow( us)?|like us|save|bookmark( it)?|read later|more)\b/gi;
const FILLER = /\b(on|via|this|article|story|post|sur|en|auf|per|artikel|diesen|cet|este|artículo|l'article|us|with|friends)\b/gi;

/** Letters left once network names, share verbs and fillers are removed. */
const MAX_LEFTOVER = 6;

export function isShareText(text: string): boolean {
  if (!text || text.length > 200 || !SOCIAL_WORDS.test(text)) return false;
  SOCIAL_WORDS.lastIndex = 0;
  const rest = replaceNonWords(text.replace(SOCIAL_WORDS, '').replace(FILLER, ''), '');
  return rest.length <= MAX_LEFTOVER;
}
