/**
 * Page-side checks for the declutter E2E: what is hidden (by our attribute, with its reason),
 * what a reader still sees (innerText skips display:none), and whether our content script ran.
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
      const hits = Array.from(document.querySelectorAll(`[data-precis-hidden="${reason}"]`));
      return !hits.some((el) => sq(el.textContent ?? '').includes(sq(text)) && !(el as HTMLElement).checkVisibility());
    });
  }, wanted);
}

/** Items of `wanted` that a reader can no longer see. */
export async function notVisible(page: Page, wanted: string[]): Promise<string[]> {
  const seen = squash(await page.evaluate(() => document.body.innerText));
  return wanted.filter((text) => !seen.includes(squash(text)));
}

export async function hiddenCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('[data-precis-hidden]:not([data-precis-restored])').length);
}

/** Did our content script start in this tab? (Its flag lives in the extension's isolated world.) */
export async function contentScriptLoaded(worker: Worker, tabId: number): Promise<boolean> {
  return worker.evaluate(async (id) => {
    const [result] = await chrome.scripting.executeScript({ target: { tabId: id }, func: () => (window as { __precisContentLoaded?: boolean }).__precisContentLoaded === true });
    return result?.result === true;
  }, tabId);
}
