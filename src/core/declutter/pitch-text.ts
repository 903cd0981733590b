/**
 * Words of a pitch: calls to subscribe, join, donate or install the app, "paid partner" headings
 * and newsletter sign-up words, in the languages the phrase lists cover.
 */
import { replaceNonWords } from '../text/word-chars.js';
import { heldWordsFirst, mayHoldAny } from '../text/word-lists.js';

/** A heading that says the box is paid for ("LendingTree Paid Partner", "Powered by Indeed"). */
const PAID_HEADING_PATTERN = /\b(paid (partner|content|post|links?)|sponsored|sponsor(ed)? by|partner (content|offers?)|powered by|promoted|advertiser content|from our (sponsors?|partners)|anzeige|gesponsert|publicité|sponsorisé|patrocinado|sponsorizzato|gesponsord|publicidade)\b/i;
/** Every PAID_HEADING_PATTERN match holds one of these ("sponsorisé" and "sponsorizzato" hold "sponsor"): tested first, they spare compiling it. */
export const PAID_HEADING = heldWordsFirst(PAID_HEADING_PATTERN, ['paid ', 'sponsor', 'partner ', 'powered by', 'promoted', 'advertiser content', 'from our ', 'anzeige', 'gesponsert', 'publicité', 'patrocinado', 'gesponsord', 'publicidade']);
export const MAX_PAID_BOX_CHARS = 400;
/** A call to pay or install: subscribe, become a member, contribute, get the app, in our languages. */
export const PITCH_WORDS = /\b(subscribe|subscription|membership|become a (member|subscriber|supporter)|contribute|support (us|our journalism|independent)|donate|get (our|the) app|download (our|the) app|app store|google play|abonnez-vous|s'abonner|abonnement|abonnieren|abo\b|suscr[ií]bete|suscripción|assine|abbonati|abonneer|předplat)/i;
export const PITCH_WORDS_ALL = new RegExp(PITCH_WORDS.source, 'gi');
/** Every PITCH_WORDS match holds one of these ("abo" is in abonnez-vous, s'abonner, abonnement, abonnieren, abonneer). */
const PITCH_HINTS = ['subscri', 'membership', 'become a ', 'contribute', 'support ', 'donate', 'app', 'google play', 'abo', 'suscr', 'assine', 'abbonati', 'předplat'];
/** Can the text hold a pitch word? A cheap test first: it spares compiling PITCH_WORDS on most pages. */
export const mayHoldPitch = (text: string): boolean => mayHoldAny(text, PITCH_HINTS);
/** The whole text is a call to install the app, in our languages. */
export const APP_PITCH = /^(get|download|install) (our|the)( [\p{L}.]+)? app[!.]?$|^(téléchargez|installez) (notre|l.)application[!.]?$|^(hol|lade) (dir |sie )?(unsere|die) app( herunter)?[!.]?$|^(descarga|descargue|baja) (nuestra|la) app[!.]?$|^(scarica|baixe|stáhněte si) .{0,20}app[!.]?$/iu;
/**
 * Every app pitch ends so ("… app", "… application", maybe "!" or "."): this test compiles in
 * microseconds, APP_PITCH (a Unicode letter class, case-insensitive) in over a millisecond, on the
 * content script's cold load. So the second runs only on the rare text that passes the first.
 */
const APP_ENDING = /app(lication)?[!.]?$/i;
export const isAppPitch = (text: string): boolean => APP_ENDING.test(text) && APP_PITCH.test(text);
/** Nothing but pitch words (and arrows or separators) once they are taken out. */
export const isPitchesOnly = (text: string): boolean => mayHoldPitch(text) && PITCH_WORDS.test(text) && replaceNonWords(text.replace(PITCH_WORDS_ALL, ''), '').length === 0;
/** A sign-up form's words (for forms whose email field is a plain text input). */
export const SIGNUP_WORDS = /newsletter|sign[ -]?up|inbox|mailing list|nieuwsbrief|boletín|rassegna|inscri|abonnieren|anmelden|iscriviti|odběr|订阅|メールマガジン|рассылк/i;
