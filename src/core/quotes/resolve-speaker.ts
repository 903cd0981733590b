/**
 * Turns an attribution into a speaker name: surnames expanded to the full name given earlier,
 * "he"/"she" to the nearest earlier person of that gender, "the association" to the
 * organisation it stands for. Anonymous sources ("a source", "officials") stay null.
 */
import type { Gender } from '../text/first-names.js';
import type { Attribution } from './attribution.js';
import { type DescribedSpeaker, descriptionGender, isPersonDescription, resolveDescription, salientDescribed } from './describe-person.js';
import type { NameLookup } from './name-lookup.js';
import { bodyNamedAs } from './body-named-as.js';
import { introducedUnnamed, isRelativeOfUnnamed } from './unnamed-introduction.js';
import { writingIssuer } from './writing-author.js';

export interface ResolvedSpeaker {
  speaker: string | null;
  role: string | null;
}

export interface SpeakerContext {
  lookup: NameLookup;
  /** Speakers already attributed, in text order: "he said" most often means the last of them. */
  previous: Array<{ name: string; at: number; gender: Gender }>;
  /** The article's text (dots masked), for what a description refers back to. */
  text?: string;
}

const NEWSPAPER = /\b(?:Times|Post|Journal|News|Herald|Tribune|Telegraph|Guardian|Gazette|Chronicle)\b/;
/** How far back "he said" may reach for the last speaker, in characters. */
const LAST_SPEAKER_REACH = 700;
/** "Atlas of Rivers", "Bank of Lindia": small words inside make a work or a body, not a person "she" can be. */
const BODY_INNER_WORD = / (?:of|for|the) /;
/** How many names back "he" may look for a person of that gender. */
const PRONOUN_REACH = 60;

function fullName(name: string, at: number, ctx: SpeakerContext): string {
  if (name.includes(' ')) return name;
  return ctx.lookup.expand(name, at) ?? name;
}

function compatible(want: Gender, have: Gender): boolean {
  return !want || !have || want === have;
}

/** How far back "it said" may look for the body it stands for, in characters. */
const IT_REACH = 400;

/** "it said": the organisation named last, if it was named just before. */
function resolveIt(at: number, ctx: SpeakerContext): string | null {
  const { names } = ctx.lookup;
  for (let k = ctx.lookup.indexAt(at) - 1; k >= 0 && at - names[k]!.start < IT_REACH; k--) {
    if (names[k]!.isOrganization) return names[k]!.name;
  }
  return null;
}

