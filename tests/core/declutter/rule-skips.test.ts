import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { BlockFeatures } from '../../../src/core/declutter/block-features.js';
import { BLOCK_RULES, firstRule } from '../../../src/core/declutter/block-rules.js';
import { blockFacts } from '../../../src/core/declutter/rule-skips.js';

/** Texts that reach the rules' words: labels, share and follow lines, pitches, plugs, prices; invented. */
const TEXTS = ['', 'Advertisement', 'Share', 'Related stories', 'Most read', 'Newsletter', 'Follow us on Twitter', '@someone', 'Sign up for our newsletter',
  'We use cookies on this site', 'Read more: the ferry timetable changes', 'Next story', 'Check out more articles on Examplesite', 'Buy now',
  'Get our app', 'Subscribe', '3 comments', 'Comments', 'Video', 'Sponsored by', 'Powered by Acme', 'Print this article', 'Email',
  'Top post 12,345 views', 'Up next in 5', 'Switch to the UK edition', '$10.99 $12.50 €9 £7 at two shops', 'Write to Ana Rocha at ana@example.org',
  'The harbour board met on Monday to discuss the new pier.', 'Home | News | Sport', 'Tags: ferries, harbours, piers'];
const ATTRS = ['', 'outbrain', 'modal dialog', 'video-player', 'share-bar', 'sidebar related', 'ad-slot', 'breadcrumb', 'tags', 'author-bio', 'post-next', 'comments'];
const TAGS = ['div', 'li', 'a', 'p', 'h2', 'h3', 'ul', 'ol', 'section', 'aside', 'form', 'span', 'figure', 'nav'];

const count = fc.nat({ max: 6 });
const features: fc.Arbitrary<BlockFeatures> = fc.record({
  tag: fc.constantFrom(...TAGS), attrs: fc.constantFrom(...ATTRS), heading: fc.constantFrom(...TEXTS), text: fc.constantFrom(...TEXTS),
  textLength: fc.constantFrom(0, 5, 12, 30, 80, 150, 250, 400, 900, 2000, 7000), linkDensity: fc.constantFrom(0, 0.3, 0.5, 0.7, 0.95, 1),
  linkCount: count, inPageLinks: count, insideArticle: fc.boolean(), containsArticle: fc.boolean(), headingCount: count, articleParagraphs: fc.nat({ max: 3 }),
  keepers: fc.nat({ max: 1 }), listItems: count, buttons: count, hasEmailInput: fc.boolean(), hasPassword: fc.boolean(), isTitleCopy: fc.boolean(),
  hasMainTitle: fc.boolean(), afterArticle: fc.boolean(), nextIsLinkList: fc.boolean(), headlineLinks: count, shareLinks: count, media: count,
  ordered: fc.boolean(), hasForm: fc.boolean(), hasTime: fc.boolean(), hasH1: fc.boolean(), beforeArticle: fc.boolean(), socialLinks: count,
  hasTextarea: fc.boolean(), labelHeadings: fc.nat({ max: 3 }), adFrames: fc.nat({ max: 2 }), reservedSlot: fc.boolean(), leadLabel: fc.constantFrom(...TEXTS),
  commentLinks: fc.nat({ max: 2 }), bannerLinks: fc.nat({ max: 2 }), titleKnown: fc.boolean(), linkLineSiblings: fc.nat({ max: 2 }), cardRun: fc.nat({ max: 4 }),
});

describe('rule skips (rule-skips.ts)', () => {
  test('most rules name facts they are skipped for', () => {
    expect(BLOCK_RULES.filter((r) => r.skip).length).toBeGreaterThanOrEqual(26);
  });

  test('a rule skipped for a block answers nothing for it', () => {
    fc.assert(
      fc.property(features, (b) => {
        const facts = blockFacts(b);
        for (const rule of BLOCK_RULES) if ((rule.skip ?? 0) & facts) expect(rule.test(b), rule.id).toBeNull();
      }),
      { seed: 12, numRuns: 4000 },
    );
  });

  test('the first rule is the one the whole table gives', () => {
    const whole = (b: BlockFeatures): { reason: string; rule: string } | null => {
      for (const rule of BLOCK_RULES) {
        const outcome = rule.test(b);
        if (outcome === 'keep') return null;
        if (outcome) return { reason: outcome, rule: rule.id };
      }
      return null;
    };
    fc.assert(fc.property(features, (b) => {
      expect(firstRule(b)).toEqual(whole(b));
    }), { seed: 12, numRuns: 2000 });
  });
});
