/**
 * Mechanisms found by judging the popup's key quotes on real news pages (session 8's sweep,
 * scripts/key-quotes-sweep.ts). Pinned on sentences written for this file (invented people,
 * bodies and works), with rows that must NOT change beside the ones that must.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../src/core/quotes/find-quotes.js';
import { isFragment, markKeyQuotes } from '../../../src/core/quotes/key-quotes.js';
import { indexNames } from '../../../src/core/quotes/name-index.js';
import type { Quote } from '../../../src/core/types.js';
import { genderOfGivenName } from '../../../src/core/parties/lexicon.js';

const quotesOf = (text: string) => findQuotes(text, { genderOfFirstName: genderOfGivenName });
const speakerOf = (text: string, words: string) => {
  const q = quotesOf(text).find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote holds "${words}"`);
  return q.speaker;
};
const keyTexts = (text: string) => quotesOf(text).filter((q) => q.key).map((q) => q.text);

type Row = [shape: string, text: string, words: string, speaker: string | null];

const EXPERT = '"Nobody has firm numbers, but the figures look sound to me," said Mel Ortega, a professor of geology at the University of Dunmore.\n\n';

const SPEAKERS: Row[] = [
  // "says" after "the" and a name is a verb: a body in capitals speaks, not the last person quoted.
  ['"the ACRONYM says that ... "quote""', `${EXPERT}Still, the FDA says that the northern border "remains the main entry point for the powders."`, 'main entry point', 'FDA'],
  ['"the Name says the ... "quote""', `${EXPERT}The Pentagon says the new base "will be ready within two years."`, 'ready within two years', 'Pentagon'],
  ['"the ACRONYM writes"', `${EXPERT}The IMF writes that growth "will slow in every region next year."`, 'slow in every region', 'IMF'],
  ['unchanged: "the commission says" is the body named before', 'The Lindton Water Commission met on Monday. The commission says the rates "will rise by a tenth next year."', 'rise by a tenth', 'Lindton Water Commission'],
  // `"A," the nurses stated. "B."`: B goes on with A's cue, even when it names nobody known.
  ['a split quote after an unnamed cue does not take the speaker of the paragraph before', '"This is where the trouble starts," Dr. Nadia Ferro, a member of the panel, told the Ledger.\n\n"Winter came early in the north this year, and we are worried," the nurses stated. "Patients on the new ward will be in more danger than they were last winter."', 'more danger', null],
  ['unchanged: a split quote after a named cue goes on with that speaker', '"This is where the trouble starts," Dr. Nadia Ferro, a member of the panel, told the Ledger. "Staff will carry it home and it could spread fast."', 'carry it home', 'Nadia Ferro'],
  ['unchanged: a quote paragraph after a named speaker inherits', '"This is where the trouble starts," Dr. Nadia Ferro told the Ledger.\n\n"Staff will carry it home and it could spread fast."', 'carry it home', 'Nadia Ferro'],
  // "the statement continued": whoever the sentence introducing the statement names.
  ['"the statement continued" is the statement of who issued it', 'On Monday, Harlow Records put out a statement which seemed to let Lena Marsh sing at the gala.\n\nLena Marsh said on Tuesday she "would not go back to the label."\n\n"Singers do not need the consent of any label to sing on a live show," the statement continued.', 'consent of any label', 'Harlow Records'],
  ['"says the memo" introduced with no named sender names nobody', '"We are worn out," said Dr. Ada Quill, one of the signers.\n\nIn a March 3 memo to the health board, the nurses asked for more beds.\n\n"The wards are full every night of the week," says the memo signed by nine nurses.', 'full every night', null],
  ['"a statement said" is the body that spoke just before', 'The ship will not reach the dock, Lindton Port said on Monday. "The ship had no cargo for the town on board," a statement said. "Both halves of the dock are open as usual."', 'open as usual', 'Lindton Port'],
  ['"the group added" is the body the article called "the group"', 'Some 900 cooks will lose their jobs, said a group of staff. The group, Kitchen Voices Alliance, sent a letter to managers this month.\n\nThe group said that Harbel had reached a deal with JRX to take on the cooks.\n\nIn another post, the group said Harbel "is breaking its word to the kitchen staff."', 'breaking its word', 'Kitchen Voices Alliance'],
  ['"Name, a charity for ..." then "the charity said"', 'The Corvin Trust, a charity for old sailors, runs the home. Staff at JRX were told on Friday.\n\n"We will not let it close," the charity said.', 'not let it close', 'Corvin Trust'],
  ['"This week, I\'m going to" names nobody', 'This week, I’m going to add to my last post by telling you how to change your “money habits” this spring.\n\nYou sit down to write your first plan and suddenly it dawns on you — “Wait, if I want anyone to pay for this, I will have to sell it for years!”', 'sell it for years', null],
  // "the nurse said" after "A nurse in the square ...": the unnamed person, not the nearest named one.
  ['"the nurse said" after "A nurse in the square"', 'Dr. Ada Quill ran the clinic. "We saw many cases this winter," Quill said.\n\nA nurse in the square helped the hurt until the vans came.\n\n"Nobody should have to watch a neighbour bleed like that," the nurse said.', 'neighbour bleed', null],
  ['"the man wrote" after "A Lindian man\'s" and "the man" again and again', 'A Lindian man’s new pillows left him short of breath. According to a report, published in Northern Chest Letters, the 51-year-old man had felt tired for months.\n\nHis own physician sent him to Dr. Owen Pratt, a lung specialist at the city hospital. Pratt phoned the man twice.\n\n"We should ask every patient about the home," Pratt said.\n\n"I sleep through the night again," the man wrote on a card.', 'sleep through', null],
  ['unchanged: "the nurse said" after "Name, a nurse at ..."', '"We saw many cases this winter," said Ada Quill, a nurse at the clinic.\n\n"Nobody should have to watch a neighbour bleed like that," the nurse said.', 'neighbour bleed', 'Ada Quill'],
  ['words shouted in capitals are nobody', 'These phones are ONLY sold in Lindia. They WILL NOT RUN on older networks (look for "phones sold without a lock and with two bands" for the others).', 'two bands', null],
  ['a body\'s acronym glued to a person\'s name', '"We want more firms in the pool," NASA Maria Monti said in a call.', 'firms in the pool', 'Maria Monti'],
  ['unchanged: a one-word acronym speaks', 'The NRA said the bill was "a step too far for most of its members."', 'step too far', 'NRA'],
  ['unchanged: "The US NAVY said"', 'The US NAVY said the ship was "ready for sea within the month."', 'ready for sea', 'US NAVY'],
  ['"the Lindton attorney\'s office said": the office of a role, not the place', 'The call was recorded, the Lindton attorney\'s office said. "We will not let this go," the Lindton attorney\'s office said.', 'let this go', null],
  ['unchanged: "the Hale campaign said" is Hale\'s', 'Ruth Hale spoke on Monday. "We will win this seat," the Hale campaign said.', 'win this seat', 'Ruth Hale'],
  ['"The boy\'s father told the court": a relative of somebody unnamed is nobody named', 'The trial was held in Port Alder. Jurors heard from the police first.\n\nThe boy\'s father told the court, calling his son "kind, calm and braver than any of us" before he spoke of the night.', 'braver than', null],
  ['"the High Commissioner for Coastal Affairs said": an office, not a body called "Coastal Affairs"', 'The Lindian High Commissioner for Coastal Affairs said the move did "not change the law on the matter at all."', 'change the law', null],
  ['a formal office is not guessed from the place named just before', 'Port Alder moved its harbour office on Monday and Kit Ashdown praised it.\n\nThe Lindian High Commissioner for Coastal Affairs said the move did "not change the law on the matter at all."', 'change the law', null],
  ['the holder after an office\'s field', '"The evidence is too weak after so many years," said Director of Public Prosecutions Maria Quill.', 'too weak', 'Maria Quill'],
  ['unchanged: "Secretary of State Name"', '"We will talk again next week," said Secretary of State John Kerrigan.', 'talk again', 'John Kerrigan'],
  ['unchanged: "Mayor of Place Name"', '"We will talk again next week," said Mayor of Lindton Ruth Alder.', 'talk again', 'Ruth Alder'],
  ['a verb\'s -ing form opening a sentence is nobody "he" could be', 'Dr. Owen Pratt spoke to the panel. Mapping the caves, he said, would be “a job for a whole decade” at least.', 'whole decade', 'Owen Pratt'],
  ['unchanged: "the statement said" with no introduction goes on with the speaker just quoted', '"We did nothing wrong," Harlow Records said on Monday. "We will fight this," the statement said.', 'fight this', 'Harlow Records'],
];

describe('speakers a reader sees on key quotes', () => {
  test.each(SPEAKERS)('%s', (_shape, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('names behind the speakers', () => {
  test('a word right before a number is a unit, a currency or a model, not a name', () => {
    const names = indexNames('The trips cost him Rs 24 lakh in all, and the Apollo 11 crew flew with Ada Quill.', []);
    expect(names.map((n) => n.name)).toEqual(['Ada Quill']);
  });
});

describe('roles a reader sees', () => {
  test('a time phrase before the role is no part of it', () => {
    const q = quotesOf('Last month Harbour Board official Dan Harlow told the panel he remembered the talk "clearly."\n\n"I heard the minister ask whether the deal was done," Harlow testified.')[1]!;
    expect([q.speaker, q.speakerRole]).toEqual(['Dan Harlow', 'Harbour Board official']);
  });
});

describe('key quotes a reader sees', () => {
  test('a quote opening its sentence after a full stop is a statement, in German marks too', () => {
    const quotes = quotesOf('„Wir bauen die Leitung bis zum Sommer“, sagte Jana Sommer, die Leiterin der Werke. „Jedes neue Haus am Netz spart viel Öl.“');
    expect(quotes.map((q) => q.sentence ?? null)).toEqual([null, null]);
  });

  test('two quotes of one sentence are shown as that sentence once', () => {
    const text = 'Arlo Finch said on Monday that the new bridge "will carry twice the traffic of the old one" and that "the tolls will stay as low as they are now for years."';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(2);
    expect(quotes.every((q) => q.speaker === 'Arlo Finch' && q.sentence)).toBe(true);
    expect(keyTexts(text)).toHaveLength(1);
  });

  /** The key flags markKeyQuotes gives quotes of `text` (each [words, speaker]), found where the text has them. */
  const keyFlags = (text: string, quoted: Array<[words: string, speaker: string]>, withText = true) => {
    const quotes = quoted.map(([words, speaker]): Quote => {
      const start = text.indexOf(words);
      return { text: words, speaker, speakerRole: null, fragment: isFragment(words), key: false, start, end: start + words.length };
    });
    markKeyQuotes(quotes, withText ? text : undefined);
    return quotes.map((q) => q.key);
  };

  test('a name in quote marks is never key; a statement beside it is', () => {
    const text = 'Lindton Toys called it the "Silver Harbour Series". "We wanted a kit a whole family could build over a weekend," Jon Varga said.';
    expect(keyFlags(text, [['Silver Harbour Series', 'Lindton Toys'], ['We wanted a kit a whole family could build over a weekend', 'Jon Varga']], false)).toEqual([false, true]);
  });

  test('a book title of many words is never key', () => {
    const text = 'In "Quiet Money: A Short Path to All the Savings You Will Ever Need" Bram Ostrow writes: "Set aside a little each week and do not touch it."';
    expect(keyFlags(text, [['Quiet Money: A Short Path to All the Savings You Will Ever Need', 'Bram Ostrow'], ['Set aside a little each week and do not touch it', 'Bram Ostrow']], false)).toEqual([false, true]);
  });

  test('what somebody would say or is left to wonder is never key', () => {
    const text = 'The band has a new label, and the board of Harlow Capital might ask itself: "where exactly did our plan go so wrong?"\n\nAs Inspector Vane would say, "Simple enough, my good friend Morley."';
    expect(quotesOf(text).filter((q) => q.key)).toEqual([]);
  });

  test('a condition after "if" or "whether" is nobody\'s statement', () => {
    const text = 'A new poll finds most members want the board to act if it "broke the rules of the club in the spring." "Each vote gets a second count," said Ruth Alder.';
    expect(keyFlags(text, [['broke the rules of the club in the spring.', 'Members'], ['Each vote gets a second count', 'Ruth Alder']])).toEqual([false, true]);
  });

  test('marks paired across two quotes (a cue inside) are never key', () => {
    const text = '"Harbour (“No Way Back”). “It was right for us from the first bar,” she said. “And then it stuck.” Okafor felt the same" ... "We knew at once that this was the song for the film"';
    expect(keyFlags(text, [['Harbour (“No Way Back”). “It was right for us from the first bar,” she said. “And then it stuck.” Okafor felt the same', 'Tom Reyes'], ['We knew at once that this was the song for the film', 'Ada Okafor']], false)).toEqual([false, true]);
  });

  test('a name given to a thing ("is called", "what\'s known as") is never key', () => {
    const text = 'When the cause is feathers in a pillow, the illness is called "feather pillow lung in adults." Dust may cause what\'s known as "the miller\'s cough of the north." For birds the usual term is "keeper\'s lung of the loft." "We should ask every patient about the home," Pratt said.';
    expect(keyFlags(text, [['feather pillow lung in adults.', 'Illness'], ['the miller\'s cough of the north.', 'Dust'], ['keeper\'s lung of the loft.', 'Birds'], ['We should ask every patient about the home', 'Owen Pratt']])).toEqual([false, false, false, true]);
  });

  test('unchanged: a statement in sentence case of three words is key', () => {
    const text = '"We will win," said Jon Varga, the coach of the Lindton Rovers.';
    expect(keyTexts(text)).toEqual(['We will win']);
  });
});
