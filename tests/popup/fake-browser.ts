/**
 * Just enough of `browser` for component tests in happy-dom: i18n from the real English
 * catalogue (so tests read the strings a user sees), and message/permission stubs.
 */
import { vi } from 'vitest';
import de from '../../_locales/de/messages.json';
import en from '../../_locales/en/messages.json';

type Catalogue = Record<string, { message: string }>;
let catalogue: Catalogue = en;

/** Switch the UI language of the fake (the real one follows the browser's). */
export function useLanguage(lang: 'en' | 'de'): void {
  catalogue = lang === 'de' ? de : en;
}

export function getMessage(key: string, subs?: string | string[]): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return entry.message.replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? '');
}

export const fakeBrowser = {
  i18n: { getMessage, getUILanguage: () => 'en' },
  runtime: { id: 'test', sendMessage: vi.fn(async () => undefined), onMessage: { addListener: vi.fn(), removeListener: vi.fn() } },
  tabs: { sendMessage: vi.fn(async () => undefined) },
  permissions: { request: vi.fn(async () => true) },
};
