/**
 * Named parties: the people, organisations and places an article is about, with every mention,
 * the other names they go by and the role the article gives them, most salient first.
 * Pipeline: name runs and demonyms (mentions.ts) -> parties (group-parties.ts) -> roles
 * (roles.ts) -> salience. compromise is used as a lexicon only (see lexicon.ts).
 */
import type { Party, Quote } from '../types.js';
import { groupMentions, type PartyDraft } from './group-parties.js';
import { findMentions } from './mentions.js';
import { applyPageNames, type PageNames } from './page-names.js';
import { proseLines } from './prose-lines.js';
import { roleOfMention } from './roles.js';

/** Salience weights: mentions count most; being early and being quoted break ties. */
const FIRST_MENTION_BONUS = 2;
const SPEAKER_BONUS = 1.5;

function salience(p: PartyDraft, textLength: number, quotes: readonly Quote[]): number {
  const first = Math.min(...p.mentions.map((m) => m.start));
  const early = 1 - first / Math.max(1, textLength);
  const quoted = quotes.filter((q) => q.speaker === p.name).length;
  return p.mentions.length + FIRST_MENTION_BONUS * early + SPEAKER_BONUS * Math.min(3, quoted);
}

function roleOf(p: PartyDraft, text: string, quotes: readonly Quote[]): string | null {
  if (p.kind !== 'person') return null;
  for (const m of p.mentions) {
    const r = roleOfMention(m, text);
    if (r) return r;
  }
  return quotes.find((q) => q.speaker === p.name && q.speakerRole)?.speakerRole ?? null;
}

export function findParties(text: string, quotes: Quote[], page: PageNames = {}): Party[] {
  const prose = proseLines(text);
  // Captions, credits, headings and labels name no parties of the story (prose-lines.ts).
  const drafts = groupMentions(findMentions(text).filter((m) => prose.at(m.start)), text);
  const parties = drafts
    .map((p) => ({ p, score: salience(p, text.length, quotes) }))
    .sort((a, b) => b.score - a.score)
    .map(({ p }) => ({
      name: p.name,
      kind: p.kind,
      role: roleOf(p, text, quotes),
      aliases: [...p.aliases].filter((a) => a !== p.name),
      mentions: p.mentions.map((m) => [m.start, m.end] as [number, number]).sort((a, b) => a[0] - b[0]),
    }));
  return applyPageNames(parties, page);
}
