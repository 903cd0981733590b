import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_LABEL_CHARS, normaliseLabel, reasonForLabel } from '../../../src/core/declutter/label-match.js';
import { LABEL_PHRASES } from '../../../src/core/declutter/phrases.js';

/**
 * The matcher without its speed-ups: each reason's phrases joined into one alternation, no gates
 * (label-gates.ts), no memo, reasons in the table's order. The gates only spare compiling an
 * alternation no label of the page can match: the answers must be the same.
 */
const REFERENCE = Object.entries(LABEL_PHRASES)
  .filter(([, phrases]) => phrases.length > 0)
  .map(([reason, phrases]) => ({ reason, re: new RegExp(`^(?:${phrases.join('|')})$`, 'u') }));

function referenceReason(raw: string): string | null {
  if (!raw || raw.length > 600) return null;
  const label = normaliseLabel(raw);
  if (!label) return null;
  const long = label.length > MAX_LABEL_CHARS;
  if (long && !label.includes('cookie')) return null;
  const mentionsCookies = /cookie|privacy|datenschutz/.test(label);
  for (const { reason, re } of REFERENCE) {
    if (long && reason !== 'cookie') continue;
    if (reason === 'cookie' && !mentionsCookies) continue;
    if (re.test(label)) return reason;
  }
  return null;
}

describe('the label matcher answers as the plain alternations do', () => {
  test.each(Object.entries(LABEL_PHRASES))('%s: strings generated from each phrase', (_reason, phrases) => {
    for (const phrase of phrases) {
      // (The generator knows no \b: without it a phrase matches more strings, compared all the same.)
      const whole = new RegExp(`^(?:${phrase.replaceAll('\\b', '')})$`, 'u');
      fc.assert(fc.property(fc.stringMatching(whole), (label) => reasonForLabel(label) === referenceReason(label)), { seed: 7, numRuns: 60 });
    }
  });

  test('near misses and prose', () => {
    const texts = ['Related', 'Related talks collapsed on Friday', 'More from the archive', 'Teilen', 'te ha resultado útil esta noticia', 'te ha sido útil este artículo!', 'Share (3)', '(related)', 'Comments 12', '12 Comments', 'Newsletters', 'Our daily newsletter', 'This site uses cookies to remember your settings.'];
    for (const text of texts) expect(reasonForLabel(text)).toBe(referenceReason(text));
  });
});
