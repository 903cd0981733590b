/**
 * Word lists our rules add to compromise's lexicon. Kept as data, lower-case.
 */
const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Last words that make a name an organisation (beyond compromise's orgWords). */
export const EXTRA_ORG_WORDS = set(`party organisation organization movement front alliance union league ministry
bank pank newsroom desk desks exchange airlines airline motors steel group team club united rovers wanderers
athletic fc sc ac cf inc corp corporation co ltd plc llc ag sa nv bv spa gmbh holdings industries systems
telecom networks petroleum oil mining mines resources pharmaceuticals institute assembly parliament senate
congress cabinet court tribunal police army navy force forces guard commission council committee agency
bureau office service services department board authority association federation foundation trust fund
university college school academy hospital times post journal news herald tribune telegraph gazette
review press radio tv television broadcasting network channel magazine daily weekly monitor observer`);

/** News and wire agencies, named alone ("Reuters said"). */
export const NEWS_AGENCIES = set(`reuters reuter xinhua interfax itar-tass tass afp ap upi bloomberg kyodo yonhap
ansa efe dpa anp bernama antara pti irna mena wafa petra sana anadolu`);

/** Capitalised abbreviations that are not organisations: time zones, measures, economics. */
export const NOT_ORG_ACRONYMS = set(`gmt est edt cst cdt pst pdt bst cet cest utc am pm a.m. p.m. gdp gnp cpi ppi
vat ceo cfo coo mp mps tv pc ok usd eur gbp jpy dm nb pct bpd mln bln ipo ipos nyse
td tds led leds lcd oled hd uhd ps hp bhp kw kwh mw mwh gw gwh pv cpu cpus gpu gpus ram ssd hdd usb usb-c
suv suvs ev evs phev ict ct mri dna hiv ai vr ar dvd dvds vod id os ios api gps rpm mph kph mb gb tb
awd 4wd fwd rwd ebitda eps roi capex hdmi usb-a usb-b lte 5g 4g nfc fps`);

/** Last words of photo credits ("AP Photo", "Getty Images"): a source line, not a party of the story. */
export const CREDIT_WORDS = set(`photo photos images photography`);

/** Members of a political party in the plural: "Carrow Democrats" is a group, not a person. */
export const PARTY_MEMBERS = set(`democrats republicans tories conservatives liberals socialists`);
/** The same parties' words written before a member's name ("Republican Ada Minton"): an affiliation, no part of the name. */
export const AFFILIATIONS = set(`republican democrat democratic labour conservative tory liberal socialist green`);

/** Posts held in a body: capitalised words right before them name the body ("Brindle CEO Jack Marlow"). */
export const BODY_POSTS = set(`ceo cfo coo cto chairman chairwoman chair founder co-founder cofounder spokesman
spokeswoman spokesperson president chief executive director owner boss coach manager`);

/** Posts written after a body's name with no holder's name ("the Carrow Assembly Speaker"): the body is the party. */
export const BODY_POSTS_AFTER = set(`speaker chairman chairwoman chair president leader secretary director spokesman
spokeswoman spokesperson ceo commissioner minister`);

/** Legislatures and governments named by one capitalised word ("Congress voted", "the Senate"). */
export const INSTITUTIONS = set(`congress senate parliament legislature knesset duma bundestag cabinet`);
/** Institutions named by a common word, only when "the" stands before it mid-sentence ("the House"). */
export const THE_INSTITUTIONS = set(`house cabinet legislature`);

/** Last words of product names ("MacBook Pro", "Echo Buds", "Switch Lite"): a model, not a person. */
export const MODEL_WORDS = set(`pro max mini plus lite ultra edition buds concept convertible`);

/** Last words of events, prizes and other names CoNLL and readers treat as neither party kind. */
export const EVENT_WORDS = set(`cup war prize award awards bowl games olympics olympic championship championships
open trophy tournament series grand prix marathon festival day week year summit conference talks treaty accord
act bill plan index programme program revolution uprising spring crisis`);

/** Words that point at a place when they lead a multi-word name ("Northern Ireland"). */
export const DIRECTION_WORDS = set(`north south east west northern southern eastern western central upper lower
greater new old middle far near north-east north-west south-east south-west`);

/** Months and weekdays, with the abbreviations news uses: one list, in core/text. */
export { DATE_WORDS } from '../text/name-words.js';

/** Religions, ideologies, page furniture ("Image", "Video"), sun, moon and planets: names, but of no party. */
export const NOT_PARTIES = set(`islam christianity judaism buddhism hinduism holocaust god allah internet
web euro dollar yen mark franc sterling none wi-fi bluetooth
image images photo photos picture video videos gallery slideshow advertisement sponsored caption credit
moon sun earth mars venus jupiter saturn uranus neptune pluto titan europa enceladus`);

/** Portfolios that name a government agency when a country follows ("Transport Canada", "Health Canada"). */
export const PORTFOLIO_WORDS = set(`transport health statistics parks environment employment justice elections
revenue immigration trade sport heritage fisheries agriculture industry infrastructure innovation finance
defence defense housing energy water forestry tourism education culture veterans correctional`);
