import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { labelGate, labelTable, mayMatch } from '../../../src/core/declutter/label-gates.js';
import { LABEL_TABLE } from '../../../src/core/declutter/label-gates.data.js';
import { LABEL_PHRASES } from '../../../src/core/declutter/phrases.js';

describe('label gates never turn away a label its reason matches', () => {
  test.each(Object.entries(LABEL_PHRASES))('%s: every string generated from each phrase passes the gate', (_reason, phrases) => {
    const gate = labelGate(phrases);
    for (const phrase of phrases) {
      // (The generator knows no \b: without it a phrase matches more strings, all of which must pass too.)
      const whole = new RegExp(`^(?:${phrase.replaceAll('\\b', '')})$`, 'u');
      fc.assert(fc.property(fc.stringMatching(whole), (label) => mayMatch(gate, label)), { seed: 3, numRuns: 200 });
    }
  });

  test('the generated table is current (else run scripts/gen-label-gates.ts)', () => {
    expect(LABEL_TABLE).toEqual(labelTable());
  });

  test('the gates read openings, held runs and optional parts', () => {
    expect(labelGate(['related', '.{0,3}'])).toBeNull();
    expect(labelGate(['x?y'])?.holds).toEqual(['y']);
    const some = labelGate(['related( stories)?', '(most|top) read', '.{0,40} newsletters?', '\\d+ comments?']);
    expect(some?.opens.split('|').sort()).toEqual(['mos', 'rel', 'top']);
    expect(some?.holds).toEqual([' newsletter', ' comment']);
    expect(mayMatch(some, 'our weekly newsletter')).toBe(true);
    expect(mayMatch(some, 'world news')).toBe(false);
  });
});
