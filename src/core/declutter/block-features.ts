/**
 * A snapshot of one page block as plain data, so the scoring is pure and table-testable
 * (Readability keeps its scores on DOM nodes, which makes its weights untestable).
 */
export interface BlockFeatures {
  tag: string;
  /** id + class names + role + aria-label, lower-cased, space separated. */
  attrs: string;
  /** The block's own heading or label text (first heading inside it, or aria-label). */
  heading: string;
  /** Whitespace-folded text, capped (a few hundred characters is enough to judge). */
  text: string;
  textLength: number;
  /** Share of the text that sits inside links, 0..1. */
  linkDensity: number;
  linkCount: number;
  /** Is the block inside the element Readability chose as the article? */
  insideArticle: boolean;
  /** Does the block contain the article element (a page wrapper, never hide it)? */
  containsArticle: boolean;
}

export interface DeclutterContext {
  title: string | null;
  siteName: string | null;
}
