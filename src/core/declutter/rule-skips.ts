/**
 * Which rules of the block table (block-rules.ts) cannot answer for a block, read off a few of its
 * counts before any rule runs. Most blocks of a page (menu items, lines of the page's furniture)
 * have no form, no share or social link, no picture and fewer than three headline links, and
 * every rule about those things would only say "nothing here". At load, a rule test is a call V8
 * runs in its interpreter for each of ~250 blocks per page (~50 rules): skipping the rules a
 * block's counts rule out leaves the same first answer at half the calls.
 *
 * A rule's `skip` (block-rules.ts) names absences its own test requires (no form, for a form
 * rule): only facts under which that rule returns null, never KEEP or a reason;
 * tests/core/declutter/rule-skips.test.ts checks every rule's skip against its test on generated blocks.
 */
import type { BlockFeatures } from './block-features.js';

/** No email field. */
export const NO_EMAIL = 1;
/** No form. */
export const NO_FORM = 2;
/** No link to a social profile. */
export const NO_SOCIAL = 4;
/** Fewer than two share controls (a share bar needs two). */
export const FEW_SHARE = 8;
/** No picture, video or frame. */
export const NO_MEDIA = 16;
/** Fewer than three headline links (a teaser list or card grid needs three). */
export const FEW_HEADLINES = 32;
/** No ad frame. */
export const NO_AD_FRAME = 64;
/** No link or button to the comments. */
export const NO_COMMENT_LINK = 128;
/** Some text (rules about empty boxes do not apply). */
export const HAS_TEXT = 256;
/** No label (heading, aria-label or first short line). */
export const NO_HEADING = 512;
/** No class, id, role or label attributes. */
export const NO_ATTRS = 1024;

/** The facts above that hold for `b`, as one mask (a few comparisons, no call). */
export function blockFacts(b: BlockFeatures): number {
  return (b.hasEmailInput ? 0 : NO_EMAIL) | (b.hasForm ? 0 : NO_FORM) | (b.socialLinks === 0 ? NO_SOCIAL : 0) | (b.shareLinks < 2 ? FEW_SHARE : 0) |
    (b.media === 0 ? NO_MEDIA : 0) | (b.headlineLinks < 3 ? FEW_HEADLINES : 0) | (b.adFrames === 0 ? NO_AD_FRAME : 0) |
    (b.commentLinks === 0 ? NO_COMMENT_LINK : 0) | (b.textLength > 0 ? HAS_TEXT : 0) |
    (b.heading ? 0 : NO_HEADING) | (b.attrs ? 0 : NO_ATTRS);
}

/**
 * The rules that may answer for blocks with these facts, in the table's order: made once per
 * mask seen (a page shows a few dozen masks), so a block runs only its own list.
 */
export function rulesFor<R extends { skip?: number }>(rules: readonly R[], facts: number, lists: Map<number, readonly R[]>): readonly R[] {
  let list = lists.get(facts);
  if (!list) lists.set(facts, (list = rules.filter((rule) => ((rule.skip ?? 0) & facts) === 0)));
  return list;
}
