import { describe, expect, test } from 'vitest';
import { normaliseLabel, reasonForLabel } from '../../../src/core/declutter/label-match.js';

describe('widget labels in English, German, French and Spanish', () => {
  test.each([
    ['Help us improve.', 'feedback'], ['Was this article helpful?', 'feedback'], ['War dieser Artikel hilfreich?', 'feedback'],
    ['Cet article vous a-t-il été utile ?', 'feedback'], ['¿Te ha resultado útil esta noticia?', 'feedback'],
    ['Trending', 'trending'], ['Most read', 'trending'], ['Most Popular Stories', 'trending'], ['Meistgelesen', 'trending'],
    ['Les plus lus', 'trending'], ['Lo más leído', 'trending'],
    ['Related Articles', 'related'], ['Read next', 'related'], ['More from Science', 'related'], ['Recommended for you', 'related'],
    ['You may also like', 'related'], ["Don't miss", 'related'], ['Das könnte Sie auch interessieren', 'related'], ['Mehr zum Thema', 'related'],
    ['À lire aussi', 'related'], ['Sur le même sujet', 'related'], ['Te puede interesar', 'related'], ['Noticias relacionadas', 'related'], ['Related Roundup', 'related'], ["Buyer's Guide", 'promo'], ['Ver também', 'related'], ['Ver también', 'related'],
    ['Sign up for our newsletter', 'newsletter'], ['Newsletter abonnieren', 'newsletter'], ['Inscrivez-vous à notre newsletter', 'newsletter'],
    ['Suscríbete a nuestro boletín', 'newsletter'],
    ['Share this article', 'share'], ['Artikel teilen', 'share'], ['Partager', 'share'], ['Compartir en Facebook', 'share'],
    ['Advertisement', 'ad'], ['Story continues below advertisement', 'ad'], ['Anzeige', 'ad'], ['Publicité', 'ad'], ['Publicidad', 'ad'],
    ['Comments (14)', 'comments'], ['Kommentare (23)', 'comments'], ['12 commentaires', 'comments'], ['Comentarios', 'comments'],
    ['Listen to this article', 'audio'], ['Artikel anhören', 'audio'], ['Écouter cet article', 'audio'], ['Escuchar este artículo', 'audio'],
    ['Follow us on Instagram', 'social'], ['Folgen Sie uns', 'social'], ['Suivez-nous sur X', 'social'], ['Síguenos en Facebook', 'social'],
    ['We use cookies to measure how the site is used.', 'cookie'], ['Diese Website verwendet Cookies.', 'cookie'],
    ['Get unlimited access', 'promo'], ['Download our app', 'promo'],
  ])('%s -> %s', (label, reason) => {
    expect(reasonForLabel(label)).toBe(reason);
  });

  test.each([
    'Related talks collapsed on Friday after the union walked out of the meeting',
    'Ferry crews vote to strike',
    'A deal that slipped away',
    'Trending upward, the index closed at a record high for the third day running.',
    'Der Stadtrat hat am Dienstag beschlossen',
    'Additional reporting by Samir Haddad',
    '',
  ])('not a widget label: %s', (text) => {
    expect(reasonForLabel(text)).toBeNull();
  });

  test('normalises case, curly apostrophes and punctuation', () => {
    expect(normaliseLabel('  DON’T  MISS: ')).toBe("don't miss");
  });
});
