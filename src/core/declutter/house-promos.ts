/**
 * Shapes of house promotions and paid badges around the story, seen across sites: a form that
 * sends the app, a sign-in / register dialog, an image-only banner to another site, a "Check out
 * more articles on <site>" line, a "supported by [logo]" badge, an edition notice. Pure;
 * table-tested in tests/core/declutter/site-widget-rules.test.ts.
 */
import type { BlockFeatures } from './block-features.js';
import { heldWordsFirst, mayHoldAny, openingWordsFirst } from '../text/word-lists.js';

const outsideText = (b: BlockFeatures): boolean => !b.insideArticle || b.afterArticle;

/** An offer to send or install the app: "Send yourself a link to download the app", "Text me the app". */
const APP_OFFER = /\b(download|get|install|send|text)\b.{0,40}\b(the|our|this|free|a) (\p{L}+ )?app\b|\bapp (store|download link)\b/iu;
/** Every APP_OFFER match holds "app": a substring test first spares compiling its Unicode class on most pages. */
const APP_OFFER_WORDS = ['app'];
/** A form, its pitch and the states a script shows in turn ("Please wait…", "Thanks!"). */
const MAX_APP_FORM_CHARS = 400;

/** A form outside the story that offers the app (its field may ask for an email or a phone number). */
export function isAppForm(b: BlockFeatures): boolean {
  return b.hasForm && !b.hasTextarea && b.textLength <= MAX_APP_FORM_CHARS && b.headlineLinks < 2 && outsideText(b) && mayHoldAny(b.text, APP_OFFER_WORDS) && APP_OFFER.test(b.text);
}

/** A dialog by its role or its class ("modal", role=dialog). */
const DIALOG_ATTRS = /(^|[\s_-])(modal|dialog|alertdialog)($|[\s_-])/;
/** Calls to sign in, register or open an account, in our languages. */
const ACCOUNT_WORDS = /\b(sign in|sign up|log ?in|register|create (an|a free|your) account)\b|anmelden|registrieren|einloggen|se connecter|connexion|créer un compte|s'inscrire|iniciar sesión|regístrate|accedi|registrati|inloggen|registreren|přihlásit|cadastr/i;
/** The call opens the dialog: further in, the words may be a form's small print. */
const ACCOUNT_LEAD_CHARS = 60;
const MAX_DIALOG_CHARS = 800;

/** A sign-in / register dialog outside the story: the site's account pitch laid over the page. */
export function isAccountDialog(b: BlockFeatures): boolean {
  if (b.insideArticle || b.hasTextarea || b.textLength > MAX_DIALOG_CHARS || b.headlineLinks > 1) return false;
  // A substring test before the regular expression: most blocks name neither.
  if (!(b.attrs.includes('modal') || b.attrs.includes('dialog')) || !DIALOG_ATTRS.test(b.attrs)) return false;
  return ACCOUNT_WORDS.test(b.heading) || ACCOUNT_WORDS.test(b.text.slice(0, ACCOUNT_LEAD_CHARS));
}

/**
 * Pictures that are links opening another site in a new window, and nothing else: a banner (a
 * book poster, a partner's logo, an app-store badge). Links to the networks are follow icons,
 * judged before; the story's own pictures sit in its container.
 */
export function isImageBanner(b: BlockFeatures): boolean {
  return b.textLength === 0 && b.media > 0 && b.bannerLinks > 0 && b.bannerLinks === b.linkCount && !b.insideArticle && b.shareLinks + b.socialLinks === 0;
}

/** "Check out more articles on <Site>!", "Mehr Artikel auf <Site>": a plug for the site's home page, in our languages. */
const SITE_PLUG_PATTERN = /^(check out|see|read|find|discover|explore|visit)( (more|all|other|the latest))?( (great|our))? (articles|stories|posts|news|content|videos)( like this)? (on|at|from) \S.{0,40}$|^(mehr|weitere) (artikel|beiträge|nachrichten) (auf|bei|von) \S.{0,40}$|^(plus d.articles|d.autres articles) (sur|de) \S.{0,40}$|^más (artículos|noticias) (en|de) \S.{0,40}$/i;
/** Every plug opens with one of these ("d" for "d'autres articles"): tested first, they spare compiling the pattern on most pages. */
const SITE_PLUG = openingWordsFirst(SITE_PLUG_PATTERN, ['check out', 'see', 'read', 'find', 'discover', 'explore', 'visit', 'mehr', 'weitere', 'plus d', 'd', 'más']);
const MAX_PLUG_CHARS = 80;
/** The line is the link (a word of lead-in at most). */
const PLUG_LINK_DENSITY = 0.5;

