/**
 * The NLP for the popup. The core (compromise and its lexicon) is its own chunk and the popup's
 * heaviest work: loading it takes this page's main thread for a while, so it starts only once
 * the requests to the tab are on their way (startup.ts), and then runs while the tab cleans and
 * reads the article in its own process. Started any earlier, it would hold up the replies that
 * let the tab begin.
 */
import type { AnalyzeTextOptions, TextAnalysis } from '../core/types.js';
import { markStep } from './timings.js';

let core: Promise<typeof import('../core/index.js')> | null = null;
const loadCore = (): Promise<typeof import('../core/index.js')> =>
  (core ??= import('../core/index.js').then((loaded) => (markStep('nlp-loaded'), loaded)));

/**
 * A made-up paragraph with what the analysis looks for (a quote, its speaker, an organisation).
 * V8 compiles the NLP's code paths on their first run; analysing this while the tab is still
 * busy moves that first run into time the popup spends waiting anyway.
 */
const WARM_UP_TEXT =
  'The harbour board met on Tuesday. "We will reopen the ferry pier in May," said Ana Ruiz, who chairs the board. ' +
  'The city council said it would pay for the repairs. Critics at the Dockworkers Union called the plan late.';

/** Load the core now; warm it up if, once loaded, the report is still on its way. */
export function startAnalysis(stillWaiting: () => boolean): void {
  loadCore()
    .then(({ analyzeText }) => {
      if (stillWaiting()) analyzeText(WARM_UP_TEXT, { title: 'Harbour board' });
    })
    // A failed load surfaces when the analysis asks for the core, not here.
    .catch(() => undefined);
}

export async function analyseText(text: string, options: AnalyzeTextOptions): Promise<TextAnalysis> {
  const { analyzeText } = await loadCore();
  return analyzeText(text, options);
}

export async function summariseText(text: string, sentences: number, title: string | null): Promise<TextAnalysis['summary']> {
  const { summarize } = await loadCore();
  return summarize(text, sentences, title);
}
