/**
 * Attribution mechanisms found by scoring one half of a transcribed part of PolNeAR's train split
 * (session 9; the other half held out to check them). Each is pinned here on sentences written
 * for this file (invented people, places and bodies), with rows that must NOT change beside the
 * ones that must.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../src/core/quotes/find-quotes.js';
import { genderOfGivenName } from '../../../src/core/parties/lexicon.js';

const speakerOf = (text: string, words: string) => {
  const q = findQuotes(text, { genderOfFirstName: genderOfGivenName }).find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote holds "${words}"`);
  return q.speaker;
};

type Row = [shape: string, text: string, words: string, speaker: string | null];

const check = (rows: Row[]) =>
  test.each(rows)('%s', (_shape, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

describe('a verb no list holds, written before the speaker right after the quote', () => {
  check([
    ['"...!" beamed Name of Place', 'Helen Park spoke first. “This is wonderful!” beamed Derek Vance of Lindton, Ohio, who came early.', 'This is wonderful', 'Derek Vance'],
    ['"...," grinned Name, a role', 'The ferry left on time. “We made it,” grinned Ana Diaz, a deckhand from the north shore.', 'We made it', 'Ana Diaz'],
    // Unchanged: a past-tense word before a lower-case phrase is no inverted cue.
    ['"...," then a clause with a lower-case subject', 'Helen Park spoke first. “We made it,” relieved passengers said as they landed.', 'We made it', null],
    ['a quote running on into its sentence keeps no cue', 'The crews were “worn out” sailed Ana Diaz home.', 'worn out', null],
  ]);
});

describe('a verb sharing the subject of the sentence', () => {
  check([
    // (Before: no speaker for the verb after "and", so "he found" went to the man quoted last.)
    ['Name did X and declared that he ... "..."', 'Derek Vance said the port was “open for all.” Omar Haddad met with Vance in May and declared in a talk with the Courier that he found Vance to be “very kind.”', 'very kind', 'Omar Haddad'],
    ['Name did X, but now said Y had "..." (the name after the verb is its object)', 'Ruth Alder used to back Omar Haddad, but now said Vance had “the duty to unite us.”', 'duty to unite', 'Ruth Alder'],
    // Unchanged: the first speaker of the sentence still owns a later "and stressed".
    ['Name did X, and begged Y not to "..."', 'Derek Vance said the port was “open for all.” Governor Omar Haddad likened the plan to old failures, and begged the council not to “pick the road to ruin.”', 'road to ruin', 'Omar Haddad'],
    ['Name said X and stressed that "..."', 'Helen Park said the port would open and stressed that it was “ready for trade.”', 'ready for trade', 'Helen Park'],
  ]);
});

describe('a clause of time or cause with a speaker of its own', () => {
  check([
    ['Name wrote after Name2 argued that "..."', '“It is wrong,” Helen Park wrote after Derek Vance argued for the second time that “if all had voted as he did, we would not have a port.”', 'would not have a port', 'Derek Vance'],
    // Unchanged: already the clause's own speaker.
    ['Name spoke when Name2 said "..."', 'Ruth Alder left the hall when Omar Haddad said the vote was “a farce.”', 'a farce', 'Omar Haddad'],
    // Unchanged: a clause of time with no name of its own leaves the quote with the main speaker.
    ['Name said after the meeting that "..."', 'Ruth Alder said after the meeting that the vote was “a farce.”', 'a farce', 'Ruth Alder'],
  ]);
});

describe('"such as" lists examples; it opens no clause', () => {
  check([
    ['Name, a role, said places such as A and B "...," while "..."', 'Ruth Alder, a professor of law at the Lindton Institute, said towns such as Ferrow and Marsh Hill “have more of a history,” while “Lindton is new.”', 'more of a history', 'Ruth Alder'],
    // (Right before too: the "as" clause needs a verb before the quote.)
    ['... as well as Name "...,"', 'Helen Park said ports as well as Ferrow “need more ships,” and left.', 'need more ships', 'Helen Park'],
    // Unchanged: "as" opening a clause with its own subject still hands the quote over.
    ['..., and as Name went on about "...," ...', 'The crowd cheered, and as Derek Vance went on about “rigged votes,” Helen Park said nothing.', 'rigged votes', 'Derek Vance'],
  ]);
});

describe('a quote inside a participle clause opening the sentence', () => {
  check([
    ['Acknowledging that X "...," though, Name did ...', 'Derek Vance spoke first. Acknowledging that Vance “says a lot of silly things,” though, Helen Park did suggest he was right.', 'silly things', 'Helen Park'],
    ['Describing X as "...," the role, Name, ...', 'Derek Vance spoke first. Describing the vote as “a farce,” the mayor, Helen Park, walked out.', 'a farce', 'Helen Park'],
    // Unchanged: a main clause with no name names nobody.
    ['Speaking of the "...," the crowd cheered', 'Derek Vance spoke first. Speaking of the “new deal,” the crowd cheered.', 'new deal', null],
  ]);
});

describe('a work named in quotes, then "by the band X"', () => {
  check([
    ['"Title," by the band Name, ...', 'The mood lifted as the old hit “Keep On Rolling,” by the band Vellum, played loudly.', 'Keep On Rolling', 'Vellum'],
    ['"Title," by the novelist Name', 'She read aloud from “Winter in Ferrow,” by the novelist Ana Diaz.', 'Winter in Ferrow', 'Ana Diaz'],
    // Unchanged: "by the" and a noun that makes nothing is no author.
    ['"...," by the close of trading ...', 'Derek Vance called it “a good start,” by the close of trading.', 'a good start', 'Derek Vance'],
  ]);
});

describe('a roundup item: a topic, a dash, a name and a colon', () => {
  check([
    ['topic - Name: "..."', 'Turnout has been the story of the spring - Ana Diaz: “Two weeks ago, the north was strong. Now it is the coast.”', 'north was strong', 'Ana Diaz'],
    ['HEADLINE - Name and Name2: "..." (the first)', 'OPINION IS SHIFTING ON FERRIES - Omar Haddad and Ruth Alder: “We found that voters care most about price.”', 'care most about price', 'Omar Haddad'],
    // Unchanged: a dash before words that are no name gives no speaker.
    ['topic - the lesson: "..."', 'Derek Vance lost the seat. The ferry vote - the lesson: “Never take a port for granted.”', 'Never take a port', null],
  ]);
});

describe('after a quote ending its sentence, "Name replied to X that ..." is a new sentence', () => {
  check([
    ['"...!" He wrote back to her that ...', 'Ruth Alder wrote to Derek Vance in May. “You are the best we have!” He wrote back to her that the job was a “privilege.”', 'best we have', 'Ruth Alder'],
    // Unchanged: a phrase that ends the sentence is still the cue.
    ['"...!" Name said to reporters.', 'Ruth Alder wrote to Derek Vance in May. “You are the best we have!” Vance said to reporters.', 'best we have', 'Derek Vance'],
    ['"..." Name said in a statement.', 'Ruth Alder wrote to Derek Vance in May. “We are grateful.” Vance said in a statement.', 'grateful', 'Derek Vance'],
  ]);
});

describe('a name with a relative clause after an opening phrase', () => {
  check([
    ['Opening phrase, Title Name (tag), who ..., said X has ... "..."', 'Talking to reporters later, Sen. Ruth Alder (D-Ohio), who has backed Park, said Vance has pushed the old mayor into a “tougher” and “bolder” stance.', 'bolder', 'Ruth Alder'],
    ['Later, Title Name, who ..., said ... "..."', 'Later, Sen. Ruth Alder, who has backed Park, said Vance has pushed the mayor to be “stronger.”', 'stronger', 'Ruth Alder'],
    // Unchanged: an appositive before "who" stays the role of the name before it.
    ['Name, the role, who ..., said "..."', 'Ines Duarte, the engineer, who built the dock, said it was “never safe.”', 'never safe', 'Ines Duarte'],
    ['Said Name: "..."', 'The vote was close. Said Okafor: “We won.”', 'We won', 'Okafor'],
  ]);
});

describe('", as X suggested" closes the sentence with its source', () => {
  check([
    ['..., not only a "...," as Name’s campaign manager suggested after ...', 'Park’s wins in the north show her appeal reaches every county, not only a “coastal” base, as Vance’s campaign manager suggested after the spring votes.', 'coastal', 'Vance'],
    ['"...," as Name argued last week.', 'The ferry is “a lifeline for the islands,” as Ruth Alder argued last week.', 'lifeline', 'Ruth Alder'],
    // Unchanged: "as" and a participle opens no source.
    ['"...," as Name was arguing', 'Helen Park called the plan “a lifeline,” as Ruth Alder was arguing with the crew.', 'lifeline', 'Helen Park'],
  ]);
});
