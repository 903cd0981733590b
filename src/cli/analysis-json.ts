/** The `npm run analyze` JSON object, exactly as ../shared/ANALYSIS.md specifies it. */
import type { HiddenBlock, Party, Quote, SummarySentence } from '../core/types.js';

export interface AnalysisJson {
  file: string;
  url: string;
  isArticle: boolean;
  articleReason: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  readingMinutes: number;
  text: string;
  visibleText: string;
  hidden: HiddenBlock[];
  summary: SummarySentence[];
  quotes: Quote[];
  parties: Party[];
  timingsMs: { extract: number; declutter: number; nlp: number };
}

export interface AnalysisError {
  file: string;
  error: string;
}
