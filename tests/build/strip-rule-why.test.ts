import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { stripWhy } from '../../scripts/lib/strip-rule-why.js';

describe('the content-script build leaves the rules\' why texts out', () => {
  test('a rule keeps its id and test, without its why', () => {
    const rule = "{\n    id: 'share-words',\n    why: 'A row of \\'share\\' words, only: nothing else.',\n    test: (b) => b.textLength <= 200,\n  }";
    expect(stripWhy(rule)).toBe("{\n    id: 'share-words',\n    test: (b) => b.textLength <= 200,\n  }");
  });

  test('every why of the rule table goes, and nothing else does', () => {
    const source = readFileSync('src/core/declutter/block-rules.ts', 'utf8');
    const stripped = stripWhy(source);
    expect(stripped).not.toMatch(/\bwhy: '/);
    expect(stripped.match(/\bid: '/g)?.length).toBe(source.match(/\bid: '/g)?.length);
    expect(stripped.match(/\btest: /g)?.length).toBe(source.match(/\btest: /g)?.length);
  });
});
