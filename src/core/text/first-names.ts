/**
 * Common given names by usual gender, to resolve "he" / "she" to the right earlier person.
 * Kept here (not taken from compromise) because the quote finder must stay light enough for any
 * bundle. A guess, not a judgement: unknown names are treated as either.
 */
const FEMALE = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca
sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine
christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia
victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria
teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris
marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori
hillary hilary nancy kamala michelle melania ivanka chelsea kellyanne elizabeth elaine nikki sarah
tulsi ilhan alexandria nancy dianne susan lisa huma donna jill tammy amy kirsten maxine sheila condoleezza
madeleine angela theresa ursula christine giorgia marine jacinda sanna mette kaja ruth sonia indira
fatima aisha amira leila layla yasmin mariam zainab priya anjali sunita ngozi chioma amara adaeze
sofia lucia carmen elena isabel ana rosa marta paula ines camila valentina gabriela juana pilar
ingrid astrid greta anja katja petra heidi annika lena nina mia ella chloe zoe lily ava harper
nora claire julia irene vera olga tatiana natalia svetlana yulia anastasia irina galina ludmila
mei ling yan hui xiu jing yuki sakura keiko yoko hana jane joanna kate katie meghan gwen ruby rose
daisy jasmine tiffany wendy tina tracy yvonne beth molly peggy sally becky cindy holly jo kim`;

const MALE = `james robert john michael david william richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl
arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne
elijah randy roy vincent ralph eugene russell bobby mason philip louis barack bernie mike mitch ted
marco jeb rand chris newt rudy reince corey ben tim bill joe hunter beau rick rex jared
steve boris emmanuel vladimir xi recep benjamin ali hassan hossein mohammad mohammed ahmed ahmad omar
abdul abdullah khalid mahmoud mustafa ibrahim yusuf hamid javad abbas masoud ebrahim hamad salman
muhammad tariq imran nawaz narendra rahul amit raj sanjay vijay arjun ravi luis carlos jorge pedro
miguel manuel antonio francisco javier diego pablo andres fernando alejandro ricardo sergio emilio
hans klaus jurgen wolfgang helmut olaf friedrich karl franz stefan lars sven erik magnus nils
pierre jacques francois jean-luc nicolas olivier emmanuel dmitry sergei ivan alexei mikhail yuri
igor nikolai viktor oleg andrei hiroshi takeshi kenji shinzo fumio yoshihide wei jun ming hao tao
kim jae min seung dong mark luke matt nick tom sam dan dave jim bob ron don doug greg jeff ken
lou max leo hugh ian neil colin gordon tony jeremy keir rishi nigel liam owen rhys gareth dai`;

const toSet = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
const female = toSet(FEMALE);
const male = toSet(MALE);

export type Gender = 'female' | 'male' | null;

/** A given name's usual gender; callers with a bigger name list (compromise's, in the popup) pass their own. */
export type GenderOfFirstName = (name: string) => Gender;

export function genderOfFirstName(name: string): Gender {
  const n = name.toLowerCase();
  const f = female.has(n);
  const m = male.has(n);
  if (f === m) return null; // unknown, or used for both (e.g. "kim", "jo")
  return f ? 'female' : 'male';
}

