/** Cue shapes around a quote that name its speaker (invented sentences). */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../src/core/quotes/find-quotes.js';

const LEAD = 'Ellen Barrow and Victor Hale spent the week in Ohio. ';
const quotesOf = (text: string) => findQuotes(LEAD + text).map((q) => [q.speaker, q.speakerRole]);

describe('verbs after the quote', () => {
  test.each([
    ['a verb of saying from the longer list, then a place', '"We are done with the plan," Hale asserted in Toledo.'],
    ['a two-word verb and a place phrase', '"We are done with the plan," Hale fired back on Twitter.'],
    ['an unlisted past-tense verb and a day', '"We are done with the plan," Hale bristled Tuesday.'],
  ])('%s', (_why, text) => {
    expect(quotesOf(text)[0]![0]).toBe('Victor Hale');
  });

  test('after a full stop, a name and a verb with more words start a new sentence', () => {
    // Hale is not the cue: "Hale travelled to Ohio" is a sentence of its own.
    expect(quotesOf('"We are done with the plan." Hale travelled to Toledo on Monday.')[0]![0]).not.toBe('Victor Hale');
  });
});

describe('an owner speaks through its campaign, office or statement', () => {
  test.each([
    ["Barrow's campaign said", "Barrow's campaign said the plan was \"a disaster for the state.\"", 'Ellen Barrow', 'campaign'],
    ['the campaign as the subject of a mixed quote', 'Hale’s campaign is trying to contrast his plan with what they call Barrow’s “empty promises.”', 'Victor Hale', 'campaign'],
    ['a statement that reads', 'Hale\'s statement read: "We are done with the plan."', 'Victor Hale', 'statement'],
    ["the owner's response, then a colon", 'Hale\'s response: "We are done with the plan."', 'Victor Hale', null],
  ])('%s', (_why, text, speaker, role) => {
    expect(quotesOf(text)[0]).toEqual([speaker, role]);
  });
});

describe("a role with an owner's name, then the name in commas", () => {
  test.each([
    ['before the quote', 'Hale’s running mate, Tom Reeve, said the plan was “a disaster for the state.”'],
    ['after the quote, description first', '“The plan is a disaster for the state,” said Hale’s running mate, Tom Reeve.'],
    ['after the quote, as the subject of the verb', '“The plan is a disaster for the state!” Hale’s running mate, state Sen. Tom Reeve, shouted to the crowd.'],
  ])('%s', (_why, text) => {
    expect(quotesOf(text)[0]).toEqual(['Tom Reeve', 'Hale’s running mate']);
  });

  test.each([
    ['before the quote', 'Victor Hale’s running mate, Tom Reeve, said the plan was “a disaster for the state.”'],
    ['after the quote', '“The plan is a disaster for the state,” Victor Hale’s running mate, Tom Reeve, said.'],
  ])("the owner's full name: %s", (_why, text) => {
    expect(quotesOf(text)[0]).toEqual(['Tom Reeve', 'Victor Hale’s running mate']);
  });

  test('a capitalised title run is a name, not a description', () => {
    const [speaker] = quotesOf('“The veto will be overridden,” Senate Majority Leader Tom Reeve, R-Ky., said Tuesday.')[0]!;
    expect(speaker).toBe('Tom Reeve');
  });
});

describe('a name stops before the place it comes from', () => {
  test.each([
    ['"We will not fund it," said Sen. Ruth Alder of Ohio.', 'Ruth Alder'],
    ['GOP Rep. Mark Tillery of South Carolina called it "a disaster for the state."', 'Mark Tillery'],
    ['"We welcome the vote," said the National Association of Lumber Mills.', 'National Association of Lumber Mills'],
  ])('%s', (text, speaker) => {
    expect(findQuotes(text)[0]!.speaker).toBe(speaker);
  });
});

describe('which speaker of a sentence owns the quote', () => {
  test('a later clause with a speaker of its own: "Barrow said ..., but Hale said "..."', () => {
    expect(quotesOf('"We won the night," Barrow said, but Hale said "the state is ours."').map((q) => q[0])).toEqual(['Ellen Barrow', 'Victor Hale']);
  });

  test('a later clause whose own subject labels the quote: "X praised it, while Y called it "..."', () => {
    expect(quotesOf('Barrow praised the deal, while Hale called it “a scam.”')[0]).toEqual(['Victor Hale', null]);
    expect(quotesOf('“It was a good meeting,” Barrow said, while Hale called it “a waste of time.”').map((q) => q[0])).toEqual(['Ellen Barrow', 'Victor Hale']);
  });

  test("a claim named after the verb: the claim's owner said the quoted words", () => {
    expect(quotesOf('Hale responded to Barrow\'s claim that he was "unfit to serve."')[0]![0]).toBe('Ellen Barrow');
    expect(quotesOf('"She is wrong," Hale said in response to Barrow\'s claim that he was "unfit."').map((q) => q[0])).toEqual(['Victor Hale', 'Ellen Barrow']);
  });

  test('the first speaker of the sentence still owns a quote in a reported clause', () => {
    expect(quotesOf('Hale said that Barrow described the plan as "the gold standard."')[0]![0]).toBe('Victor Hale');
  });
});

