/**
 * Sentence shapes that move the speaker away from the words right before the verb:
 * "X, who called it", "Critics, including X,", "was urged by X to", "X mocked Y for calling it",
 * "When Y asked, X said". Patterns only; attribution.ts applies them.
 */

/** "Critics, including X,": the one named member of a group. */
export const GROUP_MEMBER = /^\s*(?:including|among them|such as|notably|led by)\s+((?:\p{Lu}[\p{L}'’\-\u2024.]*\s+){0,3}\p{Lu}[\p{L}'’\-\u2024]*)\s*$/u;

/**
 * `mocked Vance for ` / `accused Vance of ` right before an -ing verb of saying: Vance said it.
 * `The Times quoted Vance as ` saying: Vance too.
 */
export const BLAMED_FOR = /\b(?:(?:criticized|criticised|mocked|blasted|slammed|attacked|praised|thanked|faulted|accused|chided|scolded|ridiculed|lambasted|applauded|commended|rebuked|condemned|denounced|hit|knocked|needled|taunted|teased|blamed)\s+((?:\p{Lu}[\p{L}'’\-\u2024.]*\s+){0,3}\p{Lu}[\p{L}'’\-\u2024]*)\s+(?:for|of)|(?:quoted|quotes|cited|cites)\s+((?:\p{Lu}[\p{L}'’\-\u2024.]*\s+){0,3}\p{Lu}[\p{L}'’\-\u2024]*)\s+as)\s+$/u;

/**
 * `despite Vance calling her `, `with Park saying `: a name right after a preposition and right
 * before an -ing verb of saying is that verb's own subject, not the sentence's subject.
 */
export const SUBJECT_OF_PARTICIPLE = /\b(?:despite|with|without|amid|following|after|before)\s+((?:\p{Lu}[\p{L}'’\-\u2024.]*\s+){0,3}\p{Lu}[\p{L}'’\-\u2024]*)\s+(?:\p{Ll}+ly\s+)?$/u;

/** A subordinate clause opening the sentence, not yet closed by a comma, up to the verb. */
export const OPENING_CLAUSE = /^\s*(?:When|Whenever|After|Before|While|Although|Though|Because|Since|Once|Until)\b[^,;―—–]*$/;

/** `was urged `, `had been asked `: the verb after it is a passive participle. */
export const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;

/** The agent of a passive verb: `by Derek Vance` within a few words. */
export const PASSIVE_AGENT = /^\s*(?:as\s+)?(?:[^"“”.!?;:,]{0,40}?\s)?by\s+((?:\p{Lu}[\p{L}'’\-\u2024.]*\s+){0,3}\p{Lu}[\p{L}'’\-\u2024]*)/u;

/** Who makes songs, books and films: `"Title," by the band X` names its maker (not "by the time X"). */
const MAKERS = 'band|group|singer|songwriter|rapper|artist|author|writer|novelist|poet|composer|duo|trio|director|filmmaker|comedian|columnist|playwright|cartoonist';

/** `was called "a scam" by Derek Vance`: "by" and a name right after the closing mark ("by the singer Ana Diaz" too). */
// (`"..." was written by X`, `"..." were the words tweeted by X`: a passive verb of writing first.)
export const BY_AFTER = new RegExp(`^[\\s,]*(?:(?:was|were|is|are|had\\s+been|has\\s+been)\\s+(?:\\p{Ll}+ly\\s+)?(?:written|said|coined|uttered|tweeted|posted|penned|spoken|sung|composed|first\\s+used)\\s+)?by\\s+(?:the\\s+(?:\\p{Ll}+\\s+)?(?:${MAKERS})\\s+)?((?:\\p{Lu}[\\p{L}'’\\-\\u2024.]*\\s+){0,3}\\p{Lu}[\\p{L}'’\\-\\u2024]*)`, 'u');

/** `Name, who (has) ` right before a verb: the relative clause's subject is the name. */
export const RELATIVE_SUBJECT = /((?:\p{Lu}[\p{L}'’\-\u2024.]*\s+){0,3}\p{Lu}[\p{L}'’\-\u2024]*)(?:\s*\([^()]{1,30}\))?,\s*who\s+(?:(?:has|have|had|also|later|then|once|previously|repeatedly|\p{Ll}+ly)\s+){0,2}$/u;

/**
 * Verbs written before their subject ("Said Okafor: "...""). A name after any other verb is its
 * object: `who has called Helen Park "a liar"`, `told Hale:` name the listener, not the speaker.
 */
export const INVERTING_VERB = /^(?:said|says|added|adds|wrote|writes|explained|explains|continued|continues|recalled|recalls|noted|notes|replied|declared|insisted|argued|tweeted|concluded|quipped|joked)$/;

/**
 * `After Vance said "we will win," Park said she disagreed`: a quote inside a subordinate clause
 * that opens the sentence (still open at the quote) is the clause's words; its subject is the
 * name right after the subordinator. The main clause after it speaks for itself.
 */
export const SUBJECT_OF_OPENING_CLAUSE = /^\s*(?:When|Whenever|After|Before|While|Although|Though|Because|Since|Once|Until|As|If)\s+((?:\p{Lu}[\p{L}'’\-\u2024.]*\s+){0,3}\p{Lu}[\p{L}'’\-\u2024]*)\s+(?:\p{Ll}+ly\s+)?\p{Ll}[^,;:"“”―—–]*$/u;

/**
 * The same clause opening inside the sentence: `The crowd cheered, and as Vance went on about
 * "rigged elections," Park said nothing`, `cheered as Vance talked about "..."`. Not the "as" of
 * "such as" or "as well as": `said places such as Lindton and Ferrow "..."` lists examples.
 */
export const SUBJECT_OF_INNER_CLAUSE = /(?:,\s*(?:and|but|yet)\s+|(?<!\b(?:such|well))\s)(?:as|when|whenever|while|after|before|because|since|once|until)\s+((?:\p{Lu}[\p{L}'’\-\u2024.]*\s+){0,3}\p{Lu}[\p{L}'’\-\u2024]*)\s+(?:\p{Ll}+ly\s+)?\p{Ll}[^,;:"“”―—–]*$/u;

/** A subordinator and a name right before a verb: "after Vance ", "when Helen Park " (a clause of time or cause with its own named subject; not "such as" / "as well as"). */
export const SUBORDINATE_SUBJECT = /(?<!\b(?:such|well))\s(?:after|when|whenever|as|before|because|since|once|until|while)\s+(?:\p{Lu}[\p{L}'’\-\u2024.]*\s+){0,3}\p{Lu}[\p{L}'’\-\u2024]*\s+(?:\p{Ll}+ly\s+)?$/u;

/**
 * `All this has led the Latvian journalist Dainis Ivans to fear a "..."`, `prompted Park to call it
 * "..."`: a causative verb's object is the subject of the verb after "to", and says the quote.
 * (Not "urged" or "asked": their subject said the words.)
 */
export const CAUSED_TO = /\b(?:led|leads|leading|prompted|prompts|prompting|caused|causes|causing|forced|forces|forcing|pushed|spurred|inspired|moved|drove|compelled)\s+((?:[\p{L}'’\-\u2024.]+\s+){0,5}?\p{Lu}[\p{L}'’\-\u2024]*)\s+to\s+\p{Ll}+(?:\s+[^"“”.!?;:]{0,60})?\s*$/u;
