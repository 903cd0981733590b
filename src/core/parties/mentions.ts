/**
 * Every mention of a named party, typed: name runs classified one by one, then made
 * consistent across the article (one surface form, one kind), plus demonyms counted for their
 * country ("Iranian officials" -> Iran) and headline words in capitals matched to known names.
 */
import type { PartyKind } from '../types.js';
import { classifyRun } from './classify.js';
import { creditRanges, inRanges } from './credit-lines.js';
import { isCountry, isDemonymWord, isPlaceName } from './lexicon.js';
import { nameRuns, type NameRun } from './name-runs.js';
import { countryOfDemonym } from './place-aliases.js';
import { tokenize, type Token } from './tokens.js';

export interface Mention {
  text: string;
  start: number;
  end: number;
  kind: PartyKind;
  /** A demonym standing for its country: counted for the party, not a name in itself. */
  demonymOf: string | null;
  run: NameRun | null;
}

function majorityKinds(runs: NameRun[], verdicts: Array<PartyKind | null>): Map<string, PartyKind> {
  const votes = new Map<string, Map<PartyKind, number>>();
  runs.forEach((r, i) => {
    const v = verdicts[i];
    if (!v) return;
    const m = votes.get(r.text) ?? new Map<PartyKind, number>();
    // A title or honorific is near-certain; let it outvote guesses.
    m.set(v, (m.get(v) ?? 0) + (r.title || r.honorific ? 3 : 1));
    votes.set(r.text, m);
  });
  const out = new Map<string, PartyKind>();
  for (const [text, m] of votes) out.set(text, [...m].sort((a, b) => b[1] - a[1])[0]![0]);
  return out;
}

export function findMentions(text: string): Mention[] {
  const tokens = tokenize(text);
  const credits = creditRanges(text);
  const runs = nameRuns(text, tokens).filter((r) => !inRanges(r.start, credits));
  const people = new Set<string>();
  for (const pass of [0, 1]) {
    for (const r of runs) {
      if (r.tokens.length > 1 && classifyRun(r, people) === 'person') {
        for (const t of r.tokens) if (t !== r.tokens[0] || pass) people.add(t.text);
      }
    }
  }
  const verdicts = runs.map((r) => classifyRun(r, people));
  const kinds = majorityKinds(runs, verdicts);
  const out: Mention[] = [];
  runs.forEach((r) => {
    const kind = kinds.get(r.text);
    if (kind && !isDemonymWord(r.text)) out.push({ text: r.text, start: r.start, end: r.end, kind, demonymOf: null, run: r });
  });
  const inNames = runs.filter((r) => !isDemonymWord(r.text)).map((r) => [r.start, r.end] as [number, number]);
  out.push(...demonymMentions(tokens, [...credits, ...inNames]));
  out.push(...capsLineMentions(text, tokens, kinds));
  return out.sort((a, b) => a.start - b.start);
}

function demonymMentions(tokens: readonly Token[], credits: Array<[number, number]>): Mention[] {
  const out: Mention[] = [];
  for (const t of tokens) {
    if (!t.cap || t.capsLine || inRanges(t.start, credits) || !isDemonymWord(t.text)) continue;
    const country = countryOfDemonym(t.text);
    if (country) out.push({ text: t.text, start: t.start, end: t.end, kind: 'place', demonymOf: country, run: null });
  }
  return out;
}

const titleCase = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();

/** Headlines in capitals: only names the article also writes normally, or known countries. */
function capsLineMentions(text: string, tokens: readonly Token[], kinds: Map<string, PartyKind>): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.capsLine) continue;
    for (let n = Math.min(4, tokens.length - i); n >= 1; n--) {
      const span = tokens.slice(i, i + n);
      if (span.some((t) => !t.capsLine) || span.slice(1).some((t) => t.gap !== ' ')) continue;
      const phrase = span.map((t) => titleCase(t.text)).join(' ');
      const kind = kinds.get(phrase) ?? (isCountry(phrase) || (n > 1 && isPlaceName(phrase)) ? 'place' : undefined);
      if (!kind) continue;
      const start = span[0]!.start;
      const end = span[n - 1]!.end;
      out.push({ text: text.slice(start, end), start, end, kind, demonymOf: null, run: null });
      i += n - 1;
      break;
    }
  }
  return out;
}
