/**
 * The NLP for the popup. The core (compromise and its lexicon) is its own chunk and the popup's
 * heaviest work: loading it takes this page's main thread for a while. It starts as the popup's
 * module starts (startup.ts), when the requests to the tab have left already (popup-start.js),
 * and runs while the tab reads the article in its own process.
 */
import type { ArticleDraft } from '../core/declutter/article-text.js';
import type { AnalyzeTextOptions, ArticleData, TextAnalysis } from '../core/types.js';
import { formatPublished } from '../quote-card/citation.js';
import { uiLanguage } from '../shared/i18n.js';
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

/**
 * Made-up lines of the kinds the chunk cleaner judges (a label and its list, a credit, a pitch, a
 * byline, prose): finishing this draft compiles its patterns before the tab's first read arrives.
 */
const chunk = (text: string, more: { tag?: string; linkDensity?: number; inList?: boolean; headingLevel?: number } = {}) => ({
  text, tag: more.tag ?? 'p', linkDensity: more.linkDensity ?? 0, inFigure: false, inList: more.inList ?? false, attrs: '', headingLevel: more.headingLevel ?? 0, inSignUpBox: false,
});
const WARM_UP_DRAFT: ArticleDraft = {
  url: 'https://harbour.example/pier', isArticle: true, articleReason: 'warm-up', title: 'Harbour board', byline: null, siteName: null, publishedTime: null, lang: 'en',
  context: { title: 'Harbour board', siteName: 'Harbour News' },
  chunks: [
    chunk('Harbour board', { tag: 'h1', headingLevel: 1 }), chunk('By Marta Quinn'), chunk('Photo: Jonas Peel / Harbour Press'),
    chunk('The harbour board met on Tuesday and agreed to reopen the ferry pier in May, after a year of repairs.'),
    chunk('What the repairs cost', { tag: 'h2', headingLevel: 2 }), chunk('The city council will pay.'),
    chunk('Sign up for our newsletter'), chunk('Share on Facebook'), chunk('Related stories', { tag: 'h2', headingLevel: 2 }),
    chunk('Ferry fares rise in June', { tag: 'li', linkDensity: 1, inList: true }), chunk('New pier lights', { tag: 'li', linkDensity: 1, inList: true }),
  ],
};

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Load the core now; warm it up while, once loaded, the report is still on its way. */
export function startAnalysis(stillWaiting: () => boolean): void {
  loadCore()
    .then(async ({ analyzeText, finishArticle }) => {
      // The page header's date format (its locale data loads on first use).
      if (stillWaiting()) formatPublished('2025-03-03T08:00:00Z', uiLanguage());
      if (stillWaiting()) finishArticle(WARM_UP_DRAFT);
      await nextTask();
      // Kept this small on purpose: the tab's read competes for the same cores. A longer made-up
      // article reaching the rarer paths halved report -> computed but delayed the tab's read by
      // more under load (popup-ab.ts: 0.99x-1.14x), so it was not kept.
      for (const passage of [...WARM_UP_PASSAGES, WARM_UP_PASSAGES.join(' ')]) {
        if (!stillWaiting()) return;
        analyzeText(passage, { title: 'Harbour board' });
        await nextTask();
      }
      markStep('warmed');
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

/** The tab's first read, finished here (the chunk cleaner: core/declutter/article-text.ts). */
export async function finishDraft(draft: ArticleDraft): Promise<ArticleData> {
  const { finishArticle } = await loadCore();
  return finishArticle(draft);
}
