/**
 * "Hidden by you" rules: per host, a list of CSS selectors the reader picked. Pure (no browser
 * API): shapes, validation of what storage or an imported file holds, and the export format.
 * site-rules-storage.ts reads and writes them.
 */
import { normaliseHost } from './options.js';

export interface SiteRule {
  selector: string;
  /** What the reader saw when picking ("aside.newsletter “Get the morning brief”"), for the lists. */
  label: string;
  /** When it was saved (ms since 1970), to order the options list. */
  created: number;
}

export type SiteRules = Record<string, SiteRule[]>;

/** Longer selectors are not something our picker writes; a file holding them is not ours. */
export const MAX_SELECTOR_LENGTH = 300;
const MAX_LABEL_LENGTH = 200;
/** Per site and in all: a bound on what a page load has to apply and what an import may add. */
export const MAX_RULES_PER_SITE = 100;
const MAX_RULES_TOTAL = 2000;

export const EXPORT_FORMAT = 'precis-site-rules';
const EXPORT_VERSION = 1;

export interface RulesExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  sites: Record<string, Array<{ selector: string; label: string; created: number }>>;
}

/** An import problem: the message key shown to the reader, and the detail that names the culprit. */
export interface ImportError {
  key: 'importNotJson' | 'importWrongFormat' | 'importBadHost' | 'importBadRule' | 'importTooMany';
  detail: string;
}

export type ImportResult = { ok: true; rules: SiteRules } | { ok: false; error: ImportError };

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** One stored or imported rule -> a valid rule, or null. `isSelector` checks the CSS parses. */
export function validateRule(raw: unknown, isSelector: (s: string) => boolean): SiteRule | null {
  if (!isObject(raw)) return null;
  const selector = typeof raw.selector === 'string' ? raw.selector.trim() : '';
  if (!selector || selector.length > MAX_SELECTOR_LENGTH || !isSelector(selector)) return null;
  const label = typeof raw.label === 'string' ? raw.label.slice(0, MAX_LABEL_LENGTH) : selector;
  const created = typeof raw.created === 'number' && Number.isFinite(raw.created) && raw.created >= 0 ? raw.created : 0;
  return { selector, label, created };
}

/** What storage holds for one host -> valid rules; bad entries are dropped, duplicates merged. */
export function validateStoredRules(raw: unknown, isSelector: (s: string) => boolean = () => true): SiteRule[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: SiteRule[] = [];
  for (const item of raw) {
    const rule = validateRule(item, isSelector);
    if (!rule || seen.has(rule.selector)) continue;
    seen.add(rule.selector);
    out.push(rule);
  }
  return out.slice(0, MAX_RULES_PER_SITE);
}

/** A new rule appended to a site's list (the same selector twice is kept once, the newest label wins). */
export function withRule(rules: readonly SiteRule[], rule: SiteRule): SiteRule[] {
  return [...rules.filter((r) => r.selector !== rule.selector), rule].slice(-MAX_RULES_PER_SITE);
}

export function exportRules(rules: SiteRules): RulesExport {
  const sites: RulesExport['sites'] = {};
  for (const host of Object.keys(rules).sort()) {
    const list = rules[host] ?? [];
    if (list.length) sites[host] = list.map(({ selector, label, created }) => ({ selector, label, created }));
  }
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, sites };
}

/**
 * An imported file's text -> rules, all or nothing: the first problem is reported and nothing is
 * taken, so a half-valid file never leaves half its rules behind.
 */
export function parseImport(text: string, isSelector: (s: string) => boolean): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { key: 'importNotJson', detail: '' } };
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT || data.version !== EXPORT_VERSION || !isObject(data.sites)) {
    return { ok: false, error: { key: 'importWrongFormat', detail: '' } };
  }
  const rules: SiteRules = {};
  let total = 0;
  for (const [rawHost, list] of Object.entries(data.sites)) {
    const host = normaliseHost(rawHost);
    if (!host || host !== rawHost || !Array.isArray(list)) return { ok: false, error: { key: 'importBadHost', detail: rawHost } };
    const valid: SiteRule[] = [];
    for (const item of list) {
      const rule = validateRule(item, isSelector);
      if (!rule) return { ok: false, error: { key: 'importBadRule', detail: `${host}: ${String(isObject(item) ? item.selector : item).slice(0, 80)}` } };
      valid.push(rule);
    }
    total += valid.length;
    if (valid.length > MAX_RULES_PER_SITE || total > MAX_RULES_TOTAL) return { ok: false, error: { key: 'importTooMany', detail: host } };
    rules[host] = validateStoredRules(valid);
  }
  return { ok: true, rules };
}

/** Imported rules merged into the stored ones, site by site. */
export function mergeRules(stored: SiteRules, imported: SiteRules): SiteRules {
  const out: SiteRules = { ...stored };
  for (const [host, list] of Object.entries(imported)) {
    out[host] = list.reduce<SiteRule[]>((acc, rule) => withRule(acc, rule), out[host] ?? []);
  }
  return out;
}
