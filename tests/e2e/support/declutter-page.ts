/**
 * Page-side checks for the declutter E2E: what is hidden (by our attribute, with its reason),
 * what a reader still sees (innerText skips display:none), and whether our content script ran.
 * Our marks are `data-precis-hidden-<token>` (the token is random per load, see hide-style.ts);
 * the page-side code finds them by that shape, as a test can, and a page could not in advance.
 */
import type { Page, Worker } from 'playwright-core';

export interface HideCheck {
  text: string;
  reason: string;
}

const squash = (s: string): string => s.replace(/\s+/g, '');

/** Items of `wanted` that are NOT hidden with their reason (empty = all hidden). */
export async function notHidden(page: Page, wanted: HideCheck[]): Promise<HideCheck[]> {
  return page.evaluate((list) => {
    const sq = (s: string): string => s.replace(/\s+/g, '');
    return list.filter(({ text, reason }) => {
      const mark = (el: Element): string | undefined => el.getAttributeNames().find((n) => /^data-precis-hidden-[a-z0-9]{8}$/.test(n));
      const hits = Array.from(document.querySelectorAll('*')).filter((el) => el.getAttribute(mark(el) ?? '') === reason);
      return !hits.some((el) => sq(el.textContent ?? '').includes(sq(text)) && !(el as HTMLElement).checkVisibility());
    });
  }, wanted);
}

/** Items of `wanted` that a reader can no longer see. */
export async function notVisible(page: Page, wanted: string[]): Promise<string[]> {
  const seen = squash(await page.evaluate(() => document.body.innerText));
  return wanted.filter((text) => !seen.includes(squash(text)));
}

/** Blocks our marks hide now (marked, and not restored one by one). */
export async function hiddenCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const names = (el: Element): string[] => el.getAttributeNames();
    return Array.from(document.querySelectorAll('*')).filter((el) =>
      names(el).some((n) => /^data-precis-hidden-[a-z0-9]{8}$/.test(n)) && !names(el).some((n) => /^data-precis-restored-[a-z0-9]{8}$/.test(n)),
    ).length;
  });
}

/** Did our content script start in this tab? (Its flag is a symbol in the extension's isolated world.) */
export async function contentScriptLoaded(worker: Worker, tabId: number): Promise<boolean> {
  return worker.evaluate(async (id) => {
    const [result] = await chrome.scripting.executeScript({
      target: { tabId: id },
      func: () => (globalThis as unknown as Record<symbol, boolean>)[Symbol.for('precis.content-script')] === true,
    });
    return result?.result === true;
  }, tabId);
}
