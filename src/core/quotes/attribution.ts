/**
 * Finds who a quote is attributed to from the words around it, within its sentence:
 *   "A," Okafor said.            "A," said Ruth Alder, the mayor.       "A." ― Ana Diaz
 *   Okafor told reporters: "A."  Okafor said in a statement that "A."   according to Okafor, "A."
 *   The mayor said the plan would "cost too much" (a mixed quote: the sentence's speaker).
 * Returns the raw speaker phrase; pronouns and surnames are resolved later.
 */
import { ANY_ATTRIBUTION_VERB, SPEECH_VERB } from './speech-verbs.js';
import { STOPWORDS } from '../text/stopwords.js';
import { type Attribution, found, isGroupName } from './speaker-phrase.js';
import { sentenceSubject } from './sentence-subject.js';
import { BLAMED_FOR, BY_AFTER, INVERTING_VERB, OPENING_CLAUSE, PASSIVE_AGENT, PASSIVE_BEFORE, RELATIVE_SUBJECT, SUBJECT_OF_INNER_CLAUSE, SUBJECT_OF_OPENING_CLAUSE, SUBJECT_OF_PARTICIPLE, SUBORDINATE_SUBJECT, CAUSED_TO } from './clause-shapes.js';
import { dropBrackets, isAppositiveRole, isLeadingRole, isProperName, leadingPhrase, trailingPhrase, withoutLowerTitles } from './cue-phrases.js';
import { claimContentOwner, possessiveClaim } from './claim-owners.js';
import { invertedPastCue } from './inverted-cue.js';

export { ownerOfQuotedLabel } from './claim-owners.js';

export type { Attribution };

