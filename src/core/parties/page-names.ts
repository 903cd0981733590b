/**
 * What the page's own labels say about names: the byline names the author, who writes the story
 * and is not a party to it; the site's name is the outlet, an organisation and never a person.
 */
import type { Party } from '../types.js';

export interface PageNames {
  byline?: string | null;
  siteName?: string | null;
}

const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** "By Clara Voss and Noor Haddad, Meridian Wire" -> ["clara voss", "noor haddad", "meridian wire"]. */
function bylineNames(byline: string): string[] {
  return byline
    .replace(/^\s*(?:by|von|par|por)\s+/i, '')
    .split(/\s*(?:,|;|·|\||\band\b|&|\bund\b|\bet\b|\by\b)\s*/i)
    .map(fold)
    .filter((s) => s.includes(' '));
}

/** Drops the byline's authors from the people and makes the outlet an organisation. */
export function applyPageNames(parties: Party[], page: PageNames): Party[] {
  const authors = new Set(page.byline ? bylineNames(page.byline) : []);
  const site = page.siteName ? fold(page.siteName) : '';
  const siteWords = new Set(site.split(' ').filter((w) => w.length > 2));
  const namesOf = (p: Party) => [p.name, ...p.aliases].map(fold);
  const isOutlet = (p: Party) => !!site && namesOf(p).some((n) => n === site || (!n.includes(' ') && siteWords.has(n) && site.startsWith(n)));
  return parties
    .filter((p) => !(p.kind === 'person' && namesOf(p).some((n) => authors.has(n))))
    .map((p) => (p.kind === 'person' && isOutlet(p) ? { ...p, kind: 'organization' as const, role: null } : p));
}
