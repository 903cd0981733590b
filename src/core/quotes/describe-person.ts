/**
 * Speakers named by a description: "the former first lady said", "the senator added", "the
 * company's chief executive said". A definite description of a role points back at the person
 * the article gave that role to before (a title in front of the name, or an appositive after it):
 * simple coreference from roles already found, nearest first.
 */
import type { Gender } from '../text/first-names.js';
import { TITLE_ABBREVIATION_MEANING } from '../text/name-words.js';
import type { NameLookup } from './name-lookup.js';
import { ROLE_NOUNS, TITLE_WORDS } from './titles.js';

/** "the ...", "his ...", "Obama's ...": a description of one known person, not "a source". */
const DEFINITE = /^(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|\p{Lu}[\p{L}.\u2024-]*['’]s?)\s/u;
/** Words of a description that say nothing about which role: determiners and time qualifiers. */
const EMPTY_WORDS = /^(?:the|a|an|his|her|its|their|former|then|current|new|longtime|long-time|veteran|outgoing|incoming|\p{Lu}[\p{L}.\u2024-]*['’]s?)$/u;
/** Role heads that give the gender away. */
const FEMALE_HEADS = /^(?:lady|woman|spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|queen|princess|mother|daughter|wife|sister|widow|actress|grandmother|granddaughter|niece|aunt|girlfriend|fiancee|stepdaughter|stepmother|duchess|empress|waitress|mrs|ms)$/;
const MALE_HEADS = /^(?:man|spokesman|chairman|congressman|councilman|businessman|king|prince|father|son|husband|brother|widower|actor|grandfather|grandson|nephew|uncle|boyfriend|fiance|stepson|stepfather|duke|emperor|mr)$/;
/** Heads that stand for one person; "official" or "source" stand for anyone in a crowd. */
const NOT_ONE_PERSON = /^(?:official|officials|source|sources|spokesperson|spokesman|spokeswoman|aide|aides|adviser|advisers|expert|experts|analyst|analysts|critic|critics|resident|residents|witness|witnesses|member|members)$/;

/** " sen ruth " -> " senator ruth ": a title as words, dotted abbreviations spelled out, padded for word search. */
function spelledOut(title: string): string {
  const words = title.toLowerCase().replace(/[.\u2024]/g, '').replace(/[^\p{L}\s-]+/gu, ' ').split(/\s+/);
  return ` ${words.map((w) => TITLE_ABBREVIATION_MEANING[w] ?? w).join(' ')} `;
}

export interface DescribedSpeaker {
  name: string;
  /** The description, as a role for the card. */
  role: string;
}

export function descriptionGender(head: string): Gender {
  const h = head.toLowerCase();
  if (FEMALE_HEADS.test(h)) return 'female';
  if (MALE_HEADS.test(h)) return 'male';
  return null;
}

/** The role words that must match: "former first lady" -> ["first", "lady"]. */
function roleWords(description: string): string[] {
  return description.toLowerCase().split(/\s+/).filter((w) => !EMPTY_WORDS.test(w) && !/['’]s?$/.test(w));
}

/** "the 62-year-old", "the 34-year-old mother": news names a person by age once it has named them. */
const AGE_HEAD = /^\d{1,3}-year-old$/;
/**
 * Heads of political and public-life descriptions that are no job title: "the Illinois
 * Democrat", "the Democratic hopeful", "the GOP standard-bearer", "the former reality TV star".
 */
const PUBLIC_LIFE_HEADS = /^(?:democrat|republican|independent|libertarian|hopeful|standard-bearer|front-?runner|contender|politician|developer|star|host|anchor|commentator|pundit|columnist|comedian|native|businessman-turned-politician)$/;

export function isPersonDescription(description: string, head: string): boolean {
  const h = head.toLowerCase();
  return DEFINITE.test(`${description} `) && (ROLE_NOUNS.has(h) || TITLE_WORDS.has(h) || !!descriptionGender(h) || AGE_HEAD.test(h) || PUBLIC_LIFE_HEADS.test(h)) && !NOT_ONE_PERSON.test(h);
}

/**
 * The person a definite description stands for: the nearest earlier person whose title or
 * appositive holds the description's role words ("first lady", "chief executive", "senator").
 */
export function resolveDescription(description: string, head: string, at: number, lookup: NameLookup): DescribedSpeaker | null {
  if (!isPersonDescription(description, head)) return null;
  const wanted = roleWords(description);
  if (!wanted.length) return null;
  const gender = descriptionGender(head.toLowerCase());
  const role = description.replace(/^(?:the|his|her|its|their)\s+/i, '');
  // Every role word first ("first lady"), then the head alone ("the Vermont senator" -> a senator).
  for (const words of [wanted, [head.toLowerCase()]]) {
    for (let k = lookup.indexAt(at) - 1; k >= 0; k--) {
      const n = lookup.names[k]!;
      if (n.isOrganization || !n.title) continue;
      const title = spelledOut(n.title);
      if (!words.every((w) => title.includes(` ${w} `))) continue;
      const name = n.name.includes(' ') ? n.name : lookup.expandBefore(n.name, at) ?? n.name;
      const g = lookup.gender(name) ?? n.gender;
      if (gender && g && g !== gender) continue;
      return { name, role };
    }
  }
  return null;
}

/** How far back a description with no holder of its role may reach for its person, in characters. */
const SALIENT_REACH = 700;
/** Role words that say which job somebody has (not "former", "Republican", "U.S."). */
const roleHeads = (title: string) => spelledOut(title).trim().split(' ').filter((w) => ROLE_NOUNS.has(w) || (TITLE_WORDS.has(w) && !EMPTY_TITLE.test(w)));
const EMPTY_TITLE = /^(?:the|of|former|first|u\.s\.|us|democratic|republican|gop|house|senate|state|foreign|deputy|acting|special|vice|prime|supreme|chief|senior|general|mr|mrs|ms|mx|dr|sir|dame|lord|lady)$/;

/**
 * `Derek Vance toured the plant. "...," the senator said`: a definite description whose role no
 * earlier person holds stands for the person the text is about just before it: the nearest
 * person (the subject of that name's sentence first) of a compatible gender and with no other
 * role. "a senator", "officials" and "Obama's former strategist" name somebody else.
 */
export function salientDescribed(description: string, head: string, at: number, lookup: NameLookup): DescribedSpeaker | null {
  if (!/^the\s/i.test(description) || !isPersonDescription(description, head)) return null;
  const h = head.toLowerCase();
  const gender = descriptionGender(h);
  const { names } = lookup;
  for (let k = lookup.indexAt(at) - 1; k >= 0 && at - names[k]!.start < SALIENT_REACH; k--) {
    // Before the cue's verb, the description itself ends at `at`: "New York" in "the former
    // senator from New York said" is part of it, not the person it stands for.
    if (names[k]!.start >= at - description.length - 1 && description.includes(names[k]!.name)) continue;
    const subject = typeof names[k]!.subject === 'number' ? names[names[k]!.subject as number]! : null;
    // The subject of the name's sentence first ("Alder met Brandt. The mayor said": Alder), then
    // the name: as the subject of its own sentence, or known as a man or a woman ("in Fort Wayne" is nobody).
    for (const n of subject ? [subject, names[k]!] : [names[k]!]) {
      if (n.isOrganization || n.host !== null || n.modifier) continue;
      const name = n.name.includes(' ') ? n.name : lookup.expandBefore(n.name, at) ?? n.name;
      const g = lookup.gender(name) ?? n.gender;
      if (!name.includes(' ') || (!g && (n.subject !== null || n === names[k] && !!subject))) continue;
      if (gender && g !== gender) continue;
      // "Sen. Durbin ... the Illinois Democrat": a party or a public-life head is no job, so the
      // person's own title does not rule them out.
      const heads = roleHeads(lookup.title(name) ?? n.title ?? '');
      if (heads.length && !heads.includes(h) && !PUBLIC_LIFE_HEADS.test(h)) continue;
      return { name, role: description.replace(/^the\s+/i, '') };
    }
  }
  return null;
}
