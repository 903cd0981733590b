/**
 * Person, organisation or place, from the words of a name run and its neighbours. Evidence,
 * strongest first: a title or honorific (person), compromise's lexicon for the whole name,
 * organisation and place words inside it, acronyms, given names and surnames, then the
 * sentence around it ("in X" is a place, "X said" a person or a body).
 */
import type { PartyKind } from '../types.js';
import {
  isCountry, isGivenName, isOrgWord, isOrganizationName, isPlaceName, isPlaceWord, isSurname,
} from './lexicon.js';
import type { NameRun } from './name-runs.js';
import { CANONICAL, PLACE_ACRONYMS } from './place-aliases.js';

const PLACE_PREPOSITIONS = /^(?:in|at|near|to|from|across|into|outside|inside|throughout|toward|towards)$/i;
const SPEECH_AFTER = /^(?:said|says|told|added|wrote|asked|argued|insisted|warned|explained)$/;
const ORG_SUFFIX = /^(?:Inc|Corp|Co|Ltd|Plc|LLC|AG|SA|NV|Group|Holdings)\.?$/;
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}s?$/u;

export type Verdict = PartyKind | null;

export function classifyRun(run: NameRun, knownPeople: ReadonlySet<string>): Verdict {
  const words = run.tokens.map((t) => t.text);
  const whole = run.text;
  const lower = whole.toLowerCase();
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (run.honorific || (run.title && words.length >= 1 && !isPlaceName(whole) && !isOrgWord(last))) return 'person';
  if (CANONICAL[lower]) return PLACE_ACRONYMS.has(lower) || isCountry(CANONICAL[lower]!) || /^United (?:States|Kingdom|Arab)/.test(CANONICAL[lower]!) ? 'place' : 'organization';
  if (isOrganizationName(whole)) return 'organization';
  if (isPlaceName(whole)) return 'place';
  if (words.some((w) => isOrgWord(w)) || ORG_SUFFIX.test(last)) return 'organization';
  if (words.length > 1 && (isPlaceWord(first) || isPlaceWord(last))) return 'place';
  if (words.length === 1 && ACRONYM.test(first)) return 'organization';
  if (words.length > 1 && (isGivenName(first) || isSurname(last))) return 'person';
  if (words.length === 1 && knownPeople.has(first)) return 'person';
  const before = run.before?.text ?? '';
  const after = run.after?.text ?? '';
  if (words.length === 1 && PLACE_PREPOSITIONS.test(before) && !SPEECH_AFTER.test(after)) return 'place';
  if (words.length === 1 && isGivenName(first) && !isPlaceName(first)) return 'person';
  if (words.length === 1 && isSurname(first)) return 'person';
  // News names most unknown multi-word runs after people ("Abbas Araghchi").
  if (words.length >= 2 && words.length <= 4 && !words.some((w) => /\d/.test(w))) return 'person';
  if (words.length === 1 && SPEECH_AFTER.test(after)) return 'person';
  return null;
}
