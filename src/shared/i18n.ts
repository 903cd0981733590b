/**
 * UI text comes from _locales (English and German, kept complete by tests/shared/i18n.test.ts).
 * `t()` is the one way UI code gets a string: keys are typed from the English catalogue, so a
 * missing key fails to compile instead of showing an empty label.
 */
import type en from '../../_locales/en/messages.json';
import { browser } from './browser.js';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  // getMessage returns '' for an unknown key; the key itself is a more useful fallback.
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The UI language, for number and date formatting that matches the strings. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage?.() || 'en';
}

/** The reader's name for a kind of clutter ("duplicate-title" -> "Repeated headline"). */
export function reasonLabel(reason: string): string {
  return t(`reason_${reason.replace(/-/g, '_')}` as MessageKey);
}
