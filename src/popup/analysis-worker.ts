/**
 * The NLP off the popup's main thread. Loading the core (compromise and its lexicon) is the
 * popup's heaviest work; here it starts the moment the popup opens and runs beside the popup's
 * own startup and its messages to the tab, instead of holding up their replies.
 */
import { analyzeText, summarize } from '../core/index.js';
import { type AnalysisJob, type AnalysisReply, WARM_UP_TEXT } from './analysis-jobs.js';

const scope = self as unknown as { onmessage: ((e: MessageEvent<AnalysisJob>) => void) | null; postMessage(reply: AnalysisReply): void };

try {
  analyzeText(WARM_UP_TEXT, { title: 'Harbour board' });
} catch {
  // Only a warm-up: a real job reports its own failure.
}

scope.onmessage = ({ data: job }) => {
  try {
    if (job.kind === 'analyse') scope.postMessage({ id: job.id, ok: true, analysis: analyzeText(job.text, job.options) });
    else scope.postMessage({ id: job.id, ok: true, summary: summarize(job.text, job.sentences, job.title) });
  } catch (error) {
    scope.postMessage({ id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