test('a quote between a possessive name and a noun of saying is that person\'s label', () => {
  expect(quotesOf('Hale mocked Barrow\'s "basket of problems" remark on Monday.')[0]![0]).toBe('Ellen Barrow');
});

describe('subjects that are not the words right before the verb', () => {
  test.each([
    ['a relative pronoun stands for the name before it', 'The plan drew fire from Victor Hale, who called it “a scam.”', 'Victor Hale'],
    ['a relative clause calling somebody a name: its object is not the speaker', 'Victor Hale, who has called Barrow “a liar,” said the plan was “a scam.”', 'Victor Hale'],
    ['one named member of a group', 'Critics, including Victor Hale, called the plan “a scam.”', 'Victor Hale'],
    ['a document after "according to" gives way to a named speaker', 'According to a transcript, Hale told donors the plan was “a scam.”', 'Victor Hale'],
  ])('%s', (_why, text, speaker) => {
    expect(quotesOf(text).every((q) => q[0] === speaker)).toBe(true);
  });

  test("an owner's full name before a non-person voice ('Victor Hale's new ad')", () => {
    expect(quotesOf('Victor Hale’s new ad calls the plan “a scam.”')[0]).toEqual(['Victor Hale', 'new ad']);
    expect(quotesOf('“The plan is a scam,” the Lindton Courier’s editorial board wrote.')[0]).toEqual(['Lindton Courier', 'editorial board']);
  });
});

describe('clauses and voices that move the speaker', () => {
  test.each([
    ['a passive verb with its agent before the quote', 'Barrow was urged by Victor Hale to “come clean.”', 'Victor Hale'],
    ['"by" and a name right after the quote', 'The plan was called “a scam” by Victor Hale.', 'Victor Hale'],
    ['a participle without a comma belongs to the sentence opening on a name', 'Victor Hale sent a letter to Ellen Barrow saying the plan was “a scam.”', 'Victor Hale'],
    ['a verb of an opening clause closed by a comma', 'When Ellen Barrow asked about the plan, Victor Hale said it was “a scam.”', 'Victor Hale'],
    ['an opening clause closed by a dash', 'When Barrow noted that Hale had skipped the vote ― Hale boasted, “That makes me smart.”', 'Victor Hale'],
  ])('%s', (_why, text, speaker) => {
    expect(quotesOf(text)[0]![0]).toBe(speaker);
  });

  test('a progressive "is calling" is no passive: the subject speaks', () => {
    expect(quotesOf('Victor Hale is calling the plan “a scam.”')[0]![0]).toBe('Victor Hale');
  });
});

describe('writings speak for their author', () => {
  test.each([
    ['a report by a body', 'A report by the Lindton Audit Office found the program was “poorly managed.”', 'Lindton Audit Office'],
    ['a body named before its analysis', 'A Lindton Courier analysis found that the plan was “dead.”', 'Lindton Courier'],
  ])('%s', (_why, text, speaker) => {
    expect(findQuotes(text)[0]!.speaker).toBe(speaker);
  });
});

describe('present-tense "says" after a party tag or an aside', () => {
  test.each([
    ['a party tag, after the quote', '“It is a dog whistle,” Rep. Tom Reeve (D-Wis.) says Friday.'],
    ['a party tag, before the quote', 'In an interview, Rep. Tom Reeve (D-Wis.) says the plan needs “more listening.”'],
    ['an aside in commas, before the quote', 'Tom Reeve, at a later press gaggle, says, “I have been briefed.”'],
  ])('%s', (_why, text) => {
    expect(findQuotes(text)[0]!.speaker).toBe('Tom Reeve');
  });
});

test.each([
  ['“We will see,” Hale commented.'],
  ['“We will see,” Hale cautions.'],
  ['Hale mentioned that the plan would “take years.”'],
])('more verbs of saying: %s', (text) => {
  expect(quotesOf(text)[0]![0]).toBe('Victor Hale');
});

describe('the sentence before a quote', () => {
  test('a he/she subject in the sentence before names the speaker', () => {
    expect(findQuotes('David Hale spoke on Tuesday. Asked about Barrow, he was dismissive. “She is nobody.”')[0]!.speaker).toBe('David Hale');
  });

  test('the speaker quoted just before beats a he read off the sentence before', () => {
    const text = '“We have had problems before,” David Hale said after meeting with President Tom Reeve. He did not suggest retaliation. “Our goal is not to escalate.”';
    expect(findQuotes(text).map((q) => q.speaker)).toEqual(['David Hale', 'David Hale']);
  });
});

test("said, then a description owned by a full name, then the name: 'said Ellen Barrow's husband, Tom Barrow'", () => {
  expect(quotesOf('“I am with her,” said Ellen Barrow’s husband, Tom Barrow.')[0]).toEqual(['Tom Barrow', 'Ellen Barrow’s husband']);
});

