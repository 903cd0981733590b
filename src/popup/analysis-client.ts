/**
 * The NLP for the popup. The core (compromise and its lexicon) is its own chunk and the popup's
 * heaviest work: loading it takes this page's main thread for a while. It starts as the popup's
 * module starts (startup.ts), when the requests to the tab have left already (popup-start.js),
 * and runs while the tab reads the article in its own process.
 */
import type { AnalyzeTextOptions, TextAnalysis } from '../core/types.js';
import { markStep } from './timings.js';

let core: Promise<typeof import('../core/index.js')> | null = null;
const loadCore = (): Promise<typeof import('../core/index.js')> =>
  (core ??= import('../core/index.js').then((loaded) => (markStep('nlp-loaded'), loaded)));

/**
 * Made-up passages with what the analysis looks for (quotes said before and after the speaker,
 * a partial quote, a pronoun speaker, organisations, places, dates, a byline-like line). V8
 * compiles the NLP's code paths on their first runs and optimises them as they repeat;
 * analysing these while the tab is still busy moves that work into time the popup spends
 * waiting anyway. One passage per task, so a report that arrives waits for one passage at most.
 */
const WARM_UP_PASSAGES = [
  'The harbour board met on Tuesday. "We will reopen the ferry pier in May," said Ana Ruiz, who chairs the board. ' +
    'The city council said it would pay for the repairs. Critics at the Dockworkers Union called the plan late.',
  'Mayor Tomas Lindqvist of Northport told reporters on Friday that the budget was "not a promise but a plan". ' +
    '"The money is there," he said. Officials from the Ministry of Transport in Oslo declined to comment. ' +
    'Dr. Helen Osei, an economist at Westbridge University, said: "Ferries carry more freight than the bridge."',
  'By Marta Quinn. Updated March 3, 2025. Residents of Lower Eastham and Carrow Bay wrote to the Port Authority ' +
    'in January. According to Jonas Peel, a spokesman for the Eastham Ferry Company, the new timetable starts in June. ' +
    '"We have listened," Peel said. The European Union and the United Nations funded a study of the strait.',
];

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Load the core now; warm it up while, once loaded, the report is still on its way. */
export function startAnalysis(stillWaiting: () => boolean): void {
  loadCore()
    .then(async ({ analyzeText }) => {
      for (const passage of [...WARM_UP_PASSAGES, WARM_UP_PASSAGES.join(' ')]) {
        if (!stillWaiting()) return;
        analyzeText(passage, { title: 'Harbour board' });
        await nextTask();
      }
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
