/**
 * A light index of the capitalised names in a text, for resolving speakers: which full name a
 * surname stands for, and who "she" is. Deliberately small and dependency-free (the content
 * script may load the quote finder; compromise stays in parties/).
 */
import { NUMBER_WORD } from '../text/number-words.js';
import { genderOfFirstName, type Gender, type GenderOfFirstName } from '../text/first-names.js';
import { MONTHS, NAME_ABBREVIATIONS, NAME_CONNECTORS, WEEKDAYS, wordAlternation } from '../text/name-words.js';
import { endsInOrganisationHead, isOrganisationHead } from '../text/org-words.js';
import { writtenCapitalised, writtenInLowerCase, writtenInsideSentence } from '../text/written-words.js';
import { lowerWordBefore } from '../text/word-before.js';
import { ROLE_NOUNS, appositiveAfter, cleanDescriptor, stripTitles } from './titles.js';
import { statedRole } from './stated-roles.js';
import { matchAllFromCapitals } from '../text/capital-matches.js';
import { MIN_PLACE_AND_PERSON_WORDS, personAfterPlace } from './person-after-place.js';
import { determinedBefore, genderOfRole, modifiesRole, qualifiesNoun, spokenOfAsIt } from './name-surroundings.js';

const ROLE_BEFORE = /(?<!\p{L})((?:\p{Lu}[\p{L}.]*['’]s\s+)?(?:\p{Lu}?[\p{Ll}-]+\s+){0,3})([\p{Ll}-]+),?\s+$/u;

export interface NameMention {
  name: string;
  start: number;
  end: number;
  gender: Gender;
  isOrganization: boolean;
  /** Title words written in front of it ("President"), or the appositive after it, a role for the speaker card. */
  title: string | null;
  /**
   * Index of the name whose appositive or relative clause holds this one ("Ines Calloway, a
   * nurse at the General Hospital, said she": the hospital sits inside Calloway's description).
   */
  host: number | null;
  /**
   * Who the sentence holding this name is about, when the name is not that: the index of the
   * name opening the sentence, or the pronoun opening it ("He also attacked Paul Ryan": "he").
   * "...," he said after that sentence means its subject, not Ryan.
   */
  subject: number | 'he' | 'she' | null;
  /** It qualifies a role or a body after it ("Republican nominee", "the Trump campaign"): no person is mentioned. */
  modifier: boolean;
  /** It follows a determiner and maybe an adjective ("the younger Jordan", "the elder Bush"): not the plain name. */
  determined: boolean;
  /** Its sentence goes on about it as "it" ("Northwind said it would cut jobs", "its plant"): a body, not a person. */
  spokenOfAsIt: boolean;
}

/** Words that may sit inside a run of capitals: name particles and a body's "of", "the", "for". */
const INNER_WORDS = wordAlternation([...NAME_CONNECTORS, 'of', 'the', 'for']);
const RUN = new RegExp(`(?:(?:\\p{Lu}[\\p{L}'’-]*[.\\u2024]?|(?:\\p{Lu}\\.)+)(?:[ \\t]+(?:(?:${INNER_WORDS})[ \\t]+)?(?=\\p{Lu}))?)+`, 'gu');
const INNER_WORD = new RegExp(`^(?:${INNER_WORDS})$`);
/** The small words of a body's or a work's name ("Bank of Lindia", "Atlas of Rivers"), not of a person's. */
const BODY_INNER_WORD = / (?:of|for|the) /;
const SENTENCE_OPENERS = /^(?:The|A|An|But|And|Or|So|Then|When|While|If|As|In|On|At|This|That|It|He|She|They|We|I|His|Her|Their|Its|Our|There|Here|After|Before|Still|Yet|Also|Now|Meanwhile|However|Mr|Mrs|Ms|Dr|Though|Although|Because|Since|Until|Unless|Whether|Once|Even|Despite|During|With|Without|For|From|By|To|Of|Not|No|Some|Many|Most|All|Both|Each|Every|Another|Such|What|Why|How|Who|Where|Which|Only|Just|Instead|Indeed|Perhaps|Thus|Later|Earlier|These|Those|Nor|Like|Unlike|Under|Over|Among|Against|Amid|Asked|Speaking|According|Said|Says|Added|Adds|Wrote|Writes|Maybe|Would|Could|Should|Might|Must|Did|Does|Do|Is|Are|Was|Were|Has|Have|Had|Can|Probably|Hopefully|Several|Few|Other|Others)$/;
const isBody = (name: string) => name.split(' ').some((w) => /^\p{Lu}/u.test(w) && isOrganisationHead(w));
/** "NASA", "FBI", "DNC": a word in capitals is an acronym of a body, unless the article also writes it as a name ("PENCE:" in a transcript, "Pence"). */
const ACRONYM = /^\p{Lu}{2,6}s?$/u;
const isAcronymBody = (name: string, text: string) => ACRONYM.test(name) && !writtenCapitalised(text, name[0] + name.slice(1).toLowerCase());
/** Mr./Mrs. before a name (its dot may be masked as \u2024 by mask-dots.ts). */
const HONORIFIC_BEFORE = /\b(Mr|Mrs|Ms|Miss)[.\u2024]?\s*$/;
const MONTHS_DAYS = new RegExp(`^(?:${wordAlternation([...MONTHS, ...WEEKDAYS], 'capitalised')})$`);

/** A dot that belongs to the word (an initial, "U.S", a title) does not end the run. */
const KEEPS_DOT = new RegExp(`^(?:\\p{Lu}|(?:\\p{Lu}\\.)+\\p{Lu}?|${wordAlternation(NAME_ABBREVIATIONS, 'capitalised')})\\.$`, 'u');

/** Capitalised runs, cut where a word ends a sentence ("Friday. President Okafor"). */
function runs(text: string): Array<{ index: number; words: string[] }> {
  const out: Array<{ index: number; words: string[] }> = [];
  for (const m of matchAllFromCapitals(text, RUN)) {
    let index = m.index;
    let words: string[] = [];
    let cursor = m.index;
    for (const w of m[0].trim().split(/\s+/)) {
      const at = text.indexOf(w, cursor);
      if (!words.length) index = at;
      words.push(w);
      cursor = at + w.length;
      if (w.endsWith('.') && !KEEPS_DOT.test(w)) {
        words[words.length - 1] = w.slice(0, -1);
        out.push({ index, words });
        words = [];
      }
    }
    if (words.length) out.push({ index, words });
  }
  return out;
}

/** "Maria Okafor of Lindia": a person's name stops before "of"; "Bank of England" does not. */
function cutAtConnector(words: string[]): string[] {
  const k = words.findIndex((w) => /^(?:of|for|the)$/.test(w));
  if (k < 2) return words;
  const head = stripTitles(words.slice(0, k)).name.split(' ');
  return head.length >= 2 && genderOfFirstName(head[0]!) ? words.slice(0, k) : words;
}

/** "Iran's senior diplomat" in front of a name: the role the article gives that person. */
function descriptorBefore(text: string, start: number): string | null {
  // Cheap test first: a role noun must end the words before the name.
  const lastWord = lowerWordBefore(text, Math.max(0, start - 30), start, true);
  if (!lastWord || !ROLE_NOUNS.has(lastWord.toLowerCase())) return null;
  const m = ROLE_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  return m && ROLE_NOUNS.has(m[2]!.toLowerCase()) ? cleanDescriptor(m[1] ?? '', m[2]!) : null;
}

/**
 * "Tomas Brandt ... his deputy": a person followed, in the same sentence and before any other
 * capitalised name, by he/his/him or she/her only, gets that gender. Fills the gaps of the
 * given-name list.
 */
function genderFromPronouns(text: string, start: number, end: number): Gender {
  // "Americans", "Republicans": a group in the plural whose singular the article also writes.
  const word = text.slice(start, end);
  if (/^\p{Lu}\p{Ll}+s$/u.test(word) && writtenCapitalised(text, word.slice(0, -1))) return null;
  // "in Porto Vell ... her deputy": a place after a preposition has no gender.
  // ("backed by Norland and the U.S., he warned": "by" and an initialism too.)
  if (/\b(?:in|at|to|from|on|near|into|of|by)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 10), start)) || /^(?:\p{Lu}[.\u2024])+$/u.test(word)) return null;
  if (qualifiesNoun(text, start, end)) return null;
  // "... in the Middle East, China and ...": a later item of such a list is a place too.
  if (PLACE_LIST_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return null;
  const rest = /^[^.!?\n"“”]{0,120}/.exec(text.slice(end))![0];
  // The window ends at the next capitalised name, unless it follows a preposition ("in Porto Vell").
  let upto = -1;
  for (const m of rest.matchAll(/\s\p{Lu}\p{Ll}+\s+\p{Lu}/gu)) {
    if (!/\b(?:in|at|to|from|on|near|into|of)$/i.test(rest.slice(0, m.index))) { upto = m.index; break; }
  }
  const window = upto < 0 ? rest : rest.slice(0, upto);
  const male = /\b(?:he|his|him|himself)\b/i.test(window);
  const female = /\b(?:she|her|hers|herself)\b/i.test(window);
  return male === female ? null : male ? 'male' : 'female';
}

const PLACE_LIST_BEFORE = /\b(?:in|at|to|from|on|near|into|of|by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s*)+(?:,\s*(?:\p{Lu}[\p{L}'’.-]*\s*)+)*(?:,\s*|\s+and\s+|,\s+and\s+)$/u;

const PLACE_BEFORE = /\b(?:in|at|near|outside|inside|across|throughout)\s+$/;

/** A credit in brackets at the start of a line: "(CNN)", "(Reuters) -". */
const DATELINE_BEFORE = /(?:^|\n)\s*\($/;
const DATELINE_CREDIT = /^[\p{L}.\s]{1,30}\)/u;

/** Characters before a run looked at for the preposition that opens a place or a body. */
const PREPOSITION_CHARS = 10;

/** A digit at `at`, read by its code: most names have none after them, and then no slice is made. */
const isDigitAt = (text: string, at: number): boolean => text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57; // '0'..'9'

/** Capitalised names outside the quoted words (`quoted`: [start, end) ranges to skip). */
export function indexNames(text: string, quoted: ReadonlyArray<[number, number]> = [], genderOfGivenName: GenderOfFirstName = genderOfFirstName): NameMention[] {
  const out: NameMention[] = [];
  for (const m of runs(text)) {
    if (quoted.some(([s, e]) => m.index >= s && m.index < e)) continue;
    // "(CNN) --", "(Reuters)": a dateline's credit opening a line is no mention in a sentence.
    if (DATELINE_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)) && DATELINE_CREDIT.test(text.slice(m.index, m.index + 40))) continue;
    let words = m.words;
    let start = m.index;
    while (words.length && (SENTENCE_OPENERS.test(words[0]!.replace(/\.$/, '')) || MONTHS_DAYS.test(words[0]!) || NUMBER_WORD.test(words[0]!))) {
      start = text.indexOf(words[1] ?? '', start + words[0]!.length);
      words = words.slice(1);
    }
    // "One of Mr. Clarke's partners", "Should Mr. Clarke": a name starts at its honorific, and
    // a quantity of a name's people is not part of the name.
    const cut = words.findIndex((w, k) => k > 0 && /^(?:Mr|Mrs|Ms|Miss|Dr)[.\u2024]?$/.test(w));
    const from = cut > 0 ? cut : words.length > 2 && words[1] === 'of' && QUANTIFIER.test(words[0]!) ? 2 : 0;
    if (from > 0) {
      start = text.indexOf(words[from]!, start + words[0]!.length);
      words = words.slice(from);
    }
    // "envoy to Norland Kurt Vossberg", "Ambassador to the United Nations Samantha Pike": after a
    // role's "to" or "of", the place or body runs straight into the person's name.
    const given = words.length < MIN_PLACE_AND_PERSON_WORDS ? 0 : personAfterPlace(words, text.slice(Math.max(0, start - PREPOSITION_CHARS), start), genderOfGivenName);
    if (given > 0) {
      start = text.indexOf(words[given]!, start + words.slice(0, given).join(' ').length);
      words = words.slice(given);
    }
    while (words.length && INNER_WORD.test(words[words.length - 1]!)) words.pop();
    words = words.map((w) => w.replace(/['’]s$/, ''));
    if (!words.length || words.every((w) => MONTHS_DAYS.test(w))) continue;
    // "German-flagged", "Ohio-based": a compound adjective, nobody "he" could be.
    if (words.length === 1 && /^\p{Lu}[\p{L}']*-\p{Ll}+$/u.test(words[0]!)) continue;
    // "Rs 24 lakh", "Apollo 11": a word right before a number is a unit, a currency or a model.
    if (words.length === 1 && isDigitAt(text, start + words[0]!.length + 1) && /^[^\S\n]\d/.test(text.slice(start + words[0]!.length, start + words[0]!.length + 2))) continue;
    // "Though she called ...": a lone capitalised word opening a sentence that the article also
    // writes in lower case is an ordinary word, not somebody "she" could be.
    // ("Finding water there, he said, ...": a verb's -ing form opening it is one too, unless the
    // article also writes the word inside a sentence, as a surname is: "Della Fielding".)
    if (words.length === 1 && /(?:^|[.!?]["”’]?\s+|\n\s*|["“]\s*)$/.test(text.slice(Math.max(0, start - 4), start)) && (writtenInLowerCase(text, words[0]!.toLowerCase()) || (/\p{Ll}ing$/u.test(words[0]!) && !writtenInsideSentence(text, words[0]!)))) continue;
    words = cutAtConnector(words);
    // "General Hospital", "Supreme Court": a title word in front of a body is part of its name.
    const { name, titles } = endsInOrganisationHead(words.join(' ')) ? { name: words.join(' '), titles: '' } : stripTitles(words);
    if (!name) continue;
    const nameStart = text.indexOf(name.split(' ')[0]!, start);
    const honor = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, start - 6), start))?.[1] ?? /^(Mr|Mrs|Ms|Miss)[.\u2024]?$/.exec(m.words[0] ?? '')?.[1];
    const first = name.split(' ')[0]!;
    const organisation = isBody(name) || isAcronymBody(name, text);
    const s0 = nameStart < 0 ? start : nameStart;
    const before = [descriptorBefore(text, start), titles].filter(Boolean).join(' ');
    const title = before || (organisation ? null : appositiveAfter(text, s0 + name.length) ?? statedRole(text, start, s0 + name.length));
    // "9/11 widow Terry Strada": a role that tells the gender beats the given name's usual one.
    const roleGender = title ? genderOfRole(title) : null;
    // "in Chelsea", "at Lincoln": one word after a preposition of place is a place, whatever
    // given name it shares.
    const place = !name.includes(' ') && PLACE_BEFORE.test(text.slice(Math.max(0, s0 - 12), s0));
    // "Atlas of Rivers was the first print she hung": a run with "of", "for" or "the" inside is a
    // title or a body, never a person, so a pronoun after it gives it no gender.
    const titled = BODY_INNER_WORD.test(name);
    const gender: Gender = organisation || place ? null : honor ? (honor === 'Mr' ? 'male' : 'female') : roleGender ?? genderOfGivenName(first) ?? (titled ? null : genderFromPronouns(text, start, start + words.join(' ').length));
    out.push({
      name,
      start: s0,
      end: s0 + name.length,
      gender,
      isOrganization: organisation,
      title,
      host: hostOf(text, out, s0),
      subject: subjectOfSentence(text, out, s0),
      modifier: modifiesRole(text, s0 + name.length) || qualifiesNoun(text, s0, s0 + name.length),
      determined: determinedBefore(text, s0),
      spokenOfAsIt: spokenOfAsIt(text, s0 + name.length),
    });
  }
  return out;
}

/** Longest description before a sentence's subject ("Republican vice presidential nominee "). */
const SUBJECT_LEAD_CHARS = 60;
const QUANTIFIER = /^(?:One|Two|Three|Four|Five|Some|Many|Most|All|Each|Both|None|Neither|Either|Several|Few|Any)$/;
/** Words before a name that make it something other than the sentence's subject. */
const NOT_A_SUBJECT_LEAD = /\b(?:in|of|at|on|for|from|to|with|by|about|after|before|while|when|although|though|if|as|because|since|until|despite|during|like|unlike|whether|than)\b/i;
/** How far back a sentence start is looked for, in characters. */
const SENTENCE_REACH = 240;
/** After a sentence end: closing marks, an optional opening word, then what the sentence is about. */
const SENTENCE_HEAD = /^["”’)]*\s*(?:(?:But|And|Then|Still|So|Yet|Now|Later|Also|Meanwhile|Instead),?\s+)?([^]*)$/u;
const PRONOUN_SUBJECT = /^(He|She)\s+\p{Ll}/u;
/** A quote ending on its own punctuation, then its cue: `"We will win," ` or `...do," said `. */
const QUOTE_LEAD = /^\s*["“]?[^"“”]{0,400}?[,?!.…—–-]["”]\s+/u;

/** The characters a sentence ends on, for the walk back (a Set: no regex run per character). */
const ENDS_SENTENCE: ReadonlySet<string> = new Set(['.', '!', '?', '\n']);

/** The subject of the sentence holding the name at `start`, when it is not that name (see NameMention.subject). */
function subjectOfSentence(text: string, earlier: readonly NameMention[], start: number): NameMention['subject'] {
  // Back to the last sentence end (a plain loop: a regex anchored at the end would retry every start).
  let k = start - 1;
  while (k >= 0 && start - k <= SENTENCE_REACH && !ENDS_SENTENCE.has(text[k]!)) k--;
  if (k >= 0 && start - k > SENTENCE_REACH) return null;
  const whole = SENTENCE_HEAD.exec(text.slice(k + 1, start))![1]!;
  // `"We will win," Vance said, attacking Obama.`: after a quote, the sentence is its cue's, so
  // it starts after the closing mark (its subject is the speaker, Obama only its object).
  const quoteLead = /["”]/.test(whole) ? QUOTE_LEAD.exec(whole) : null;
  const lead = quoteLead ? whole.slice(quoteLead[0].length) : whole;
  // Only title words before the name: it opens the sentence itself.
  if (!/\p{Ll}{3}/u.test(lead.replace(/\b(?:\p{Lu}[\p{L}.\u2024-]*\s+)+/gu, ''))) return null;
  const pronoun = PRONOUN_SUBJECT.exec(lead);
  if (pronoun) return pronoun[1]!.toLowerCase() as 'he' | 'she';
  // "In Toledo, Vance criticized Kerr": a short opening phrase before the subject is skipped.
  const opening = OPENING_PHRASE.exec(lead)?.[0].length ?? 0;
  const sentenceStart = start - lead.length + opening;
  let first = -1;
  for (let i = earlier.length - 1; i >= 0 && earlier[i]!.start >= sentenceStart; i--) first = i;
  const subject = earlier[first];
  if (!subject || subject.isOrganization || /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(subject.name)) return null;
  // "Republican nominee Donald Trump attacked ...": a few words of description may come first,
  // but no clause ("While Obama had ...", "in the United States, Lynch ...").
  const before = text.slice(sentenceStart, subject.start);
  // "Vance, a former mayor, criticized Kerr": an appositive may stand between the subject and
  // its verb (the name is past it); any other comma after the subject ("Vance, Kerr and Park")
  // makes it no subject.
  const afterSubject = text.slice(subject.end, start);
  const commaAfter = /^['’]?,/.test(afterSubject) && !SUBJECT_APPOSITIVE.test(afterSubject);
  // "Vance's comments drew criticism from Kerr": the comments are the subject, not Vance.
  const owner = /^['’]s?\s+\p{Ll}/u.test(afterSubject);
  return before.length < SUBJECT_LEAD_CHARS && !/[,;:"“”]/.test(before) && !NOT_A_SUBJECT_LEAD.test(before) && !commaAfter && !owner ? first : null;
}

/**
 * `In Toledo, ` / `On Monday, `: a short prepositional phrase opening the sentence; in lower case
 * after an opening word (`Then, last week, Vance posted`).
 */
const OPENING_PHRASE = /^(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Aa]fter|[Bb]efore|[Ll]ater|[Ee]arlier|[Ll]ast|[Tt]his)\s[^,;:"“”]{1,40},\s+(?=\p{Lu})/u;
/** `, a former mayor, criticized ` / `, Vance's lawyer, said ` / `, 54, said `: an appositive closed by a comma, then a lower-case verb. */
const SUBJECT_APPOSITIVE = /^['’]?,\s*(?:(?:an?|the|his|her|its|their)\s[^,;:"“”]{1,80}|(?:\p{Lu}[\p{L}.\u2024-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s?\s+\p{Ll}[^,;:"“”]{0,80}|\d{1,3}|who\s[^,;:"“”]{1,80}),\s+\p{Ll}/u;

/**
 * The earlier name in the same sentence whose description this name sits in: between them only
 * an opening comma and lower-case words ("Calloway, a nurse at the " + "General Hospital").
 * A second comma closes the description ("Calloway, a nurse, met Lopez"): Lopez stands alone.
 */
function hostOf(text: string, earlier: readonly NameMention[], start: number): number | null {
  const k = earlier.length - 1;
  const prev = earlier[k];
  if (!prev) return null;
  const gap = text.slice(prev.end, start);
  if (gap.length > 160 || /[.!?;:"“”\n]/.test(gap.replace(/\d:\d/g, ''))) return null;
  if (/^,\s*(?:an?\s|the\s|\p{Ll})[^,]*$/u.test(gap) && /\p{Ll}{3}/u.test(gap)) return prev.host ?? k;
  // Another name inside the same description ("a nurse with Lopez at the General Hospital").
  return prev.host !== null && !gap.includes(',') ? prev.host : null;
}