test('a speaker with a verb of their own beats the paper reporting it ("X said, according to the Courier")', () => {
  expect(quotesOf('“We won,” Hale said, according to the Lindton Courier.')[0]![0]).toBe('Victor Hale');
  expect(quotesOf('The plan was “a disaster,” according to the Lindton Courier.')[0]![0]).toBe('Lindton Courier');
});

test('a capitalised "Secretary of State" is a title, not an agent of a body called "State"', () => {
  expect(findQuotes('“We remain open to talks,” said Secretary of State Ruth Alder.')[0]).toMatchObject({ speaker: 'Ruth Alder', speakerRole: 'Secretary of State' });
});

describe('a person of a body', () => {
  test.each([
    ['before the quote', 'Alessandro Amato of the Lindton Institute said the tremor “came out of nowhere.”', 'Alessandro Amato', 'of the Lindton Institute'],
    ['after the quote, as the subject', '“It came out of nowhere,” Karen Doe from the Lindton Institute said.', 'Karen Doe', null],
    ['with an honorific', '“It came out of nowhere,” Mr. Amato of the Lindton Institute said.', 'Amato', 'of the Lindton Institute'],
  ])('%s', (_why, text, speaker, role) => {
    expect(findQuotes(text)[0]).toMatchObject({ speaker, speakerRole: role });
  });

  test('a body named "X of Y" stays a body', () => {
    expect(findQuotes('“We welcome the vote,” said the National Association of Lumber Mills.')[0]!.speaker).toBe('National Association of Lumber Mills');
  });
});

test('a month after a title or a given name is a surname ("Mrs May")', () => {
  expect(findQuotes('Mrs May said the plan was “not the sort of attitude” she wanted.')[0]!.speaker).toBe('May');
  expect(findQuotes('“We will act,” said Theresa May.')[0]!.speaker).toBe('Theresa May');
});

test.each([
  ['a name alone before a colon', 'David Hale spoke on Monday. Hale: “The plan is a scam.”', 'David Hale'],
  ['a name and its topic before a colon', 'David Hale on the plan: “It is a scam.”', 'David Hale'],
  ['an inverted "Said X:"', 'Experts disagree. Said Hale: “It is a scam.”', 'Hale'],
])('%s', (_why, text, speaker) => {
  expect(findQuotes(text)[0]!.speaker).toBe(speaker);
});

test.each([
  ['a long description before the name, after the quote', '“The plan is dead,” former Lindian presidential candidate and Ohio Gov. Tom Reeve said.', 'Tom Reeve'],
  ['a party tag in commas before an appositive', 'Rep. Tom Reeve, R-Tenn., a Hale surrogate, said the plan was “dead.”', 'Tom Reeve'],
])('%s', (_why, text, speaker) => {
  expect(findQuotes(text)[0]!.speaker).toBe(speaker);
});

test('a surname that is also a common word is a name when the article named its bearer ("Tom Price" ... "the price" ... "Price said")', () => {
  expect(findQuotes('Tom Price runs the clinic. The price of care rose. “We cannot cope,” Price said.')[0]!.speaker).toBe('Tom Price');
});

test('a news network can be a source; a person talking to it is the speaker', () => {
  expect(findQuotes('CNN reported that the plan was “dead.”')[0]!.speaker).toBe('CNN');
  expect(findQuotes('Fox News reported that the plan was “dead.”')[0]!.speaker).toBe('Fox News');
  expect(quotesOf('“The plan is dead,” Hale told CNN’s Jake Tapper.')[0]![0]).toBe('Victor Hale');
});

describe('two speakers in two sentences', () => {
  test('after a quote ending its sentence, "Name verbed, ..." starts a new sentence, not a cue', () => {
    expect(quotesOf('Hale claimed the plan was “a success.” Barrow disagreed, calling it “a failure.”').map((q) => q[0])).toEqual(['Victor Hale', 'Ellen Barrow']);
  });

  test.each([
    ['Barrow mocked Hale for calling the plan “a success.”'],
    ['Barrow criticized Hale for saying the plan was “a success.”'],
  ])('the one blamed for the words said them: %s', (text) => {
    expect(quotesOf(text)[0]![0]).toBe('Victor Hale');
  });
});

describe('a writing speaks for whoever issued it', () => {
  test('"read a statement from X"', () => {
    expect(findQuotes('“The plan is dead,” read a statement from the Hale campaign.')[0]!.speaker).toBe('Hale');
  });

  test('"the statement said" after a sentence about its issuer', () => {
    expect(findQuotes('David Hale issued a statement on Monday. “The plan is dead,” the statement said.')[0]!.speaker).toBe('David Hale');
  });

  test('a statement nobody was said to issue stays unnamed', () => {
    expect(findQuotes('“The plan is dead,” the statement said.')[0]!.speaker).toBeNull();
  });
});