function resolvePronoun(pronoun: string, at: number, ctx: SpeakerContext): string | null {
  if (pronoun === 'it') return resolveIt(at, ctx);
  if (pronoun !== 'he' && pronoun !== 'she') return null;
  const want: Gender = pronoun === 'he' ? 'male' : 'female';
  const { lookup } = ctx;
  const last = ctx.previous.at(-1);
  const lastIsNear = !!last && at - last.at < LAST_SPEAKER_REACH && !lookup.isOrganization(last.name);
  let recent: { name: string; start: number } | null = null;
  let fallback: string | null = null;
  // The nearest person of unknown gender introduced by full name with a role as the first name
  // of a sentence ("Rakesh Anand, head of research at Orvil, pointed out ...").
  let introduced: { name: string; start: number } | null = null;
  const from = lookup.indexAt(at) - 1;
  for (let k = from; k >= 0 && k > from - PRONOUN_REACH && !recent; k--) {
    const n = lookup.names[k]!;
    // "the Clinton campaign" mentions a campaign, not a person "she" could be.
    if (n.isOrganization || n.modifier) continue;
    let full = fullName(n.name, n.start, ctx);
    let g = lookup.gender(full) ?? n.gender;
    // "Melania Trump spoke. Trump agreed. "...," he said": the bare surname of a family can be the other Trump.
    if (g !== want && !n.name.includes(' ') && !n.gender) {
      const other = lookup.expandAs(n.name, n.start, want);
      if (other) { full = other; g = want; }
    }
    // "Calloway, a nurse who works with Dr Lopez, said she ...": the subject, not a name inside
    // its description, is who "she" is (when the subject can be that person).
    const host = n.host === null ? null : lookup.names[n.host];
    if (host && !host.isOrganization) {
      const hostName = fullName(host.name, host.start, ctx);
      const hostGender = lookup.gender(hostName) ?? host.gender;
      // Only a person can host: a known gender, or a full name ("Opponents, led by X" is no host).
      if (hostGender === want || (!hostGender && hostName.includes(' '))) continue;
    }
    // "He also attacked Paul Ryan. "...," he said": he is the sentence's "he", not Ryan.
    if (n.subject === pronoun) continue;
    // "Donald Trump attacked Paul Ryan. "...," he said": the subject, when it can be "he".
    const subject = typeof n.subject === 'number' ? lookup.names[n.subject]! : null;
    const subjectName = subject ? fullName(subject.name, subject.start, ctx) : null;
    const subjectGender = subject ? lookup.gender(subjectName!) ?? subject.gender : null;
    // A subject of unknown gender counts when it is the speaker just quoted ("...," Khizr Khan
    // said, attacking Donald Trump. "...," he said": Khan).
    const subjectFits = !!subject && (subjectGender === want || (!subjectGender && !!last && subjectName === last.name));
    if (!g && !introduced && n.title && n.subject === null && n.host === null && !n.determined && n.name.includes(' ') && !BODY_INNER_WORD.test(n.name)) introduced = { name: n.name, start: n.start };
    if (g === want) recent = subjectFits ? { name: subjectName!, start: subject!.start } : { name: full, start: n.start };
    // ("masquerading as a Go-Kart Track": a name after a determiner is a thing, not "she"; nor is
    // a name of unknown gender paragraphs back, such as a city in an address.)
    else if (!g && !fallback && full.includes(' ') && !BODY_INNER_WORD.test(full) && !n.determined && at - n.start < LAST_SPEAKER_REACH) fallback = subject && compatible(want, subjectGender) && subjectName!.includes(' ') ? subjectName : full;
  }
  // The speaker quoted just before is the usual "he" of the next quote, unless another
  // person of that gender has been named since ("...after Trump deployed what he called").
  if (lastIsNear && last!.gender === want) return recent && recent.start > last!.at ? recent.name : last!.name;
  // "...," said Voss Analytics. Rakesh Anand, head of research at Orvil, pointed out ... "...,"
  // he said: a person introduced with a role after a speaker of unknown gender is who the next
  // "he" is about (the speaker before may be a body the index could not tell).
  if (lastIsNear && !last!.gender && introduced && introduced.start > last!.at) return introduced.name;
  // A speaker of unknown gender quoted just before beats a person of the right gender named
  // before that speaker.
  if (lastIsNear && !last!.gender && recent && recent.start < last!.at) return last!.name;
  if (recent) return recent.name;
  if (lastIsNear && compatible(want, last!.gender)) return last!.name;
  return fallback;
}

/** Nouns news uses for any body named just before: "NASA said ... the agency noted". */
const ANY_BODY = /^(?:agency|company|firm|group|organization|organisation|body|department|ministry|network|institution|charity|watchdog|regulator|airline|carrier|retailer|lender|automaker|insurer|nonprofit|outlet|publication|union|party|committee|league|club|team)$/;
/** How far back "the agency said" may look for a body of another head noun, in characters. */
const ANY_BODY_REACH = 500;

