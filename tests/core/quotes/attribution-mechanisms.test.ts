/**
 * General mechanisms of news attribution added after checking them on one half of the PolNeAR dev
 * split and confirming on the other: each is pinned here on sentences written for this file
 * (invented people and bodies), with rows that must NOT change beside the ones that must.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../src/core/quotes/find-quotes.js';
import { parseSpeakerPhrase } from '../../../src/core/quotes/speaker-phrase.js';
import { genderOfGivenName } from '../../../src/core/parties/lexicon.js';

const speakerOf = (text: string, words: string) => {
  const q = findQuotes(text, { genderOfFirstName: genderOfGivenName }).find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote holds "${words}"`);
  return q.speaker;
};

type Row = [shape: string, text: string, words: string, speaker: string | null];

describe('a body whose name has small words inside it', () => {
  test.each([
    ['Center for ...', 'the Center for Rural Transit', 'Center for Rural Transit'],
    ['people-noun for ...', 'Farmers for Clean Rivers', 'Farmers for Clean Rivers'],
    ['Committee for a ...', 'the Committee for a Balanced Lindton Budget', 'Committee for a Balanced Lindton Budget'],
    ['Alliance to ... Our ...', 'the Alliance to Rebuild Our Harbours', 'Alliance to Rebuild Our Harbours'],
    ['Department of the ...', 'the Department of the Interior', 'Department of the Interior'],
    ['... and ... Commission', 'the Ports and Waterways Commission', 'Ports and Waterways Commission'],
  ])('%s: "%s" is one name', (_shape, phrase, name) => {
    expect(parseSpeakerPhrase(phrase)?.value).toBe(name);
  });

  test.each([
    ['a person of a body stays the person', 'Ruth Alder of the Center for Rural Transit', 'Ruth Alder'],
    ['a person "of the" a body stays the person', 'Mr. Kerr of the Lindton Ferry Club', 'Kerr'],
    ['"the House on Monday" does not join', 'the House on Monday', 'House'],
    ['"X and Congress" does not join two subjects', 'Helen Park and Congress', 'Congress'],
  ])('%s', (_shape, phrase, name) => {
    expect(parseSpeakerPhrase(phrase)?.value).toBe(name);
  });
});

const ROWS: Row[] = [
  // A body's name with "to" and "Our" inside stays a name even when the article also writes
  // "the alliance" in lower case further on.
  ['according to the organiser, a body named with "to" in it', 'About 900 families joined the "sit-in" on Friday, according to the organiser Alliance to Rebuild Our Harbours. The alliance plans another one in May.', 'sit-in', 'Alliance to Rebuild Our Harbours'],
  // "according to" a long description of a document: its (first) author speaks.
  ['according to a complaint filed by a body and another by a state', 'According to a 30-count civil complaint filed by the federal Ports and Waterways Commission and a 9-count complaint by Ohio, the firm ran a "decade-long bidding fraud" on the docks.', 'bidding fraud', 'Ports and Waterways Commission'],
  ['a report released by a body', 'According to a report released by the Lindton Budget Office, the ferry plan was "poorly managed from the start."', 'poorly managed', 'Lindton Budget Office'],
  // One person picked out of a group, named in commas.
  ['One noun, Name, said', 'Hundreds queued outside the clinic. One nurse, Ana Diaz, said the wait was "simply cruel."', 'simply cruel', 'Ana Diaz'],
  ['Another adjective noun, Name, said after the quote', '"We had nowhere else to go," another longtime tenant, Omar Haddad, said.', 'nowhere else to go', 'Omar Haddad'],
  // An -ing verb of saying with its own subject after "despite" / "with".
  ['despite Name calling', 'Helen Park won the vote, despite Derek Vance calling her "a danger to the port."', 'danger to the port', 'Derek Vance'],
  ['with Name saying', 'The talks ended early, with Ruth Alder saying the offer was "an insult."', 'an insult', 'Ruth Alder'],
  ['a participle after a comma stays the main subject\'s', 'Helen Park praised the crews, calling them "the best in the state."', 'best in the state', 'Helen Park'],
  // A question with its cue after it, ending on the one asked.
  ['"...?" Name asked Name2. (the asker speaks)', '"Will the ferry run on Sunday?" Jake Dunn asked Helen Park.', 'ferry run on Sunday', 'Jake Dunn'],
  ['"...!" Name told the crowd.', '"This harbour belongs to you!" Omar Haddad told the crowd.', 'harbour belongs', 'Omar Haddad'],
  ['"...?" Name asked rhetorically.', '"Who pays for the ferries?" Omar Haddad asked rhetorically.', 'Who pays', 'Omar Haddad'],
  ['"." Name told reporters the count ... (a new sentence, no cue)', '"The polls are closed." Ruth Alder told reporters the count would take a day.', 'polls are closed', null],
  // Nouns of saying whose owner said the quoted words, whoever denies or answers them.
  ["denied Name's charge that ...", 'Helen Park denied Derek Vance\'s charge that she had "hidden the costs" of the ferry.', 'hidden the costs', 'Derek Vance'],
  ["laughed off Name's allegation that ...", 'Helen Park laughed off Derek Vance\'s allegation that the port was "run by cronies."', 'run by cronies', 'Derek Vance'],
  ['In the words of Name, ...', 'In the words of Ruth Alder, the new timetable is "a gift to commuters."', 'gift to commuters', 'Ruth Alder'],
  // An adverb of time or frequency between the subject and a labelling verb.
  ['She now calls him "..." after she worked for him', 'Ruth Alder worked for Derek Vance for a decade. She now calls him "a tyrant."', 'a tyrant', 'Ruth Alder'],
  ['He often calls her "..."', 'Ruth Alder worked for Derek Vance for a decade. He often calls her "a traitor."', 'a traitor', 'Derek Vance'],
  // Titles: a whip of a chamber, and a plural title before two names.
  ['said House Minority Whip Name', '"We have the votes," said House Minority Whip Ruth Alder.', 'have the votes', 'Ruth Alder'],
  ['Sens. Name and Name2, then a surname', 'Sens. Paul Kerr and Gwen Talbot questioned the banker. "You knew," Kerr said.', 'You knew', 'Paul Kerr'],
  // A mixed quote whose sentence goes on and is attributed at its end.
  ['is "..." for X, Name said.', 'The ferry timetable is "a mess" for commuters, Ruth Alder said.', 'a mess', 'Ruth Alder'],
  ['is "..." and ..., said Name, the role.', 'The ferry timetable is "a mess" and must change, said Ruth Alder, the port director.', 'a mess', 'Ruth Alder'],
  ['is "..." for X, Name told reporters on Monday.', 'The new fares are "simply too high" for students, Omar Haddad told reporters on Monday.', 'simply too high', 'Omar Haddad'],
  ['a name cue before the quote keeps the quote (X called it "...", Y said)', 'Derek Vance called the fares "a scandal" in his speech, Ruth Alder said.', 'a scandal', 'Derek Vance'],
  ['a clause that is no cue ("which Name said ...") names nobody', 'The fares are "too high" for students, which Ruth Alder said would change.', 'too high', null],
  ['a quote ending in a stop ends its sentence: the next sentence\'s cue is not its', '"We are not looking for whales," Ruth Alder said at the panel. "We are looking for plankton." Still, the diver Omar Haddad said it was an exciting time.', 'looking for plankton', 'Ruth Alder'],
  ['a next quote in the sentence takes the cue, and shares it', 'The fares are "too high" and "unfair" to students, Ruth Alder said.', 'too high', 'Ruth Alder'],
  ["a statement on Name's website", 'The rule applies only if "the family agrees in writing," according to a statement on Alder\'s website.', 'family agrees', 'Alder'],
  // A relative clause inside an appositive, with no comma before "who": its verb is not the sentence's.
  ['Name, a role at a body who has advised Name2, said', 'Omar Haddad, a lecturer at Lindton College who has advised Helen Park, said the ferry plan was "doomed."', 'doomed', 'Omar Haddad'],
  ['a relative clause with its comma still speaks ("Name, who said")', 'The vote was close. Derek Vance criticized Ruth Alder, who said the plan was "doomed."', 'doomed', 'Ruth Alder'],
  // The writer of a piece placed in a paper.
  ["Name's op-ed in a paper called ...", "Omar Haddad's op-ed in the Lindton Courier called the ferry plan \"doomed.\"", 'doomed', 'Omar Haddad'],
  // A subordinate clause opening inside the sentence holds the quote: its subject said it.
  ['..., and as Name went on about "...," Name2 said nothing', 'The hall went quiet, and as Derek Vance went on about "stolen ballots," Ruth Alder said nothing.', 'stolen ballots', 'Derek Vance'],
  ['cheered as Name talked about "...,"', 'The crowd cheered as Derek Vance talked about "stolen ballots," and Ruth Alder left.', 'stolen ballots', 'Derek Vance'],
  ['the last of a list of quotes inside the clause', 'As Derek Vance talked about "stolen ballots" and "rigged machines," Ruth Alder shook her head.', 'rigged machines', 'Derek Vance'],
  ['a list after a plain verb of saying ends on its cue', 'Voters named "jobs," "ferries" and "rent," Ruth Alder said.', 'rent', 'Ruth Alder'],
  // A possessive noun of saying introduces the quote, or names its owner after it.
  ["Name's take: \"...\"", "Ruth Alder's take: \"The ferries will run late all winter.\"", 'run late all winter', 'Ruth Alder'],
  ["Name's reaction? \"...\"", "Ruth Alder's reaction? \"The ferries will run late all winter.\"", 'run late all winter', 'Ruth Alder'],
  ['"..." was Name\'s response.', '"The ferries will run late" was Ruth Alder\'s response.', 'run late', 'Ruth Alder'],
  ['"..." — that was Name\'s verdict.', '"The ferries will run late" — that was Ruth Alder\'s verdict.', 'run late', 'Ruth Alder'],
  ['"..." was the mood of X names no owner: the person before keeps it', 'Derek Vance spoke first. "Run the ferries" was the mood of the hall.', 'Run the ferries', 'Derek Vance'],
  // The comma after a quote left out.
  ['"..." Name said. (no comma)', '"The ferries will run late" Ruth Alder said on Monday.', 'run late', 'Ruth Alder'],
  ['"..." said Name. (no comma)', '"The ferries will run late" said Ruth Alder.', 'run late', 'Ruth Alder'],
  ['a mixed quote with no comma keeps its sentence\'s speaker', 'Derek Vance called the timetable "a joke" Ruth Alder said nothing.', 'a joke', 'Derek Vance'],
  // A causative verb's object is the one who then says the quoted words.
  ['led the role Name to fear "..."', 'All this has led the Lindian journalist Ana Diaz to fear a "ferry cartel."', 'ferry cartel', 'Ana Diaz'],
  ['prompted Name to call him "..."', 'Derek Vance\'s remarks prompted Helen Park to call him "unfit."', 'unfit', 'Helen Park'],
  ['urged Name to "..." stays with the one who urged', 'Helen Park urged Derek Vance to "reconsider."', 'reconsider', 'Helen Park'],
  // A passive verb of writing or saying right after the quote, then its agent.
  ['"..." was written by Name', '"Harbour Lights" was written by Ana Diaz after the storm of 1990.', 'Harbour Lights', 'Ana Diaz'],
  ['"..." was first used by Name', '"Make the ferries great" was first used by Derek Vance in 2012.', 'Make the ferries great', 'Derek Vance'],
  ['"...," by most accounts names nobody', 'The ferry was "late again," by most accounts.', 'late again', null],
  // A paragraph that is only a quote, after a paragraph ending on a sentence about a person.
  ['a quote paragraph after a paragraph about a person', 'The vote ran late into the night.\n\nDerek Vance took the stage after midnight.\n\n"We won tonight and we will win again in the spring."', 'won tonight', 'Derek Vance'],
  ['the person named last takes over from the speaker quoted before', '"The port is safe," Helen Park said.\n\nOmar Haddad, who runs the dockers\' union, has doubted that for months.\n\n"Nobody has checked the cranes since March."', 'checked the cranes', 'Omar Haddad'],
  ['a quote paragraph after "The role, Name, was ..."', 'The port board met on Friday.\n\nThe board\'s chair, Councillor Ruth Alder, was blunt.\n\n"We cannot afford a second ferry this year."', 'second ferry', 'Ruth Alder'],
  ['a quote paragraph after "..., according to Name."', '"The port is safe," Helen Park said.\n\nThe repairs would cost $4 million, according to Omar Haddad.\n\n"Nobody has checked the cranes since March."', 'checked the cranes', 'Omar Haddad'],
  ['a quote paragraph after a paragraph ending on "She ..."', 'Ruth Alder spoke for an hour on Monday. She cited the costs.\n\n"Nobody can pay for this."', 'Nobody can pay', 'Ruth Alder'],
  ['"she" before a quote paragraph is not the man quoted just before', '"We will win," Derek Vance said.\n\nRuth Alder spoke next. She cited the costs.\n\n"Nobody can pay for this."', 'Nobody can pay', 'Ruth Alder'],
  ['a quoted subheading after a paragraph about a body is nobody\'s', 'Lindia and its allies have been accused of blocking aid to the camp.\n\n"Armed bandit formations near the border"\n\nThe camp holds about 9,000 people.', 'bandit formations', null],
  ['he after a quote is not the place named in passing before it', 'Omar Haddad spoke for an hour. "Every day spent on this is a day lost for the ferries" shared by Lindia and the U.S., he warned.', 'Every day spent', 'Omar Haddad'],
  ['a paragraph about a thing leaves the quote to the last speaker', '"The port is safe," Helen Park said.\n\nThe cranes were built in 1971.\n\n"We inspect them every single week."', 'inspect them', 'Helen Park'],
  ['a paragraph ending in a quote hands nothing on', 'Helen Park gave a short speech. She called the report "a smear."\n\n"Read it yourself and decide."', 'Read it yourself', 'Helen Park'],
];

describe('attribution mechanisms', () => {
  test.each(ROWS)('%s', (_shape, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});
