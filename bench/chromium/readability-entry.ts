/**
 * Readability as the Chromium bench evaluates it in the page, in a bundle of its own (see
 * load-path-entry.ts), so each side's script evaluation (its compile) is timed apart too.
 */
import { Readability } from '@mozilla/readability';

/** Readability as its README prescribes for a live page: parse a clone. */
export function readabilityClone(doc: Document): number {
  return new Readability(doc.cloneNode(true) as Document).parse()?.textContent?.length ?? 0;
}
