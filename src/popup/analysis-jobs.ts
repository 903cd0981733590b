/** The messages between the popup and its analysis worker (analysis-worker.ts). */
import type { AnalyzeTextOptions, TextAnalysis } from '../core/types.js';

export type AnalysisRequest =
  | { kind: 'analyse'; text: string; options: AnalyzeTextOptions }
  | { kind: 'summarise'; text: string; sentences: number; title: string | null };

export type AnalysisJob = AnalysisRequest & { id: number };

export type AnalysisReply =
  | { id: number; ok: true; analysis?: TextAnalysis; summary?: TextAnalysis['summary'] }
  | { id: number; ok: false; message: string };

/**
 * A made-up paragraph with what the analysis looks for (a quote, its speaker, an organisation).
 * The worker analyses it first thing: V8 compiles the NLP's code paths on their first run, and
 * that run then falls in the time the popup waits for the tab, not after the report arrives.
 */
export const WARM_UP_TEXT =
  'The harbour board met on Tuesday. "We will reopen the ferry pier in May," said Ana Ruiz, who chairs the board. ' +
  'The city council said it would pay for the repairs. Critics at the Dockworkers Union called the plan late.';
