/** The text the popup shows for a quote (statement in curly quotes, or its sentence), for E2E comparisons. */
import type { Quote } from '../../../src/core/types.js';
import { quotePassage } from '../../../src/popup/quote-passage.js';

export function passageText(quote: Quote): string {
  const p = quotePassage(quote);
  return p.kind === 'statement' ? p.text : `${p.before}${p.quoted}${p.after}`;
}
