/**
 * A made-up article for the popup's warm-up (analysis-client.ts), written to reach the analysis
 * paths the short passages there do not: a quote led by a colon line, transcript lines, a quote
 * owned by its sentence's subject ("dismissed ... as"), "it called", pronoun and description
 * speakers, demonyms, acronyms, plural possessives, coordinated organisation names, heading-like
 * and credit lines. Found with V8 function coverage: analysing it first leaves few functions of the
 * analysis that a real article's run meets for the first time (and builds the lexicon's lazy
 * word lists). Lines joined with newlines, as an article's paragraphs are.
 */
const LINES = [
  "Ferry service returns to Carrow Bay",
  "",
  "The Norwegian shipping minister, Ingrid Solberg, visited the pier on Monday. The 52-year-old former engineer spoke to workers and local families.",
  "",
  "\"This pier is the town's front door,\" she said. \"We will not close it again.\"",
  "",
  "The Carrow Bay Harbour Authority, which runs the port, condemned what it called \"a careless delay\" by the contractor. The authority's chair, Mr. Peel, wrote in a letter: \"The work is three months late.\"",
  "",
  "Peel's view is that the contractor, Eastham Marine Ltd., has not kept its word. Eastham Marine said in a statement that the storms in February were to blame.",
  "",
  "Solberg told the board:",
  "\"We have the money and we have the plan.\"",
  "",
  "SOLBERG: The timetable starts in June.",
  "PEEL: And the fares?",
  "",
  "The Quinns' shop on Quay Street has been closed since the storm. Marta Quinn, 41, who runs it with her husband, said the year had been hard. \"Nobody came,\" Quinn said. The shopkeeper added that the French and German visitors would return in summer.",
  "",
  "According to the spokeswoman for the authority, the first ferry leaves at 7 a.m. on June 2. \"It is a good day for the bay,\" the spokeswoman said.",
  "",
  "Read more: Ferry fares rise in June",
  "Follow us on Twitter",
  "Photo: Jonas Peel / Harbour Press",
  "",
  "Officials in Oslo and Bergen declined to comment. The European Commission said the strait study would be published in 2026.",
  "",
  "In July, Solberg dismissed the old plan as \"a ferry to nowhere\". Senior Norwegian officials and Hardline Danish critics were not convinced. Long-term plans for the Follow-up study are due in 2027.",
  "",
  "Jonas Peel, a spokesman for the Carrow Bay Harbour Authority (CBHA), said the CBHA board would meet in May. Peel later said the vote was close. The Quinns' neighbours, the Ruizes, agreed; the Ruizes' caf\u00e9 reopened in March.",
  "",
  "Transport Norway said its inspectors had approved the pier. It said the work was \"safe and finished\".",
  "",
  "The Blue Harbour Trust and the Ministry of Trade and Industry backed Northgate Ferries 2000 in its bid, alongside Quay Street Holdings.",
];

export const WARM_UP_ARTICLE = LINES.join('\n');
