/**
 * Which names on an element survive a reload and a redesign-free week: an id or class a person
 * wrote ("newsletter-signup", "promo_box") does; one a build tool generated ("css-1x2y3z",
 * "Card_title__3xYz1", "sc-bdVaJa", "ember412") changes with every deploy or every render.
 * Pure string tests, so they are table-tested without a DOM.
 */

/** Longer names are almost always serialised state or hashes, not a widget's name. */
const MAX_NAME_LENGTH = 40;
/** A word of at least this many letters makes a name read like a word ("box", "ad" does not). */
const MIN_WORD_LETTERS = 3;

/** Prefixes and shapes of CSS-in-JS and bundler output. */
const GENERATED: readonly RegExp[] = [
  /^css-/i, // emotion
  /^(sc|jsx|svelte|astro|tw|styled|emotion|chakra|mui|makeStyles|jss)[-_]/i,
  /__[a-z0-9]{4,}$/i, // CSS modules: Block_element__hash
  /_[a-z0-9]*\d[a-z0-9]*$/i, // name_3xYz1
  /^[a-z]{1,3}-?[A-Za-z0-9]*\d[A-Za-z0-9]*$/, // ember412, r1a2b3, x-3kd9
  /^[a-f0-9]{6,}$/i, // bare hashes
];

/** Classes that describe a moment (hover, open, loaded), not the widget: the rule would miss the next time. */
const STATE_WORDS = /^(is|has|js|ng|v)-|^(active|open|opened|closed|visible|hidden|show|shown|hover|focus|selected|loaded|loading|sticky|fixed|collapsed|expanded|animated|fade|in|out)$/i;

/** "bdVaJa": lower and upper case mixed inside a short token, with no separator: a random id. */
const RANDOM_CASE = /^(?=.*[a-z])(?=.*[A-Z])[A-Za-z]{5,8}$/;

/** Does this id, class or attribute value read like a name a person gave? */
export function isStableName(name: string): boolean {
  if (!name || name.length > MAX_NAME_LENGTH) return false;
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(name)) return false;
  if (/\d{2,}/.test(name)) return false; // counters and hashes carry runs of digits
  if (RANDOM_CASE.test(name) && !/^[A-Z]?[a-z]+([A-Z][a-z]+)+$/.test(name)) return false; // "bdVaJa" yes, "NewsBox" no
  if (GENERATED.some((re) => re.test(name))) return false;
  if (STATE_WORDS.test(name)) return false;
  const words = name.split(/[-_]|(?=[A-Z])/).filter((w) => /^[A-Za-z]+$/.test(w));
  return words.some((w) => w.length >= MIN_WORD_LETTERS);
}

/**
 * Data attributes that name a widget, in order of preference. Other data-* attributes are used
 * too when their value is a stable name, but these are what sites use to label components.
 */
export const PREFERRED_DATA_ATTRIBUTES: readonly string[] = [
  'data-testid', 'data-test', 'data-qa', 'data-component', 'data-module', 'data-widget', 'data-block',
  'data-type', 'data-role', 'data-section', 'data-name', 'data-slot', 'data-ad', 'data-placement',
];

/** Other attributes that name what an element is. */
export const NAMING_ATTRIBUTES: readonly string[] = ['itemprop', 'role'];

/** A data-* attribute name that is itself generated or carries state, not a label. */
export function isStableAttributeName(name: string): boolean {
  if (PREFERRED_DATA_ATTRIBUTES.includes(name) || NAMING_ATTRIBUTES.includes(name)) return true;
  return /^data-[a-z][a-z-]*$/.test(name) && !/(id|uid|key|index|idx|time|stamp|date|ts|state|src|url|href|track|tracking|analytics|gtm|reactid|v-[a-z0-9]+)$/.test(name);
}