function resolveNominal(head: string, at: number, ctx: SpeakerContext): string | null {
  const { names } = ctx.lookup;
  for (let k = ctx.lookup.indexAt(at) - 1; k >= 0; k--) {
    const n = names[k]!;
    if (!n.isOrganization) continue;
    // "the commission" is the "Commission on Presidential Debates": its head word, wherever it stands.
    const words = n.name.toLowerCase().split(' ');
    if (words.at(-1) === head || words.includes(head) || ((head === 'newspaper' || head === 'paper') && NEWSPAPER.test(n.name))) return n.name;
  }
  // "The TSA called it deplorable. "...," the agency said": the body named last, whatever its name ends in.
  if (!ANY_BODY.test(head)) return null;
  // ...unless the article named a body with that very description ("The group, X, formed ...").
  const named = ctx.text ? bodyNamedAs(ctx.text, head, at) : null;
  if (named) return named;
  for (let k = ctx.lookup.indexAt(at) - 1; k >= 0 && at - names[k]!.start < ANY_BODY_REACH; k--) {
    const n = names[k]!;
    // A body's full name or its acronym ("The FDA approved" reads like "the Kansas law", a
    // modifier, but either way the body is meant); "Authorities" opening a sentence is no body's name.
    if (n.isOrganization && n.host === null && (n.name.includes(' ') || /^\p{Lu}{2,}s?$/u.test(n.name))) return n.name;
  }
  return COMPANY.test(head) ? unknownBodyBefore(at, ctx) : null;
}

/** Heads that stand for a business: its name need not end in "Inc." or "Motors". */
const COMPANY = /^(?:company|firm|business|retailer|airline|carrier|automaker|lender|insurer|group)$/;

/**
 * `Northwind Offshore said on Monday it would cut jobs. "...," the company said`: with no body
 * known, a name of two words or more that opened its sentence, has no gender or title and is
 * spoken of as "it" in that sentence stands for the company.
 */
function unknownBodyBefore(at: number, ctx: SpeakerContext): string | null {
  const { names } = ctx.lookup;
  for (let k = ctx.lookup.indexAt(at) - 1; k >= 0 && at - names[k]!.start < ANY_BODY_REACH; k--) {
    const n = names[k]!;
    if (n.spokenOfAsIt && n.name.includes(' ') && !n.gender && !ctx.lookup.gender(n.name) && !n.title && n.subject === null && n.host === null && !n.modifier) return n.name;
  }
  return null;
}

/**
 * "...," the senator added: with no earlier person holding that role, a definite description
 * right after somebody's quotes goes on with that speaker (of a compatible gender).
 */
function describedLastSpeaker(att: Attribution, ctx: SpeakerContext): DescribedSpeaker | null {
  const last = ctx.previous.at(-1);
  if (!att.description || !last || att.at - last.at > LAST_SPEAKER_REACH || ctx.lookup.isOrganization(last.name)) return null;
  if (!isPersonDescription(att.description, att.value) || !compatible(descriptionGender(att.value), last.gender)) return null;
  return { name: last.name, role: att.description.replace(/^(?:the|his|her|its|their)\s+/i, '') };
}

/**
 * "...," the first lady said: a description that gives the gender away, with no earlier person
 * holding that role, is read like "she": the nearest person of that gender.
 */
function describedByGender(att: Attribution, ctx: SpeakerContext): DescribedSpeaker | null {
  const gender = descriptionGender(att.value);
  if (!gender || !att.description || !isPersonDescription(att.description, att.value)) return null;
  const name = resolvePronoun(gender === 'female' ? 'she' : 'he', att.at, ctx);
  return name ? { name, role: att.description.replace(/^(?:the|his|her|its|their)\s+/i, '') } : null;
}

/** Writings that speak for whoever issued them. */
const WRITINGS = /^(?:statement|letter|memo|release|email|report|ad|tweet|post|filing|complaint)$/;
/** How far back "the statement said" may look for who issued it, in characters. */
const WRITING_REACH = 400;

/**
 * `Vance issued a statement. "...," the statement said`: a definite writing speaks for whoever
 * the sentence introducing it names (writing-author.ts); with no such sentence, for the speaker
 * quoted just before, else for the subject of a sentence just before it.
 */
