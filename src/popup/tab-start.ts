/**
 * The popup's first move: find the tab, check the address, and inject the content scripts. It
 * runs from popup-start.js, a tiny classic script in the popup's <head> (tab-start-entry.ts),
 * before the popup's modules (Preact, the UI, the polyfill) are even fetched: the injection and
 * the tab's read then overlap the popup's own start instead of following it. The popup's module
 * takes the result from there (or starts it itself, as in the unit tests).
 *
 * content-on-demand.js goes first, alone: on a tab where content.js is not running yet it reads
 * the article as it arrives and its result is the report (content/on-demand/popup-read.ts), so
 * the popup has it with no message round trip and without waiting for content.js (the cleaner,
 * its load-time pass) to be compiled and run. content.js follows at once, for the clean on open
 * and the clean panel.
 *
 * Plain browser calls only (no polyfill): Chrome's `chrome.*` and Firefox's `browser.*` both
 * return promises for these under Manifest V3.
 */
import type { DraftReport } from '../shared/article-data.js';
import { canRunOn } from '../shared/can-run-on.js';
import { CONTENT_SCRIPT_FILE, ON_DEMAND_FILE } from '../shared/content-files.js';
import { markStep, markTabStep } from './timings.js';

interface TabInfo {
  id?: number;
  url?: string;
  pendingUrl?: string;
}

/** The few browser calls this needs. */
export interface TabApi {
  tabs: {
    query(query: { active: boolean; currentWindow: boolean }): Promise<TabInfo[]>;
    get(tabId: number): Promise<TabInfo>;
  };
  scripting: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<Array<{ result?: unknown }> | undefined> };
}

export type CannotRunKind = 'browser-page' | 'store' | 'pdf' | 'not-web' | 'invalid' | 'blocked';

export interface Injected {
  kind: 'injected';
  tabId: number;
  url: string | null;
  /** The tab's report (its article a draft), read as content-on-demand.js arrived; null where content.js already ran (ask it). */
  firstRead: DraftReport | null;
  /** content.js is in the tab (it came right behind content-on-demand.js). */
  contentScript: Promise<void>;
}

/** What the injection came to: the scripts are on their way into the tab, or why they cannot be. */
export type Injection = Injected | { kind: 'cannot-run'; why: CannotRunKind };

export interface TabStart {
  tabId: Promise<number | null>;
  /** The tab's URL when the browser lets us see it (activeTab, or a granted host), else null. */
  url: Promise<string | null>;
  /** null when there is no tab to talk about. */
  injection: Promise<Injection | null>;
}

const addressOf = (tab: TabInfo | null | undefined): string | null => tab?.url ?? tab?.pendingUrl ?? null;

async function findTab(search: string, api: TabApi): Promise<{ id: number; url: string | null } | null> {
  // `?tabId=N`: tests open the popup page in a tab of its own, about another tab.
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    return { id: fromQuery, url: addressOf(await api.tabs.get(fromQuery).catch(() => null)) };
  }
  // The active tab's entry carries its URL when activeTab grants it: one call, not two.
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: addressOf(tab) };
}

/** The first frame's result, if it is a first read (anything else: ask content.js instead). */
function firstReadIn(results: Array<{ result?: unknown }> | undefined): DraftReport | null {
  const result = results?.[0]?.result as Partial<DraftReport> | null | undefined;
  const draft = result && typeof result === 'object' ? result.draft : undefined;
  return draft && Array.isArray(draft.chunks) && draft.context && Array.isArray(result?.hidden) ? (result as DraftReport) : null;
}

async function inject(tab: { id: number; url: string | null }, api: TabApi, onRequested: () => void): Promise<Injection> {
  if (tab.url !== null) {
    const verdict = canRunOn(tab.url);
    if (!verdict.ok) return { kind: 'cannot-run', why: verdict.kind };
  }
  const target = { tabId: tab.id };
  try {
    const read = api.scripting.executeScript({ target, files: [ON_DEMAND_FILE] });
    // Asked for now (one round trip less), run by the tab after the read: injections into a frame
    // run in order. Injecting twice is harmless (each script notices).
    const contentScript = api.scripting.executeScript({ target, files: [CONTENT_SCRIPT_FILE] }).then(() => undefined);
    // Awaited later (or never, when the tab refused both); settled here so it is not reported as unhandled.
    contentScript.catch(() => undefined);
    onRequested();
    const firstRead = firstReadIn(await read);
    markStep('scripts-injected');
    if (firstRead?.readTimes) {
      markTabStep('tab-read-start', firstRead.readTimes.started);
      markTabStep('tab-read-done', firstRead.readTimes.done);
    }
    return { kind: 'injected', tabId: tab.id, url: tab.url, firstRead, contentScript };
  } catch {
    // No URL and no injection: a browser page we may not even see the address of.
    return { kind: 'cannot-run', why: 'blocked' };
  }
}

/** `onRequested`: the injections are asked for (the popup's own loading may go ahead without holding them up). */
export function startTabWork(search: string, api: TabApi, onRequested: () => void = () => undefined): TabStart {
  const tab = findTab(search, api);
  tab.then(() => markStep('tab-address'), () => undefined);
  const injection = tab.then((found) => (found === null ? null : inject(found, api, onRequested)));
  const started = { tabId: tab.then((t) => t?.id ?? null), url: tab.then((t) => t?.url ?? null), injection };
  // Awaited later by the popup; settled here so an early failure is not reported as unhandled.
  for (const p of Object.values(started)) p.catch(() => undefined);
  return started;
}

/** Where popup-start.js leaves its work for the popup's module (a slot on the popup page's own global). */
const SLOT = Symbol.for('precis.popup-tab-start');

export function leaveTabStart(start: TabStart): void {
  (globalThis as unknown as Record<symbol, TabStart | undefined>)[SLOT] = start;
}

/** The work popup-start.js began, once (a second caller starts afresh). */
export function takeTabStart(): TabStart | null {
  const realm = globalThis as unknown as Record<symbol, TabStart | undefined>;
  const start = realm[SLOT] ?? null;
  realm[SLOT] = undefined;
  return start;
}
