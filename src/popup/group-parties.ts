/**
 * Parties as the popup lists them: people, organisations and places, each group in the core's
 * salience order, with the strings that find their mentions on the page.
 */
import type { Party, PartyKind } from '../core/types.js';

const PARTY_GROUPS: readonly PartyKind[] = ['person', 'organization', 'place'];

export function groupParties(parties: readonly Party[]): Array<{ kind: PartyKind; parties: Party[] }> {
  return PARTY_GROUPS.map((kind) => ({ kind, parties: parties.filter((p) => p.kind === kind) })).filter((g) => g.parties.length > 0);
}

/** What to look for on the page: the name and every alias, longest first, without duplicates. */
export function mentionTexts(party: Party): string[] {
  return [...new Set([party.name, ...party.aliases].map((s) => s.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
}
