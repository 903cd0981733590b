/**
 * Turns an attribution into a speaker name: surnames expanded to the full name given earlier,
 * "he"/"she" to the nearest earlier person of that gender, "the association" to the
 * organisation it stands for. Anonymous sources ("a source", "officials") stay null.
 */
import type { Gender } from '../text/first-names.js';
import type { Attribution } from './attribution.js';
import { expandSurname, type NameMention } from './name-index.js';

export interface ResolvedSpeaker {
  speaker: string | null;
  role: string | null;
}

export interface SpeakerContext {
  names: readonly NameMention[];
  /** Speakers already attributed, in text order: "he said" most often means the last of them. */
  previous: Array<{ name: string; at: number; gender: Gender }>;
}

const NEWSPAPER = /\b(?:Times|Post|Journal|News|Herald|Tribune|Telegraph|Guardian|Gazette|Chronicle)\b/;

/** A person's gender from any mention of them: full name, or surname alone ("Brandt ... his"). */
export function genderOf(name: string, ctx: SpeakerContext): Gender {
  const surname = name.split(' ').at(-1);
  for (const n of ctx.names) if ((n.name === name || n.name === surname) && n.gender) return n.gender;
  return null;
}

function fullName(name: string, at: number, ctx: SpeakerContext): string {
  if (name.includes(' ')) return name;
  return expandSurname(name, ctx.names, at)?.name ?? name;
}

function compatible(want: Gender, have: Gender): boolean {
  return !want || !have || want === have;
}

function resolvePronoun(pronoun: string, at: number, ctx: SpeakerContext): string | null {
  if (pronoun !== 'he' && pronoun !== 'she') return null;
  const want: Gender = pronoun === 'he' ? 'male' : 'female';
  const last = ctx.previous.at(-1);
  const lastIsNear = !!last && at - last.at < 700 && !isOrganization(last.name, ctx);
  let recent: NameMention | null = null;
  let fallback: string | null = null;
  for (let k = ctx.names.length - 1; k >= 0 && !recent; k--) {
    const n = ctx.names[k]!;
    if (n.start >= at || n.isOrganization) continue;
    const full = fullName(n.name, n.start, ctx);
    const g = genderOf(full, ctx) ?? n.gender;
    if (g === want) recent = { ...n, name: full };
    else if (!g && !fallback && full.includes(' ')) fallback = full;
  }
  // The speaker quoted just before is the usual "he" of the next quote, unless another
  // person of that gender has been named since ("...after Trump deployed what he called").
  if (lastIsNear && last!.gender === want) return recent && recent.start > last!.at ? recent.name : last!.name;
  if (recent) return recent.name;
  if (lastIsNear && compatible(want, last!.gender)) return last!.name;
  return fallback;
}

function isOrganization(name: string, ctx: SpeakerContext): boolean {
  return ctx.names.some((n) => n.name === name && n.isOrganization);
}

function resolveNominal(head: string, at: number, ctx: SpeakerContext): string | null {
  let best: string | null = null;
  for (const n of ctx.names) {
    if (n.start >= at) break;
    if (!n.isOrganization) continue;
    const last = n.name.split(' ').at(-1)!.toLowerCase();
    if (last === head || ((head === 'newspaper' || head === 'paper') && NEWSPAPER.test(n.name))) best = n.name;
  }
  return best;
}

export function roleFor(name: string, ctx: SpeakerContext): string | null {
  for (const n of ctx.names) if (n.name === name && n.title) return n.title;
  return null;
}

export function resolveSpeaker(att: Attribution, ctx: SpeakerContext): ResolvedSpeaker {
  if (att.kind === 'pronoun') {
    const speaker = resolvePronoun(att.value, att.at, ctx);
    return { speaker, role: speaker ? roleFor(speaker, ctx) : null };
  }
  if (att.kind === 'nominal') {
    return { speaker: resolveNominal(att.value, att.at, ctx), role: att.role };
  }
  const speaker = fullName(att.value, att.at, ctx);
  return { speaker, role: att.role ?? roleFor(speaker, ctx) };
}