function resolveWriting(att: Attribution, ctx: SpeakerContext): string | null {
  const definite = /^the\s/i.test(att.description ?? '');
  // `NASA said. "...," a statement said.`: an indefinite one is the speaker's just quoted.
  if (!WRITINGS.test(att.value) || !(definite || /^an?\s/i.test(att.description ?? ''))) return null;
  // The sentence that introduced it names who issued it (or, naming nobody, leaves it unknown).
  const issuer = ctx.text && definite ? writingIssuer(ctx.text, att.value, att.at) : null;
  if (issuer) {
    const { subject, nominal } = issuer;
    if (subject?.kind === 'name') return fullName(subject.value, subject.at, ctx);
    return nominal ? resolveNominal(nominal, issuer.at, ctx) : null;
  }
  const last = ctx.previous.at(-1);
  if (last && att.at - last.at < WRITING_REACH) return last.name;
  const { names } = ctx.lookup;
  for (let k = ctx.lookup.indexAt(att.at) - 1; k >= 0 && att.at - names[k]!.start < WRITING_REACH; k--) {
    const n = names[k]!;
    if (n.subject === null && !n.modifier && n.host === null && (n.isOrganization || n.name.includes(' ') || !!ctx.lookup.gender(n.name))) return fullName(n.name, n.start, ctx);
  }
  return null;
}

/** The gender an honorific gives away: "Mr." a man, "Mrs.", "Ms." and "Miss" a woman. */
const HONORIFIC_GENDER: Record<string, Gender> = { mr: 'male', mrs: 'female', ms: 'female', miss: 'female' };

/**
 * `"...," Ms. Marsh said` after Donald Marsh and Ivy Marsh: the honorific picks the bearer of
 * that gender, not the nearest or the best-known Marsh.
 */
function surnameByHonorific(att: Attribution, ctx: SpeakerContext): string | null {
  const gender = att.honorific ? HONORIFIC_GENDER[att.honorific.toLowerCase().replace(/[.\u2024]/g, '')] : null;
  if (!gender || att.value.includes(' ')) return null;
  return ctx.lookup.expandAs(att.value, att.at, gender);
}

export function genderOf(name: string, ctx: SpeakerContext): Gender {
  return ctx.lookup.gender(name);
}

/** "High Commissioner for Coastal Affairs", "Secretary of State": a capitalised office and its field. */
const FORMAL_OFFICE = /\b\p{Lu}\p{Ll}+\s+(?:of|for)\s+\p{Lu}/u;

/** Who a description the article gave no title for most likely is (a module function, not a closure per quote). */
function guessDescribed(d: string, att: Attribution, ctx: SpeakerContext): DescribedSpeaker | null {
  return isRelativeOfUnnamed(d) || FORMAL_OFFICE.test(d) ? null : describedLastSpeaker(att, ctx) ?? describedByGender(att, ctx) ?? salientDescribed(d, att.value, att.at, ctx.lookup);
}

export function resolveSpeaker(att: Attribution, ctx: SpeakerContext): ResolvedSpeaker {
  if (att.kind === 'pronoun') {
    const speaker = resolvePronoun(att.value, att.at, ctx);
    return { speaker, role: speaker ? ctx.lookup.title(speaker) : null };
  }
  if (att.kind === 'nominal') {
    const body = resolveNominal(att.value, att.at, ctx);
    if (body) return { speaker: body, role: att.role };
    const author = resolveWriting(att, ctx);
    if (author) return { speaker: author, role: att.value };
    // "A nurse in the square ... the nurse said": the unnamed person, not the nearest named one.
    if (ctx.text && /^the\s/i.test(att.description ?? '') && introducedUnnamed(ctx.text, att.value, att.at)) return { speaker: null, role: att.role };
    // Only a title the article gave names "the boy's father" or "the High Commissioner for
    // Coastal Affairs" (a formal office, capitalised): no guess from who was named or quoted last.
    const person = att.description ? resolveDescription(att.description, att.value, att.at, ctx.lookup) ?? guessDescribed(att.description, att, ctx) : null;
    return person ? { speaker: person.name, role: att.role ?? person.role } : { speaker: null, role: att.role };
  }
  const speaker = surnameByHonorific(att, ctx) ?? fullName(att.value, att.at, ctx);
  return { speaker, role: att.role ?? ctx.lookup.title(speaker) };
}
