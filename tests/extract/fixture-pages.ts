/** Loads tests/fixtures/pages/<name>.html with its <name>.expected.json (shared by Vitest and E2E). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HiddenReason } from '../../src/core/types.js';

export const PAGES_DIR = 'tests/fixtures/pages';

/** What the analysis must find on a page: its people (exactly), organisations, places and quotes. */
export interface AnalysisExpectation {
  people: string[];
  organizations: string[];
  places: string[];
  /** Each statement (not scare quotes) by the start of its words, with its speaker. */
  quotes: Array<{ text: string; speaker: string | null }>;
}

export interface FixtureExpectation {
  url: string;
  isArticle: boolean;
  analysis?: AnalysisExpectation;
  title?: string;
  mustHide: Array<{ text: string; reason: HiddenReason }>;
  mustKeep: string[];
  textMustNotContain?: string[];
  /** Clutter a script in the page adds after load (each <template> cloned into its target). */
  lateMustHide?: Array<{ text: string; reason: HiddenReason }>;
  late?: Array<{ template: string; target: string }>;
}

export interface Fixture {
  name: string;
  file: string;
  html: string;
  expected: FixtureExpectation;
}

export function loadFixtures(): Fixture[] {
  return readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.expected\.json$/, '');
      return {
        name,
        file: `${name}.html`,
        html: readFileSync(join(PAGES_DIR, `${name}.html`), 'utf8'),
        expected: JSON.parse(readFileSync(join(PAGES_DIR, f), 'utf8')) as FixtureExpectation,
      };
    });
}

/** Text compared without whitespace: textContent glues "Facebook" and "Twitter" buttons together. */
export const squash = (s: string): string => s.replace(/\s+/g, '');
