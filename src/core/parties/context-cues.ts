/**
 * What the words right around a name say it is, before any lexicon: "the Long Bank, a shallow
 * ridge" is a place; "the 2024 Kestrel Sierra" and "Sierra pickups" are products, no party.
 */
import type { Verdict } from './classify.js';
import { isOrgWord } from './lexicon.js';
import type { NameRun } from './name-runs.js';

/** Nouns of geography that, as an appositive, make the name before them a place. */
const PLACE_APPOSITIVE = /^,\s*(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:ridge|reef|river|lake|valley|island|islet|bay|hill|mountain|peninsula|strait|sandbank|shoal|headland|cape|town|village|city|district|neighbourhood|neighborhood|suburb|region|province|county|harbour|harbor|port|estuary|forest|park|desert|plateau|coast)(?=\s*(?:[,.;:)]|$)|\s+(?:of|in|on|off|near|where|that|which|between|along|at|(?:north|south)?(?:east|west)?(?:ern)?)\b)/u;
/** A model year right before the name: "the 2024 Kestrel Sierra". */
const MODEL_YEAR_BEFORE = /\b(?:19|20)\d\d\s+$/;
/** Vehicle and device nouns right after the name: "Sierra pickups", "Kestrel Sierra SUV". */
const PRODUCT_AFTER = /^\s+(?:SUVs?|sedans?|pickups?|trucks?|vehicles?|models?|hatchbacks?|minivans?|crossovers?|coupes?|EVs?|vans?|cars?|jets?|aircraft|airliners?|smartphones?|phones?|laptops?|tablets?|consoles?)\b/u;

/** The verdict the context forces, or undefined when it says nothing. */
export function contextVerdict(text: string, run: NameRun): Verdict | undefined {
  if (run.honorific || run.title) return undefined;
  if (PLACE_APPOSITIVE.test(text.slice(run.end, run.end + 80))) return 'place';
  // "the 2027 Carrow Football League draft": a year before a body's name dates its event, not a model.
  if (MODEL_YEAR_BEFORE.test(text.slice(Math.max(0, run.start - 6), run.start)) && !isOrgWord(run.tokens[run.tokens.length - 1]!.text)) return null;
  if (PRODUCT_AFTER.test(text.slice(run.end, run.end + 14))) return null;
  return undefined;
}