/** Word edges that know accented letters ("explicó", "a expliqué"): `\b` in JS is ASCII-only. */
const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';
const VERB_NEAR_START = new RegExp(`^[\\s,.!?;:]*(?:([^"“”.!?;:]{0,90}?)\\s+)?(?:\\p{Ll}+ly\\s+)?(${SPEECH_VERB})${WORD_END}`, 'u');
const DASH_NAME = /^\s*[―—–-]+\s*((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})/u;
const ACCORDING_AFTER = /^[^.!?"“”]{0,120}?\baccording\s+to\s+([^,.;:"“”]{2,80})/iu;
/** "according to X," (or "in the words of X,") anywhere in the sentence before the quote. */
const ACCORDING_BEFORE = /(?:according\s+to|in\s+the\s+words\s+of)\s+([^,.;:"“”]{2,140}?)\s*(?:[,:]|$)/iu;
const VERB_BEFORE_ACCORDING = new RegExp(`${WORD_START}(?:${SPEECH_VERB})${WORD_END}`, 'u');
const VERB_GLOBAL = new RegExp(`${WORD_START}(${SPEECH_VERB})${WORD_END}`, 'gu');
const ANY_VERB_GLOBAL = new RegExp(`${WORD_START}(${ANY_ATTRIBUTION_VERB})${WORD_END}`, 'gu');

/** After a named speaker and appositive: the cue's clause ends there (the pattern of attributionAfter's check). */
const ENDS_HERE = /^\s*(?:[,.;:]|$|\s*(?:on|in|at|to)\b|\s*(?:reporters|the\s+\p{L}+|\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*)\s*[,.;:])/u;

/** The attribution in the words after a quote's closing mark (`after` starts at the mark). */
export function attributionAfter(after: string, offset: number, quoteEndsSentence: boolean, quoteEndsInPunctuation = true): Attribution | null {
  const dash = DASH_NAME.exec(after);
  if (dash) return found(dash[1]!, null, offset, 2);
  const by = BY_AFTER.exec(after);
  const agent = by ? found(by[1]!, null, offset + by.index, 2) : null;
  if (agent?.kind === 'name') return agent;
  const acc = ACCORDING_AFTER.exec(after);
  // `"...armada." According to X, "..."` : a new sentence's cue belongs to the next quote.
  // `"Bobby!" at a conference, according to X`: a lower-case word after the quote continues its sentence.
  // `," Smith said, according to the Planet`: the verb's own subject speaks; the paper reports it.
  const verbFirst = acc ? VERB_BEFORE_ACCORDING.test(acc[0].slice(0, acc[0].search(/\baccording\b/i))) : false;
  if (acc && !verbFirst && (!quoteEndsSentence || /^[\s,]*\p{Ll}/u.test(after))) {
    const a = usable(found(acc[1]!, null, offset + acc.index, 2));
    if (a) return a;
  }
  // `"absolutely right" when he said` runs on: only `," X said` / `." X said` is a cue.
  if (!quoteEndsInPunctuation && !/^\s*[,.!?…—–-]/.test(after)) return null;
  // `," Malkia Cyril, the director of X and who is also in the film, told the paper.`: a name and a
  // long appositive before the verb (too long for the usual window).
  const named = NAME_APPOSITIVE_VERB.exec(after);
  if (named && (!quoteEndsSentence || ENDS_HERE.test(after.slice(named.index + named[0].length)))) return usable(found(named[1]!, isAppositiveRole(named[2]!) ? cutRelative(named[2]!) : null, offset + after.indexOf(named[1]!), 2));
  // `"...a success." Park disagreed, calling it ...`: after a full stop, a name and a verb going on
  // past a comma start a new sentence; only a verb that ends it ("Vitter exclaimed.") is a cue.
  const pastTense = PAST_TENSE_CUE.exec(after);
  const generic = (pastTense && quoteEndsSentence && !/\.\s*$/.test(pastTense[0]) ? null : pastTense) ?? (quoteEndsSentence ? null : PAST_TENSE_CUE_WHEN.exec(after));
  if (generic) return found(generic[1]!, null, offset + after.indexOf(generic[1]!), 2);
  const m = VERB_NEAR_START.exec(after);
  if (!m) return invertedPastCue(after, offset);
  const subject = (m[1] ?? '').trim();
  // `," compared to 11% of Democratic claims`: a noun, not a verb of saying.
  // (`," the ad's narrator asks.` -- a verb when the clause ends on it.)
  const endsOnVerb = /^\s*(?:[.,;:!?]|$)/.test(after.slice(m.index + m[0].length));
  if (subject && !endsOnVerb && !isVerbHere(m[2]!, after.slice(0, m.index + m[0].length - m[2]!.length))) return null;
  const verbEnd = m.index + m[0].length;
  const rest = after.slice(verbEnd);
  // `"We won." Smith said the count...` starts a new sentence about something else.
  // (`"Is it over?" Dunn asked Helen Park.` ends on its listener: still the cue.)
  // (`"...!" Park wrote back to them that the fee ...`: a phrase then "that" opens the new sentence's own content.)
  if (quoteEndsSentence && /^\s*\p{Lu}/u.test(after) && (!/^\s*(?:[,.;:]|$|\s+(?:on|in|at|to)\b)/u.test(rest) || NEW_CONTENT.test(rest)) && !LISTENER_ENDS_SENTENCE.test(rest) && subject) {
    return null;
  }
  if (subject) {
    // `," as a Homeland Security memo put it.`: "as ... put it" names a source too.
    const asPut = /^as\s+(.+)$/i.exec(subject);
    // (`, as Vance's campaign manager suggested after ...`: any verb of saying but a participle.)
    if (asPut && !/ing$/.test(m[2]!)) {
      return usable(found(asPut[1]!, null, offset + after.indexOf(asPut[1]!), 2));
    }
    if (SUBORDINATOR.test(subject)) return null;
    // `," the mayor's niece, Councillor Rosa Delgado, shouted`: the description first, then the name.
    const roleFirst = /^([^,]{3,80}),\s*([^,]{3,60}?),?\s*$/u.exec(dropBrackets(subject));
    const roleName = roleFirst ? withoutLowerTitles(roleFirst[2]!) : '';
    if (roleFirst && isLeadingRole(roleFirst[1]!) && isProperName(roleName)) {
      return usable(found(roleName, roleFirst[1]!.trim(), offset + after.indexOf(subject), 2));
    }
    // "Smith, the mayor," -- an appositive only counts between the name and the verb.
    const lead = leadingPhrase(`${subject},`, true);
    return usable(found(lead.phrase || subject, lead.appositive, offset + after.indexOf(subject), 2));
  }
  // `," adding that ...` continues an earlier cue; it names nobody.
  if (/^(?:adding|saying|noting|arguing|explaining|telling|writing|asking|warning)$/.test(m[2]!)) return null;
  // `," said the port's chief engineer, Ines Duarte.`: the description first, then the name.
  const described = /^\s*((?:the|a|an|l['’]|la|le|el|(?:\p{Lu}[\p{L}.\u2024-]*\s+){0,3}\p{Lu}[\p{L}.\u2024-]*['’]s\s)\s*[^,.;:!?"“”]{2,80}),\s*((?:\p{Lu}[\p{L}'’\u2024-]*\s+){0,3}\p{Lu}[\p{L}'’\u2024-]*)\s*(?:[,.;]|$)/iu.exec(dropBrackets(rest));
  if (described && isProperName(described[2]!)) {
    return usable(found(described[2]!, described[1]!.trim().replace(/^(?:the|a|an)\s+/i, ''), offset + verbEnd + rest.indexOf(described[2]!), 2));
  }
  const obj = leadingPhrase(rest);
  return usable(found(obj.phrase, obj.appositive, offset + verbEnd, 2));
}

const NAME_APPOSITIVE_VERB = new RegExp(`^[\\s,]*((?:\\p{Lu}[\\p{L}'’\\-\u2024]*\\s+){1,3}\\p{Lu}[\\p{L}'’\\-\u2024]*),\\s*([^"“”.!?;:]{3,220}?),\\s*(?:\\p{Ll}+ly\\s+)?(?:${SPEECH_VERB})${WORD_END}`, 'u');
/** A verb's object (or an adverb) that ends the sentence: "reporters", "the crowd", "Helen Park", "rhetorically". */
const LISTENER_ENDS_SENTENCE = /^\s+(?:reporters|\p{Ll}+ly|the\s+\p{Ll}+|\p{Lu}[\p{L}'’.\u2024-]*(?:\s+\p{Lu}[\p{L}'’.\u2024-]*){0,3})\s*\.(?:\s|$)/u;
/** A short phrase, then "that" and a clause: `back to them that the fee`, `in a memo that the plan`. */
const NEW_CONTENT = /^\s+(?:on|in|at|to)\s[^.,;:!?"“”]{1,40}?\sthat\s/u;
const cutRelative = (s: string) => s.split(/\s+(?:and\s+)?(?:who|whom|whose|which|that)\b/u)[0]!.trim();

const SUBORDINATOR = /^(?:when|while|as|after|before|because|since|if|though|although|that|which|who|where|and|but|or|so)\b/i;
/** `," Vitter demanded.` -- a name and any past-tense verb, then the sentence ends. */
const PAST_TENSE_CUE = /^[\s,.!?]*((?:\p{Lu}[\p{L}'’\-\u2024]*\s+){0,3}\p{Lu}[\p{L}'’\-\u2024]*)\s+\p{Ll}+ed\s*[.,;]/u;
/**
 * `," Vitter countered Tuesday.` / `," Vitter bristled on Twitter.`: the same after a quote ending
 * in a comma, with a time or a short place phrase before the full stop (the comma hands the
 * sentence over to the cue; after a full stop a new sentence may start with a name and a verb).
 */
const PAST_TENSE_CUE_WHEN = /^\s*,?\s*((?:\p{Lu}[\p{L}'’\-\u2024]*\s+){0,3}\p{Lu}[\p{L}'’\-\u2024]*)\s+\p{Ll}+ed(?:\s+back)?(?:\s+(?:on|in|at|to|during|via|from)\s+[^.,;:!?"“”]{1,50}?|\s+(?:today|yesterday|later|again|\p{Lu}\p{Ll}+day(?:\s+(?:morning|afternoon|evening|night))?|last\s+\p{Ll}+|this\s+\p{Ll}+))?\s*[.,;]/u;

/** A cue naming no one usable ("the country", "its market") is no cue at all. */
function usable(a: Attribution | null): Attribution | null {
  if (!a) return null;
  if (a.kind === 'nominal' && (STOPWORDS.has(a.value) || /ing$/.test(a.value))) return null;
  return a;
}

/** The attribution in the words before a quote's opening mark (`before` ends at the mark). */
export function attributionBefore(before: string, offset: number): Attribution | null {
  const acc = ACCORDING_BEFORE.exec(before);
  const viaAccording = acc ? usable(found(acc[1]!, null, offset + acc.index, 2)) : null;
  // `According to a transcript, Vance told donors the deal was "..."`: a document is the source
  // only when no named person speaks in the sentence. A named source stays the source of what a
  // person is reported to have said ("According to Yahoo News, spokesman X said ... "..."": the
  // outer attribution, as annotated corpora such as PolNeAR record it).
  if (viaAccording?.kind === 'name' || viaAccording?.kind === 'pronoun') return viaAccording;
  const caused = CAUSED_TO.exec(before);
  const causedSpeaker = caused ? usable(found(caused[1]!, null, offset + caused.index + caused[0].indexOf(caused[1]!), 1)) : null;
  if (causedSpeaker?.kind === 'name') return causedSpeaker;
  const near = verbInSentence(before, offset, VERB_GLOBAL, 90, 2);
  // `Hale responded to Barrow's claim that he was "unfit"`: the quote is the content of a claim
  // named after the verb, and the claim's owner said it.
  const owner = claimContentOwner(before, offset);
  if (owner && (!near || owner.at > near.at)) return owner;
  const far = verbInSentence(before, offset, ANY_VERB_GLOBAL, 260, 1);
  // `Park praised the deal, while Vance called it "a scam"`: a later clause with a subject of its
  // own (found only with the labelling verbs) speaks the quote, not the first clause's speaker.
  if (near?.kind === 'name' && far?.kind === 'name' && far.at > near.at) return far;
  if (near?.kind === 'name') return near;
  // `Audience members laughed when he told them "..."`: a group is never the "he" or "she" nearer.
  const heOrShe = near?.kind === 'pronoun' && (near.value === 'he' || near.value === 'she');
  if (far?.kind === 'name' && !(heOrShe && isGroupName(far.value))) return far;
  return viaAccording ?? near ?? far ?? possessiveClaim(before, offset);
}

/** `When Vance called her "a liar," Park laughed`: the opening clause's speaker, not the main clause's. */
export function openingClauseSpeaker(before: string, offset: number): Attribution | null {
  const opening = SUBJECT_OF_OPENING_CLAUSE.exec(before);
  const inner = opening ? null : SUBJECT_OF_INNER_CLAUSE.exec(before);
  const m = opening ?? inner;
  if (!m) return null;
  // Inside the sentence, only the clause's own words count ("Park said that, as Vance ...": Vance).
  const cue = attributionBefore(inner ? before.slice(inner.index) : before, offset + (inner?.index ?? 0));
  if (cue?.kind === 'name') return cue;
  const subject = found(m[1]!, null, offset + m.index + m[0].indexOf(m[1]!), 1);
  return subject?.kind === 'name' ? subject : null;
}

/** Speech verbs that are also plural nouns ("late-night tweets", "Obama's remarks"). */
const NOUN_LIKE = /^(?:tweets|posts|reports|claims|notes|states|asks|remarks|questions|answers|promises|vows|pledges|demands|charges|continues|writes|tells|says)$/;

/** A noun-like verb is a verb only after a name or a pronoun: "Trump tweets", not "his tweets". */
function isVerbHere(verb: string, rawHead: string): boolean {
  if (!NOUN_LIKE.test(verb)) return true;
  // "Rep. Gwen Moore (D-Wis.) says": a party tag between the name and the verb.
  const head = dropBrackets(rawHead);
  // "Clinton, at a later press gaggle, says,": an aside after a name; "says" and "writes" are no nouns.
  if (/^(?:says|writes|tells)$/.test(verb) && /\p{Lu}[^,]*,[^,]+,\s*$/u.test(head)) return true;
  const m = /(?:(\S+)\s+)?(\S+)\s*$/.exec(head);
  const prev = m?.[2] ?? '';
  // "The commission says", "the statement says": a determiner and a noun, then a verb that is no noun.
  // So is "the FDA says", "the Pentagon writes": these three are never plural nouns after a name.
  if (/^(?:says|writes|tells)$/.test(verb) && /^(?:the|a|an|this|that|its|his|her|their)$/i.test(m?.[1] ?? '') && !/['’]s?$/.test(prev)) return true;
  // "22% of Republican claims", "the Trump tweets": a capitalised word after a determiner,
  // a preposition or a number modifies the noun.
  if (/^(?:of|the|a|an|his|her|their|its|our|some|many|most|all|these|those|\d[\d.,]*%?)$/i.test(m?.[1] ?? '')) return false;
  return /^(?:he|she|it|they|who)$/i.test(prev) || (/^\p{Lu}/u.test(prev) && !/['’]s?$/.test(prev));
}

function verbInSentence(before: string, offset: number, verbs: RegExp, maxTail: number, strength: 1 | 2): Attribution | null {
  const all = [...before.matchAll(verbs)];
  // The first speaker of the sentence owns what follows: in "Trump said that Clinton described
  // it as "the gold standard"" and "X said ... and stressed that", the quote is Trump's, X's.
  // A name beats a pronoun ("While he agreed, Ham noted"), a pronoun beats a nominal.
  // A later clause with a speaker of its own takes over ("Barrow said ..., but Hale said "...").
  let pronoun: Attribution | null = null;
  let nominal: Attribution | null = null;
  let named: Attribution | null = null;
  for (const verb of all) {
    const tail = before.slice(verb.index + verb[0].length);
    if (tail.length > maxTail) continue;
    const head = before.slice(0, verb.index);
    if (!isVerbHere(verb[0], head)) continue;
    // "Alder met the crews and declared that ...": a verb sharing the sentence's subject, which
    // speaks unless a speaker was named already (as weak as a bare subject: "Preys on ..." opens
    // a list of verbs with no subject, a word the article writes once).
    if (COORDINATED.test(head)) {
      // (Not inside a relative clause: "a refugee who feared reprisals and asked ...".)
      const shared: Attribution | null = named || IN_RELATIVE_RUN.test(head) ? null : sentenceSubject(head, offset);
      if (shared) named = shared;
      continue;
    }
    // "Reed, a professor at Lindton University who has advised Park, said": a verb inside a
    // relative clause with no comma before "who" is not the sentence's; its main verb comes later.
    if (IN_RELATIVE_CLAUSE.test(head) && !RELATIVE_SUBJECT.test(head) && all.some((v) => v.index > verb.index)) continue;
    // "Park mocked Vance for calling it ...": the one blamed for the words said them.
    const blamed = /ing$/.test(verb[0]) && /\b(?:for|of|as)\s+$/.test(head) ? BLAMED_FOR.exec(head) : null;
    const blamedName = blamed ? blamed[1] ?? blamed[2]! : '';
    const culprit = blamed ? usable(found(blamedName, null, offset + blamed.index + blamed[0].indexOf(blamedName), strength)) : null;
    if (culprit?.kind === 'name') return culprit;
    // After the first named speaker, only a new clause's own subject counts, or a relative
    // clause's ("Vance insisted, contradicting Park, who said "..."").
    // A group ("Audience members laughed when he told them") stays open to a later "he" or "she".
    // "Park tweeted after Vance argued that "..."": a clause of time or cause with its own named
    // subject is that subject's.
    if (named && !isGroupName(named.value) && !IN_NEW_CLAUSE.test(head) && !RELATIVE_SUBJECT.test(head) && !SUBORDINATE_SUBJECT.test(head)) continue;
    // "When Park asked about it, Vance said ...": a verb of an opening clause closed before the quote.
    const later = all.find((v) => v.index > verb.index);
    if (later && OPENING_CLAUSE.test(head) && /[,―—–]/.test(before.slice(verb.index, later.index))) continue;
    // "Park was urged by Vance to ...": a passive verb's speaker is its agent; without one, nobody.
    if (!/ing$/.test(verb[0]) && PASSIVE_BEFORE.test(head)) {
      const agent = PASSIVE_AGENT.exec(tail);
      const a = agent ? usable(found(agent[1]!, null, offset + verb.index + verb[0].length + agent.index, strength)) : null;
      if (a?.kind === 'name') return a;
      continue;
    }
    // "Trump expressed optimism, telling reporters that ...": the main clause's subject speaks;
    // "Vance sent a letter to Park saying ...": without the comma too, when the sentence opens on a name.
    if (/ing$/.test(verb[0])) {
      const own = SUBJECT_OF_PARTICIPLE.exec(head);
      const participleSubject = own ? usable(found(own[1]!, null, offset + own.index + own[0].indexOf(own[1]!), strength)) : null;
      if (participleSubject?.kind === 'name') return participleSubject;
      const main = sentenceSubject(head, offset);
      // As sure as the verb: the participle is a cue of its own, not a bare sentence subject.
      if (main && (/,\s*$/.test(head) || (main.kind === 'name' && !/\b(?:is|are|was|were|be|been|am)\s+$/.test(head)))) return { ...main, strength };
    }
    const subj = trailingPhrase(head);
    // `at` is the verb: the subject (a name or "he") stands right before it.
    let a = subj.phrase ? usable(found(subj.phrase, subj.appositive, offset + verb.index, strength)) : null;
    // "criticism from Derek Vance, who called it": the relative pronoun stands for the name before it.
    const antecedent = a ? null : RELATIVE_SUBJECT.exec(head);
    if (antecedent) a = usable(found(antecedent[1]!, null, offset + verb.index, strength));
    if (!a && INVERTING_VERB.test(verb[0])) {
      // "Said Okafor: " -- a name right after the verb, then the quote.
      // (Not a clause: "said Vance has pushed the mayor to be a" names Vance as its subject.)
      const obj = INVERTED_NAME.exec(tail);
      const viaObject = obj ? usable(found(obj[1]!, null, offset + verb.index + verb[0].length, strength)) : null;
      if (viaObject?.kind === 'name') a = viaObject;
    }
    // The first name, or (past the gate above) a new clause's subject.
    if (a?.kind === 'name') {
      named = a;
      continue;
    }
    if (named && a?.kind === 'pronoun' && (a.value === 'he' || a.value === 'she') && isGroupName(named.value)) {
      named = null;
      pronoun = a;
      continue;
    }
    if (named) continue;
    if (a?.kind === 'pronoun') pronoun ??= a;
    if (a?.kind === 'nominal') nominal ??= a;
  }
  return named ?? pronoun ?? nominal;
}

/**
 * A verb sharing the subject of an earlier one: "and said", "but now said", "then later added"
 * (what follows it is the quote or its object, never its subject).
 */
const COORDINATED = /\b(?:and|but|or|then)(?:\s+(?:now|also|later|then|still|again|instead|\p{Ll}+ly))?\s*$/iu;

/** After an inverting verb: a name (titles, "the", "of" allowed) and a colon or comma, up to the quote. */
const INVERTED_NAME = /^\s*((?:(?:the|of|for|and|\p{Lu}[\p{L}'’.\u2024-]*)\s+){0,5}\p{Lu}[\p{L}'’.\u2024-]*)\s*[:,]?\s*$/u;

/** A relative clause still open: "who" / "which" / "that" with no comma or stop after it. */
const IN_RELATIVE_RUN = /\b(?:who|which|that)\s[^,;:.!?]*$/u;

/** Right after "who" / "that" / "which" (and an auxiliary or an adverb): a relative clause's verb. */
const IN_RELATIVE_CLAUSE = /\b(?:who|that|which)\s+(?:(?:has|have|had|also|once|previously|repeatedly|\p{Ll}+ly)\s+){0,2}$/u;

/** The verb stands in such a clause: its boundary, then words without a comma up to the verb. */
const IN_NEW_CLAUSE = /(?:[,;]\s*(?:but|while|whereas|yet|and|though|although)\s[^,;]*|;[^,;]*)$/i;
