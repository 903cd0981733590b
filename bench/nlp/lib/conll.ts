/**
 * CoNLL-2003 loader: one text per document, tokens joined by spaces and sentences by newlines,
 * with the character span of every gold PER / ORG / LOC entity (MISC ignored). Tags are IOB1.
 */
import { readFileSync } from 'node:fs';

export type EntityType = 'PER' | 'ORG' | 'LOC';
export interface GoldEntity { type: EntityType; start: number; end: number }
export interface ConllDoc { text: string; entities: GoldEntity[]; sports: boolean }

/** Sports reports open on a capitalised sport heading ("SOCCER -", "TENNIS -", "NBA BASKETBALL -"). */
const SPORTS = /^(?:SOCCER|TENNIS|CRICKET|GOLF|BASEBALL|BASKETBALL|NBA|NFL|NHL|ICE HOCKEY|HOCKEY|RUGBY|CYCLING|ATHLETICS|BOXING|MOTOR|MOTORCYCLING|MOTOCROSS|FORMULA|HORSE|HORSE RACING|SKIING|ALPINE|SWIMMING|BADMINTON|SQUASH|VOLLEYBALL|HANDBALL|SPORT|SPORTS|YACHTING|SAILING|ROWING|SNOOKER|DARTS|TABLE TENNIS|WRESTLING|JUDO|FENCING|TRIATHLON|AMERICAN FOOTBALL|AUSTRALIAN RULES|GAELIC|POLO|CHESS|NORDIC|BOBSLEIGH|SPEED SKATING|FIGURE SKATING|GYMNASTICS|WEIGHTLIFTING|SHOOTING|ARCHERY|CANOEING|EQUESTRIAN|LUGE|BIATHLON|SUMO)\b/;

export function loadConll(path: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let sentences: string[][][] = [];
  let current: string[][] = [];
  const flushSentence = () => { if (current.length) sentences.push(current); current = []; };
  const flushDoc = () => {
    flushSentence();
    if (sentences.length) docs.push(buildDoc(sentences));
    sentences = [];
  };
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('-DOCSTART-')) { flushDoc(); continue; }
    if (!line.trim()) { flushSentence(); continue; }
    const cols = line.split(' ');
    current.push([cols[0]!, cols[cols.length - 1]!]);
  }
  flushDoc();
  return docs;
}

function buildDoc(sentences: string[][][]): ConllDoc {
  let text = '';
  const entities: GoldEntity[] = [];
  sentences.forEach((sentence, si) => {
    if (si) text += '\n';
    let open: GoldEntity | null = null;
    sentence.forEach(([tok, tag], ti) => {
      if (ti) text += ' ';
      const start = text.length;
      text += tok;
      const [bio, type] = tag!.split('-') as [string, string | undefined];
      const keep = type === 'PER' || type === 'ORG' || type === 'LOC';
      const continues = open && bio === 'I' && type === open.type;
      if (open && !continues) { entities.push(open); open = null; }
      if (keep && !continues) open = { type: type as EntityType, start, end: text.length };
      else if (continues && open) open.end = text.length;
    });
    if (open) entities.push(open);
  });
  const heading = sentences[0]?.map(([t]) => t).join(' ') ?? '';
  return { text, entities, sports: SPORTS.test(heading) };
}
