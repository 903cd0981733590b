/**
 * Titles and role nouns, listed once for the quote finder and the party rules.
 * TITLE_WORDS stand in front of a name and are a role, not part of it: "President Masoud
 * Pezeshkian" is the person "Masoud Pezeshkian" with the role "President". ROLE_NOUNS name a job
 * or a part someone plays: the head of a description ("Iran's senior diplomat", "the senator").
 */
const words = (s: string): string[] => s.trim().split(/\s+/);

export const TITLE_WORDS: ReadonlySet<string> = new Set(words(`
president vice senator sen sen. rep rep. representative congressman congresswoman governor gov gov. mayor
minister prime secretary chancellor judge justice general gen gen. lt lt. col col. colonel captain capt capt.
commander admiral adm adm. cmdr cmdr. sergeant sgt sgt. officer detective inspector chief ayatollah sheikh king
queen prince princess pope bishop archbishop rabbi imam father sister dr dr. prof prof. professor mr mr. mrs
mrs. ms ms. mx mx. sir dame lord lady supreme leader speaker ambassador envoy special attorney coach manager
former deputy acting foreign defense defence state interior finance health majority minority chairman
chairwoman chair director executive ceo candidate nominee first the of u.s. us democratic republican gop
house senate whip sens sens. reps reps. rev rev. reverend secretary-general`));

export const ROLE_NOUNS: ReadonlySet<string> = new Set(words(`
diplomat minister adviser advisor spokesman spokeswoman spokesperson official envoy leader president
chief secretary ambassador negotiator commander lawyer attorney director founder executive chairman
chairwoman analyst professor economist senator governor mayor candidate nominee strategist manager
aide correspondent editor reporter researcher scientist historian author pollster consultant
representative congressman congresswoman judge prosecutor investigator officer detective coach
captain player striker goalkeeper ceo cfo owner chair head activist campaigner organiser organizer
surrogate operative donor critic expert doctor nurse teacher student resident witness mother father
son daughter wife husband sister brother friend colleague partner rival opponent challenger incumbent
veteran premier king queen prince cleric ayatollah general colonel sergeant admiral councillor councilor
councilman councilwoman lawmaker legislator mp minister chancellor trustee commissioner superintendent
headteacher headmaster headmistress principal lady mate niece nephew cousin uncle aunt widow widower
grandson granddaughter grandmother grandfather stepson stepdaughter fiance fiancee
businessman businesswoman billionaire mogul tycoon magnate entrepreneur
singer guitarist drummer musician rapper songwriter actor actress comedian filmmaker producer novelist
poet artist photographer dancer designer astronaut engineer physician surgeon pilot pastor priest
columnist blogger publicist lobbyist banker investor`));
