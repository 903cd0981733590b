/**
 * The `npm run analyze` JSON object, exactly as ../shared/ANALYSIS.md specifies it: the extracted
 * article, what in-place cleaning leaves visible and hid, and the text analysis.
 */
import type { ArticleData, HiddenBlock, TextAnalysis } from '../core/types.js';

export interface AnalysisJson extends ArticleData, TextAnalysis {
  file: string;
  visibleText: string;
  hidden: HiddenBlock[];
  timingsMs: { extract: number; declutter: number; nlp: number };
}

export interface AnalysisError {
  file: string;
  error: string;
}
