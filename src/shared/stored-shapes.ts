/**
 * The shapes the extension reads back from storage, as valibot schemas. Whatever is stored can
 * be corrupt (an older version's shape, a half-written entry, another tool writing to the same
 * area), and a popup that trusts it crashes ("Cannot destructure property 'article'", "n.map is
 * not a function"). Every read goes through one of these: a bad value is dropped, never used.
 *
 * Objects are loose: fields added later pass through untouched, so a newer field is not stripped
 * from a cached copy; only the fields the UI relies on are checked.
 */
import * as v from 'valibot';
import type { TextAnalysis } from '../core/types.js';
import type { HiddenKind, PageReport } from './article-data.js';
import { HIDEABLE_KINDS } from './options.js';

/** A UTF-16 offset into the article text. */
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const count = offset;
const text = v.string();
const maybeText = v.nullable(v.string());

const ArticleSchema = v.looseObject({
  url: text,
  isArticle: v.boolean(),
  articleReason: text,
  title: maybeText,
  byline: maybeText,
  siteName: maybeText,
  publishedTime: maybeText,
  lang: maybeText,
  text,
  readingMinutes: v.number(),
});

/** A kind of clutter, or 'user' for a block a rule of the reader's hid ("Hidden by you"). */
const HIDDEN_KINDS = [...HIDEABLE_KINDS, 'user'] as const satisfies readonly HiddenKind[];

const HiddenItemSchema = v.looseObject({
  id: v.number(),
  reason: v.picklist(HIDDEN_KINDS),
  ruleId: v.string(),
  secondary: v.boolean(),
  text,
  restored: v.boolean(),
  rule: v.optional(v.string()),
});

export const PageReportSchema = v.looseObject({
  cleaned: v.boolean(),
  hidden: v.array(HiddenItemSchema),
  sparedByRules: v.optional(count),
  article: ArticleSchema,
});

const SummarySentenceSchema = v.looseObject({ text, start: offset, end: offset });

const QuoteSchema = v.looseObject({
  text,
  speaker: maybeText,
  speakerRole: maybeText,
  fragment: v.boolean(),
  key: v.boolean(),
  start: offset,
  end: offset,
  sentence: v.optional(v.nullable(SummarySentenceSchema)),
});

const PartySchema = v.looseObject({
  name: text,
  kind: v.picklist(['person', 'organization', 'place']),
  role: maybeText,
  aliases: v.array(text),
  mentions: v.array(v.tuple([offset, offset])),
});

export const TextAnalysisSchema = v.looseObject({
  summary: v.array(SummarySentenceSchema),
  quotes: v.array(QuoteSchema),
  parties: v.array(PartySchema),
});

export const CachedAnalysisSchema = v.looseObject({
  url: text,
  textLength: count,
  sentences: count,
  report: PageReportSchema,
  analysis: TextAnalysisSchema,
});

/** Tab ids, most recent first. */
export const RecentTabsSchema = v.array(v.pipe(v.number(), v.integer()));

/** The value if it has the shape, else null: the one way stored data is read. */
export function parseStored<T extends v.GenericSchema>(schema: T, value: unknown): v.InferOutput<T> | null {
  const result = v.safeParse(schema, value);
  return result.success ? result.output : null;
}

// Compile-time checks: the schemas describe the types the UI is written against.
type Assignable<From, To> = [From] extends [To] ? true : never;
const _report: Assignable<v.InferOutput<typeof PageReportSchema>, PageReport> = true;
const _analysis: Assignable<v.InferOutput<typeof TextAnalysisSchema>, TextAnalysis> = true;
