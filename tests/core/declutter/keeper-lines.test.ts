import { expect, test } from 'vitest';
import { isKeeperLine } from '../../../src/core/declutter/keeper-lines.js';
import { isShareText } from '../../../src/core/declutter/share-text.js';

test.each([
  'By Lena Marwick · March 14, 2026', 'Additional reporting by Samir Haddad.', 'Reporting by Priya Lindgren; additional reporting by Sam Okoro.',
  "Editor's note: this story has been changed.", 'This article was updated on April 3 to correct a figure.', 'Correction: an earlier version misspelled a name.',
  'Von Jana Weißgerber', 'Mit Material von dpa', 'Par Claire Dubois', 'Avec AFP', 'Por Lucía Romero', 'Con información de EFE',
  'Fox News’ Jessica Napoli contributed to this report.',
])('keeper: %s', (line) => {
  expect(isKeeperLine(line)).toBe(true);
});

test.each(['Trending', 'Related Articles', 'Subscribe', 'by the harbour the boats sat idle'])('not a keeper: %s', (line) => {
  expect(isKeeperLine(line)).toBe(false);
});

test.each([['Share on Facebook Share on X Email Copy link', true], ['Artikel teilen Facebook X E-Mail', true], ['Partager sur Facebook', true],
  ['Facebook said on Tuesday that it would appeal', false]])('share text %s -> %s', (text, yes) => {
  expect(isShareText(text)).toBe(yes);
});
