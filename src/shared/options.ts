/**
 * User settings: defaults, validation and migrations. Pure (no browser API), so it is tested in
 * Node; options-storage.ts reads and writes them. A stored value that is missing or malformed is
 * repaired to the default instead of breaking the extension (Dark Reader's approach).
 */
import type { HiddenReason } from '../core/types.js';
import { checkHost } from './host-name.js';

const OPTIONS_VERSION = 1;

/** The allowed values of each choice: the types, the validation and the settings UIs all read these. */
export const AUTO_CLEAN_MODES = ['off', 'sites', 'all'] as const;
export const SUMMARY_LENGTHS = [3, 4, 5] as const;
export const CARD_THEMES = ['light', 'dark', 'accent'] as const;
export const CARD_RATIOS = ['1:1', '4:5', '16:9'] as const;

export type AutoCleanMode = (typeof AUTO_CLEAN_MODES)[number];
export type SummaryLength = (typeof SUMMARY_LENGTHS)[number];
export type CardTheme = (typeof CARD_THEMES)[number];
export type CardRatio = (typeof CARD_RATIOS)[number];

export const HIDEABLE_KINDS: readonly HiddenReason[] = [
  'feedback', 'trending', 'related', 'newsletter', 'share', 'ad', 'comments',
  'duplicate-title', 'promo', 'cookie', 'audio', 'social', 'video', 'author-bio', 'tags', 'breadcrumb', 'print-email',
];

export interface Options {
  version: number;
  autoClean: AutoCleanMode;
  /** Hostnames auto-cleaned in 'sites' mode. */
  sites: string[];
  /** Hostnames never cleaned automatically, whatever the mode ("never" beats "all sites"). */
  neverSites: string[];
  /** Clean an article when the reader opens the popup on it (the toolbar click is the main gesture). */
  cleanOnOpen: boolean;
  /** Which kinds of clutter to hide. */
  hideKinds: Record<HiddenReason, boolean>;
  summarySentences: SummaryLength;
  cardTheme: CardTheme;
  cardRatio: CardRatio;
}

export function defaultOptions(): Options {
  return {
    version: OPTIONS_VERSION,
    autoClean: 'off',
    sites: [],
    neverSites: [],
    cleanOnOpen: true,
    hideKinds: Object.fromEntries(HIDEABLE_KINDS.map((k) => [k, true])) as Record<HiddenReason, boolean>,
    summarySentences: 3,
    cardTheme: 'light',
    cardRatio: '1:1',
  };
}

function oneOf<T extends string | number>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** A hostname as typed or copied ("https://www.Example.com/x" -> "www.example.com"), or null. */
export function normaliseHost(value: unknown): string | null {
  const checked = checkHost(value);
  return checked.ok ? checked.host : null;
}

function hostList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const hosts = value.map(normaliseHost).filter((h): h is string => h !== null);
  return [...new Set(hosts)].sort();
}

/** Old stored shapes -> current shape. v0 (unversioned) had `autoClean: boolean`. */
export function migrate(stored: Record<string, unknown>): Record<string, unknown> {
  const out = { ...stored };
  if (typeof out.autoClean === 'boolean') out.autoClean = out.autoClean ? 'all' : 'off';
  out.version = OPTIONS_VERSION;
  return out;
}

/** Anything read from storage -> valid Options; bad fields fall back to their defaults. */
export function validateOptions(raw: unknown): Options {
  const d = defaultOptions();
  const stored = raw && typeof raw === 'object' ? migrate(raw as Record<string, unknown>) : {};
  const kinds = stored.hideKinds && typeof stored.hideKinds === 'object' ? (stored.hideKinds as Record<string, unknown>) : {};
  return {
    version: OPTIONS_VERSION,
    autoClean: oneOf(stored.autoClean, AUTO_CLEAN_MODES, d.autoClean),
    sites: hostList(stored.sites),
    neverSites: hostList(stored.neverSites),
    cleanOnOpen: typeof stored.cleanOnOpen === 'boolean' ? stored.cleanOnOpen : d.cleanOnOpen,
    hideKinds: Object.fromEntries(
      HIDEABLE_KINDS.map((k) => [k, typeof kinds[k] === 'boolean' ? kinds[k] : d.hideKinds[k]]),
    ) as Record<HiddenReason, boolean>,
    summarySentences: oneOf(stored.summarySentences, SUMMARY_LENGTHS, d.summarySentences),
    cardTheme: oneOf(stored.cardTheme, CARD_THEMES, d.cardTheme),
    cardRatio: oneOf(stored.cardRatio, CARD_RATIOS, d.cardRatio),
  };
}

/** Has the reader said "Never clean this site"? */
export function isNeverSite(options: Options, host: string): boolean {
  return options.neverSites.includes(host.toLowerCase());
}

/** Should opening the popup on an article of this host clean it? "Never" wins here too. */
export function cleanOnOpenApplies(options: Options, host: string | null): boolean {
  return options.cleanOnOpen && (host === null || !isNeverSite(options, host));
}

/** Should a page on this host be cleaned without a click? */
export function autoCleanApplies(options: Options, host: string): boolean {
  const h = host.toLowerCase();
  if (isNeverSite(options, h)) return false;
  if (options.autoClean === 'all') return true;
  return options.autoClean === 'sites' && options.sites.includes(h);
}