export function isSitePlug(b: BlockFeatures): boolean {
  return b.textLength <= MAX_PLUG_CHARS && b.linkCount === 1 && b.linkDensity >= PLUG_LINK_DENSITY && outsideText(b) && SITE_PLUG.test(b.text);
}

/** A label that ends where the sponsor's logo starts: "<Series> is supported by", "Presented by", "En partenariat avec". */
const SPONSOR_LEAD = /\b((supported|sponsored|presented|funded|paid for|brought to you) by|in (partnership|association) with|unterstützt von|präsentiert von|gefördert von|soutenu par|présenté par|en partenariat avec|patrocinado por|presentado por|sponsorizzato da|mogelijk gemaakt door)\s*:?$/i;
/** The label, the logo and an "About this content" link. */
const MAX_BADGE_CHARS = 150;

/** A sponsor's badge: a label ending in "supported by" and the sponsor's logo, not between the story's paragraphs. */
export function isSponsorBadge(b: BlockFeatures): boolean {
  if (b.media < 1 || b.textLength > MAX_BADGE_CHARS || b.headlineLinks > 0) return false;
  if (b.insideArticle && !b.beforeArticle && !b.afterArticle) return false;
  return SPONSOR_LEAD.test(b.heading);
}

/** "This homepage is tailored for readers in the USA", "You're viewing the UK edition", "Switch to the US edition". */
const EDITION_NOTICE = /\b(edition|homepage|home page|site) is (tailored|customi[sz]ed|personali[sz]ed) for\b|\bswitch to (the )?\p{L}+ edition\b|\byou('re| are) (viewing|reading|on) the [\p{L} ]{1,20} edition\b|\b(set|change) (your )?edition\b/iu;
const MAX_NOTICE_CHARS = 300;
/** Every EDITION_NOTICE match holds one of these: tested first, they spare compiling it (a Unicode, case-insensitive pattern) on most pages. */
const EDITION_WORDS = ['edition', 'tailored', 'customi', 'personali'];

/** A notice outside the story about which edition of the site the reader sees: a house message, not the story. */
export function isEditionNotice(b: BlockFeatures): boolean {
  // It offers a switch (a link or a button).
  return !b.insideArticle && b.textLength <= MAX_NOTICE_CHARS && b.headlineLinks <= 1 && b.linkCount + b.buttons > 0 && mayHoldAny(b.text, EDITION_WORDS) && EDITION_NOTICE.test(b.text);
}

/** A line closing with a call to buy ("MacBook Pro (Buy Now)", "Shop now"): a shopping link, in our languages. */
const BUY_CALL_PATTERN = /[([]?\b(buy now|shop now|buy it now|buy here|check (the )?price|see (the )?price|jetzt kaufen|acheter( maintenant)?|comprar( ahora)?|compra ora|koop nu)\b[)\]]?[.!]?$/i;
/** Every call holds one of these ("check the price" holds "price"): tested first, they spare compiling the pattern on most pages. */
const BUY_CALL = heldWordsFirst(BUY_CALL_PATTERN, ['buy now', 'buy it now', 'buy here', 'shop now', 'price', 'jetzt kaufen', 'acheter', 'comprar', 'compra ora', 'koop nu']);
const MAX_SHOP_LINE_CHARS = 120;
/** The line is mostly its link (a label before it at most). */
const SHOP_LINK_DENSITY = 0.5;

/** A short line that is one link closing with "Buy Now": a shopping plug, between the paragraphs too (a story's sentence does not end on a buy button). */
export function isShopLine(b: BlockFeatures): boolean {
  return b.textLength <= MAX_SHOP_LINE_CHARS && b.linkCount === 1 && b.linkDensity >= SHOP_LINK_DENSITY && BUY_CALL.test(b.text);
}
