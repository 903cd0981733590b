/**
 * Verbs that introduce what somebody said or wrote. Kept as data: adding a verb should never
 * need a new regex. Inflected forms are listed out because news uses few tenses.
 */
const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'tweeted', 'tweets',
  'posted', 'posts', 'stated', 'states', 'declared', 'declares', 'explained', 'explains', 'noted',
  'notes', 'argued', 'argues', 'insisted', 'insists', 'warned', 'warns', 'claimed', 'claims', 'asked',
  'asks', 'replied', 'replies', 'responded', 'responds', 'continued', 'continues', 'recalled',
  'recalls', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'announced', 'announces',
  'stressed', 'stresses', 'emphasized', 'emphasised', 'urged', 'urges', 'suggested', 'suggests',
  'predicted', 'joked', 'jokes', 'quipped', 'complained', 'complains', 'conceded', 'concedes',
  'remarked', 'observed', 'countered', 'concluded', 'shouted', 'yelled', 'testified', 'wondered',
  'vowed', 'vows', 'promised', 'promises', 'charged', 'alleged', 'maintained', 'contended',
  'contends', 'reported', 'reports', 'confirmed', 'confirms', 'agreed', 'agrees', 'cautioned',
  'boasted', 'boasts', 'bragged', 'lamented', 'mused', 'pleaded', 'recounted', 'repeated',
  'reiterated', 'retorted', 'scoffed', 'snapped', 'thundered', 'exclaimed', 'whispered', 'texted',
  'emailed', 'messaged', 'blogged', 'chanted', 'sang', 'read', 'began', 'begins', 'went on',
  'pointed out', 'points out', 'put it', 'puts it', 'tells', 'telling', 'saying', 'adding',
  'demanded', 'demands', 'sings', 'sang', 'cited', 'cites', 'criticized', 'criticised', 'dismissed',
  'lauded', 'praised', 'mocked', 'accused', 'accuses', 'ruled', 'proclaimed', 'raged', 'fumed',
  'tweeted out', 'wrote in', 'remarks', 'recalls', 'concludes', 'questioned', 'questions', 'answered',
  'blasted', 'slammed', 'attacked', 'hailed', 'touted', 'decried', 'denounced', 'condemned', 'chimed in',
  'scolded', 'lashed out', 'pledged', 'pledges', 'tweeting', 'wrote that', 'stated that', 'called for',
  'writing', 'explaining', 'noting', 'arguing', 'warning', 'asking', 'declaring', 'insisting',
  'asserted', 'asserts', 'speculated', 'interjected', 'fired back', 'shot back', 'hit back', 'pushed back',
  'echoed', 'chided', 'assured', 'opined', 'ventured', 'marveled', 'marvelled', 'griped', 'grumbled',
  'sniped', 'railed', 'gushed', 'deadpanned', 'elaborated', 'clarified', 'reasoned', 'reminded',
  'confided', 'wrote back', 'shrugged', 'sighed', 'laughed', 'counters', 'counseled', 'advised',
  'mentioned', 'commented', 'estimated', 'predicts', 'observes', 'maintains', 'alleges', 'remembered',
  'remembers', 'interrupted', 'interjects', 'exclaims', 'screamed', 'cried', 'pleads', 'begged',
  'implored', 'objected', 'protested', 'retorts', 'summed up', 'inquired', 'wonders', 'recounts',
  'elaborates', 'reiterates', 'emphasizes', 'emphasises', 'testifies', 'answers', 'cautions',
  // "...," comments Olga Brandt of the team" (the inverted present, as press releases write it); "has written".
  'comments', 'written',
];

/**
 * The commonest speech verbs of French, Spanish and German news, for the cue right after a quote
 * ("», a expliqué Hélène Vasseur", "», explicó Oliván", "“, sagte Henrike Vogt").
 */
const OTHER_LANGUAGE_SPEECH_VERBS: readonly string[] = [
  'a dit', 'a déclaré', 'a expliqué', 'a affirmé', 'a ajouté', 'a souligné', 'a indiqué', 'a estimé', 'a assuré',
  'a précisé', 'déclare', 'explique', 'affirme', 'ajoute', 'souligne', 'indique', 'estime', 'assure', 'précise',
  'dijo', 'explicó', 'afirmó', 'añadió', 'señaló', 'aseguró', 'declaró', 'indicó', 'subrayó', 'dice', 'explica', 'afirma', 'asegura',
  'sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'sagten', 'meinte', 'fügte hinzu',
];

/** Verbs that tag a word or two as somebody's ("called it a 'hoax'"), for mixed quotes. */
const LABEL_VERBS: readonly string[] = [
  'called', 'calls', 'calling', 'described', 'describes', 'describing', 'dubbed', 'labeled',
  'labelled', 'branded', 'termed', 'referred to', 'refers to',
  // A study, a poll or a fact-checker gives its verdict: "a report found the program was "poorly run"".
  'found', 'finds', 'rated', 'rates',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const longestFirst = (list: readonly string[]) => [...new Set(list)].sort((a, b) => b.length - a.length);

/** Regex source matching one speech verb (longest first, so "pointed out" beats "pointed"). */
export const SPEECH_VERB = `(?:${longestFirst([...SPEECH_VERBS, ...OTHER_LANGUAGE_SPEECH_VERBS]).map(escape).join('|')})`;
export const ANY_ATTRIBUTION_VERB = `(?:${longestFirst([...SPEECH_VERBS, ...OTHER_LANGUAGE_SPEECH_VERBS, ...LABEL_VERBS]).map(escape).join('|')})`;
