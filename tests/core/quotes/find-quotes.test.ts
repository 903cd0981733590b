import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../src/core/quotes/find-quotes.js';

const speakerOf = (text: string, words: string) => findQuotes(text).find((q) => q.text.includes(words))?.speaker ?? null;
const quoteOf = (text: string, words: string) => findQuotes(text).find((q) => q.text.includes(words));

const ARTICLE = [
  'Lindia\'s foreign minister Nadia Okafor arrived in Porto Vell on Monday with her deputy, Tomas Brandt.',
  '"We are ready to sign if the terms are fair to both sides," Okafor told reporters.',
  '"It will take time," she added, "but nobody wants another winter of shortages."',
  'Brandt, a veteran negotiator, was more cautious. "Nothing is agreed until everything is agreed," he said.',
  'The Harbour Pilots Association said in a statement that "members were never consulted about the new routes."',
  'The association later said: "We will not block the ships."',
  '"The schedule stays as it is," a spokesperson for the Coastal Transit Authority said.',
  'According to Mayor Ruth Alder, "the city will cover the cost of the extra ferries this year."',
  'Critics called the plan an "armada" of empty promises.',
].join('\n\n');

describe('findQuotes: speakers', () => {
  test.each([
    ['We are ready to sign', 'Nadia Okafor'], // surname expanded to the full name
    ['It will take time', 'Nadia Okafor'], // "she added" -> the woman mentioned before
    ['nobody wants another winter', 'Nadia Okafor'], // second half of a split quote
    ['Nothing is agreed', 'Tomas Brandt'], // "he said" -> the man, not the nearer woman
    ['members were never consulted', 'Harbour Pilots Association'], // organisation, "said in a statement that"
    ['We will not block the ships', 'Harbour Pilots Association'], // "the association" -> the body named earlier
    ['The schedule stays', 'Coastal Transit Authority'], // "a spokesperson for X"
    ['the city will cover the cost', 'Ruth Alder'], // "according to", title split off
  ])('"%s..." -> %s', (words, speaker) => {
    expect(speakerOf(ARTICLE, words)).toBe(speaker);
  });

  test.each([
    ['"The bridge will open in May," said Ines Duarte, the city engineer.', 'Ines Duarte', 'the city engineer'],
    ['Ines Duarte wrote on X: "The bridge will open in May."', 'Ines Duarte', null],
    ['"The bridge will open in May." ― Ines Duarte', 'Ines Duarte', null],
    ['Port director Ines Duarte said the bridge "will open in May, as planned by the council."', 'Ines Duarte', 'Port director'],
    ['Ines Duarte, chief engineer of the port, said: "The bridge will open in May."', 'Ines Duarte', 'chief engineer of the port'],
    ['Ines Duarte, the engineer, who has run the port since 2019, said the bridge "will open in May."', 'Ines Duarte', 'the engineer'],
    ['Ines Duarte says Oskar Lind\'s late-night posts about the bridge were "simply wrong and unfair."', 'Ines Duarte', null],
    ['According to port engineer Ines Duarte, the bridge is "ready for traffic."', 'Ines Duarte', 'port engineer'],
    ['Senator Ines Duarte (D-Ore.) said the bridge "will open in May."', 'Ines Duarte', 'Senator'],
    ['"DUARTE: The bridge will open in May."', 'Duarte', null],
    ['Duarte, who has run the port for years, called the bridge "a gift to the city."', 'Duarte', null],
    ['Worried about the budget, Mayor Ines Duarte is taking a new line: "We cannot pay for it."', 'Ines Duarte', 'Mayor'],
    ['The crowd chanted "Open it!" at the gates, according to Ines Duarte.', 'Ines Duarte', null],
  ])('%s', (text, speaker, role) => {
    const q = findQuotes(text)[0]!;
    expect(q.speaker).toBe(speaker);
    expect(q.speakerRole).toBe(role);
  });

  test('a colon at the end of the paragraph before gives the speaker', () => {
    const text = 'Ines Duarte made the following statement:\n\n"The bridge will open in May, as planned."';
    expect(findQuotes(text)[0]?.speaker).toBe('Ines Duarte');
  });

  test('a named subject beats an unnamed source after the quote', () => {
    const text = 'Ines Duarte, head of the port board, said the city has "no intention" of selling the docks, according to local media.';
    expect(findQuotes(text)[0]?.speaker).toBe('Ines Duarte');
  });

  test('a scare quote inside another sentence does not inherit the last speaker', () => {
    const text = '"We will finish the bridge," Ines Duarte said.\n\nThe coming weeks will test whether the council can find the "right balance" it wants.';
    expect(speakerOf(text, 'right balance')).toBeNull();
  });

  test('a statement with no cue right after a speaker is theirs', () => {
    const text = '"We will finish the bridge," Ines Duarte said.\n\n"It has taken far too long already, and everyone knows it."';
    expect(speakerOf(text, 'far too long')).toBe('Ines Duarte');
  });

  test('a quote over several paragraphs takes the speaker named at its end', () => {
    const text = 'Tomas Brandt spoke first.\n\n"We waited all winter for the repairs to the bridge.\n\n"Then the money ran out," said Ines Duarte, the city engineer.';
    const quotes = findQuotes(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ines Duarte', 'Ines Duarte']);
  });

  test('no cue and nobody before: no speaker', () => {
    expect(findQuotes('"Bridges are for crossing."')[0]?.speaker).toBeNull();
  });

  test('a new sentence after a quote is not its cue', () => {
    const text = 'The crowd chanted "Open it now." Officials said the bridge was safe.';
    expect(speakerOf(text, 'Open it now')).toBeNull();
  });
});

describe('findQuotes: spans, fragments, key quotes', () => {
  test('offsets cover the quoted words without the marks', () => {
    for (const q of findQuotes(ARTICLE)) {
      expect(ARTICLE.slice(q.start, q.end)).toBe(q.text);
      expect(q.text).not.toMatch(/^["“”]|["“”]$/);
    }
  });

  test('one- and two-word quotes are fragments and never key', () => {
    const q = quoteOf(ARTICLE, 'armada')!;
    expect(q.fragment).toBe(true);
    expect(q.key).toBe(false);
    expect(quoteOf(ARTICLE, 'We are ready to sign')!.fragment).toBe(false);
  });

  test('key quotes: full statements with a speaker, a handful at most', () => {
    const quotes = findQuotes(ARTICLE);
    const key = quotes.filter((q) => q.key);
    expect(key.length).toBeGreaterThan(0);
    expect(key.length).toBeLessThanOrEqual(4);
    for (const q of key) {
      expect(q.speaker).not.toBeNull();
      expect(q.fragment).toBe(false);
    }
  });

  test('titles of shows and nicknames are not quotes', () => {
    const text = 'She told NBC\'s "Morning Report" that Robert "Bobby" Lane "has to go before the vote."';
    expect(findQuotes(text).map((q) => q.text)).toEqual(['has to go before the vote.']);
  });

  test('a transcript excerpt (labelled lines in quote marks) is not a list of quotes', () => {
    const text = [
      'Part of the radio interview follows:',
      '"HOST: Will the ferries run on Sunday?',
      '"VARGA: They will, if the crews agree to the rota.',
      '"(CROSSTALK.)',
      '"HOST: Thank you for your time this morning.',
      'Varga later told reporters: "We will know by Friday whether the boats can sail."',
    ].join('\n\n');
    expect(findQuotes(text).map((q) => q.text)).toEqual(['We will know by Friday whether the boats can sail.']);
  });

  test('a lone pronoun in quote marks is a word cited, not said', () => {
    const text = 'The new style guide prefers "they" to "he" in job adverts, the editor said.';
    expect(findQuotes(text)).toEqual([]);
  });

  test('the title after "episode of" is a show', () => {
    const text = 'On Sunday\'s episode of "The Harbour Hour," Varga said the crews "had every right to stop."';
    expect(findQuotes(text).map((q) => q.text)).toEqual(['had every right to stop.']);
  });

  test('titles listed after "songs include" are not quotes, nor the titles listed after them', () => {
    const text = 'His best-known songs include "Rain On The Harbour," which won a prize in 1988, "Night Train Home" and "Lindon Blue," a duet. "I still sing them all," he said.';
    expect(findQuotes(text).map((q) => q.text)).toEqual(['I still sing them all']);
  });

  test('a title-case quote after a title but past a sentence end is not taken for a title', () => {
    const text = 'Her new album is titled "Harbour Lights." Then Ruth Alder told the crowd, "Come Back Soon."';
    expect(findQuotes(text).map((q) => q.text)).toEqual(['Come Back Soon.']);
  });

  test('the first word of a possessive place is no speaker ("North Lindon\'s shortage")', () => {
    const text = 'North Lindon held a vote. North Lindon\'s housing shortage is "getting worse every month" and touches every street, the mayor said.';
    expect(findQuotes(text)[0]?.speaker).not.toBe('North');
  });

  test('quotes come in reading order', () => {
    const starts = findQuotes(ARTICLE).map((q) => q.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });
});

describe('findQuotes: subjects, appositives and roles carried from the introduction', () => {
  const speakerAndRole = (text: string, words: string) => {
    const q = findQuotes(text).find((x) => x.text.includes(words));
    return [q?.speaker ?? null, q?.speakerRole ?? null];
  };

  test.each([
    // "she" is the subject of the sentence before, not a body named in her appositive.
    [
      'Voters at the bus depot were split. Lotte Farrant, a pharmacist who drives to the Royal Infirmary each dawn, said she backed the drivers. "They keep the valley moving," she said.',
      'keep the valley moving', 'Lotte Farrant', 'a pharmacist',
    ],
    [
      'Teodor Lisk, a porter who works nights at the Western General Hospital, said he would join the march. "Nobody asked us," he said.',
      'Nobody asked us', 'Teodor Lisk', 'a porter',
    ],
    // ...nor a person named inside that appositive.
    [
      'Marta Vinter, a teacher who trained under Sofia Brandt at the academy, said she welcomed the plan. "It is overdue," she said.',
      'It is overdue', 'Marta Vinter', 'a teacher',
    ],
    // A surname takes the full name and the role given where the person was introduced.
    [
      'Jonas Petrik, chairman of the Dairy and Grain Farmers Association, said the levy was unfair. "We were never consulted on the new rates," Petrik told the committee.',
      'never consulted', 'Jonas Petrik', 'chairman of the Dairy and Grain Farmers Association',
    ],
    // A role first, then the name set off by commas.
    [
      'In a letter, its finance director, Agnes Holloway, said the budget "was never costed properly" and asked for time.',
      'never costed', 'Agnes Holloway', 'finance director',
    ],
    // A body is a speaker without a role; "The" describes nobody.
    [
      'The Westmoor Chamber of Commerce said in a statement that shops could lose "a whole season of trade" this year.',
      'a whole season', 'Westmoor Chamber of Commerce', null,
    ],
  ])('%s', (text, words, speaker, role) => {
    expect(speakerAndRole(text, words)).toEqual([speaker, role]);
  });

  test('a pull quote repeating words of an attributed quote takes its speaker', () => {
    const text = [
      '"The tunnel must stay open through the winter. Our families depend on it," said Rosa Kettering, who chairs the residents\' group.',
      'The company\'s manager, Piet Harland, said the repairs "cannot wait" and the tunnel would close.',
      '"The tunnel must stay open through the winter."',
    ].join('\n\n');
    const quotes = findQuotes(text);
    expect(quotes.at(-1)?.speaker).toBe('Rosa Kettering');
  });
});

describe('findQuotes: general speaker rules', () => {
  const speakersOf = (text: string) => findQuotes(text).map((q) => q.speaker);

  test('the quotes of one sentence share its speaker', () => {
    const text = 'Varga called the levy a "costly mistake," a "gift to landlords" and "reckless."';
    expect(speakersOf(text)).toEqual(['Varga', 'Varga', 'Varga']);
  });

  test('a quote with a cue of its own keeps it, even an anonymous one', () => {
    const text = 'Varga called the levy "a tax on the tide," while critics called it "a lifeline for the port."';
    expect(speakersOf(text)).toEqual(['Varga', null]);
  });

  test.each([
    // the owner of a claim, a statement, a promise
    ['Auditors examined Petra Varga\'s claim that the ferries lost "nearly a million a year" on the night routes.', 'Petra Varga'],
    // brackets and an aside between the subject and its verb
    ['Senator Ilse Brandt (D-Ore.), in particular, has been hammering the deal as a "giveaway to shipowners."', 'Ilse Brandt'],
    // a description, then the name in commas, then a verb that is no speech verb
    ['Another critic, Oskar Lind, likened the levy to "taxing the tide."', 'Oskar Lind'],
    // "it" is the named body that is the sentence's subject
    ['The Harbour Board on Friday rejected what it called "a reckless walkout by a few crews."', 'Harbour Board'],
    // "it said" after a quote: the body named just before
    ['The Harbour Board met on Friday.\n\n"The ferries will run on every route," it said.', 'Harbour Board'],
    // a nickname in quote marks inside the speaker's name
    ['"We will not back down!" the mayor\'s niece, Councillor Rosa "Ro" Delgado (Ind.), shouted to the crowd.', 'Rosa Delgado'],
    // a long appositive between the name and the verb
    ['"We were never asked," Malin Oduya, the chair of the Tenants Forum and who has lived on the estate since 1998, told the council.', 'Malin Oduya'],
  ])('%s', (text, speaker) => {
    expect(speakersOf(text)[0]).toBe(speaker);
  });

  test.each([
    // "as X put it" names the source
    ['The rule needs a "lawful source of income," as a Harbour Board memo put it.', 'Harbour Board'],
    // "Republican claims" is a noun, not "Republican" claiming
    ['Factline checks politicians. Factline rated 30% of Republican claims as "mostly false" last year.', 'Factline'],
    // an adverb between the subject and its verb
    ['Factline checks politicians. Factline then ruled that the figure was "broadly accurate" after all.', 'Factline'],
  ])('%s', (text, speaker) => {
    expect(speakersOf(text)[0]).toBe(speaker);
  });

  test('initials stay part of the name, the title goes to the role', () => {
    const q = findQuotes('"The bridge is safe," said Rep. J.T. Varga (D-Ore.), head of the transport panel.')[0];
    expect(q?.speaker).toBe('J.T. Varga');
    expect(q?.speakerRole).toBe('head of the transport panel');
  });

  test('an anonymous source after the quote is a cue: the quote does not inherit the last speaker', () => {
    const text = '"We will cut fares," Ines Duarte said.\n\n"Why pay more for the same crossing?" a narrator in the new advert asks.';
    expect(speakersOf(text)).toEqual(['Ines Duarte', null]);
  });

  test('"he" is not a group in the plural', () => {
    const text = 'Petr Halas urged Americans to read what he called the "real budget of the port."';
    expect(speakersOf(text)[0]).toBe('Petr Halas');
  });

  test('a long appositive gives the role, cut before the relative clause', () => {
    const text = '"We were never asked," Malin Oduya, the chair of the Tenants Forum and who has lived on the estate since 1998, told the council.';
    expect(findQuotes(text)[0]?.speakerRole).toBe('the chair of the Tenants Forum');
  });

  test('a new sentence naming someone with an appositive is not the cue of the quote before', () => {
    const text = 'The crowd chanted "Open the bridge." Malin Oduya, the chair of the Tenants Forum, said the march was peaceful.';
    expect(speakersOf(text)[0]).toBeNull();
  });
});

describe('findQuotes: roles', () => {
  test('a title inside a capitalised run splits the body from the person', () => {
    const q = findQuotes('Kestrel Bank CEO Lena Ortiz said the fees were "fair and clearly disclosed."')[0];
    expect([q?.speaker, q?.speakerRole]).toEqual(['Lena Ortiz', 'Kestrel Bank CEO']);
  });

  test('a capitalised sentence opener is nobody "she" could be', () => {
    const text = 'Mayor Ruth Alder spoke on Monday. Though she called the deal "a fair start," the council was unconvinced.';
    expect(findQuotes(text)[0]?.speaker).toBe('Ruth Alder');
  });

  test.each([
    ['"We moved the queue online," said Dilys Amberley, the clinic manager who designed the system.', 'the clinic manager'],
    ['Council leader Anwen Pryde said the repairs would take a year. "We will rebuild," Pryde said.', 'Council leader'],
    ['The chair of the Growers Association, Tariq Hussain, said the harvest "was simply lost."', 'chair of the Growers Association'],
  ])('%s', (text, role) => {
    expect(findQuotes(text).at(-1)?.speakerRole).toBe(role);
  });
});

describe('findQuotes: cues in French, Spanish and German news, and description-first objects', () => {
  test.each([
    ['"The pier will reopen in June," said the port\'s chief engineer, Ines Duarte.', 'Ines Duarte', 'port\'s chief engineer'],
    ['« Nous rouvrirons le pont en juin », a expliqué l\'adjoint aux travaux, Paul Garnier.', 'Paul Garnier', 'l\'adjoint aux travaux'],
    ['«El puente abrirá en junio», explicó Lucía Ferrer.', 'Lucía Ferrer', null],
    ['„Die Brücke öffnet im Juni“, sagte Baudirektorin Karla Brenner nach der Sitzung.', 'Karla Brenner', 'Baudirektorin'],
  ])('%s', (text, speaker, role) => {
    const q = findQuotes(text)[0];
    expect([q?.speaker, q?.speakerRole]).toEqual([speaker, role]);
  });
});
