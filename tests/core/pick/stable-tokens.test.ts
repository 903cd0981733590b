/** Which names a selector may rely on: names a person wrote, not names a build tool generated. */
import { describe, expect, test } from 'vitest';
import { isStableAttributeName, isStableName } from '../../../src/core/pick/stable-tokens.js';

describe('isStableName', () => {
  test.each([
    ['newsletter-signup', true],
    ['poll-widget', true],
    ['promo_box', true],
    ['NewsBox', true],
    ['events-rail', true],
    ['sidebar', true],
    ['css-1x2y3z', false], // emotion
    ['css-abcdef', false], // emotion, letters only
    ['sc-bdVaJa', false], // styled-components
    ['bdVaJa', false], // styled-components' short random class
    ['Card_title__3xYz1', false], // CSS modules
    ['jsx-2931045', false],
    ['ember412', false],
    ['story-40711', false], // an id per article: never on the next one
    ['a3f9c2e1', false], // bare hash
    ['is-open', false], // state, not a name
    ['active', false],
    ['ad', false], // too short to say anything
    ['x', false],
    ['', false],
    ['a'.repeat(41), false],
    ['has:colon', false],
  ])('%s -> %s', (name, stable) => {
    expect(isStableName(name)).toBe(stable);
  });
});

describe('isStableAttributeName', () => {
  test.each([
    ['data-component', true],
    ['data-testid', true],
    ['data-widget-kind', true],
    ['itemprop', true],
    ['data-reactid', false],
    ['data-track', false],
    ['data-id', false],
    ['data-timestamp', false],
    ['aria-hidden', false],
  ])('%s -> %s', (name, stable) => {
    expect(isStableAttributeName(name)).toBe(stable);
  });
});
