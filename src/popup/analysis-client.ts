/**
 * The popup's side of the analysis worker (analysis-worker.ts). `startAnalysis()` is called first
 * thing, so the worker loads and warms the NLP while the popup talks to the tab. A worker that
 * cannot start or dies fails every job with a message the error view shows.
 */
import type { AnalyzeTextOptions, TextAnalysis } from '../core/types.js';
import type { AnalysisJob, AnalysisReply, AnalysisRequest } from './analysis-jobs.js';

type Done = AnalysisReply & { ok: true };

let worker: Worker | null = null;
let broken: Error | null = null;
let nextId = 1;
const pending = new Map<number, { resolve(reply: Done): void; reject(error: Error): void }>();

function fail(error: Error): void {
  broken = error;
  worker?.terminate();
  worker = null;
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

export function startAnalysis(): void {
  if (worker || broken) return;
  try {
    worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    fail(error instanceof Error ? error : new Error(String(error)));
    return;
  }
  worker.onmessage = ({ data }: MessageEvent<AnalysisReply>) => {
    const p = pending.get(data.id);
    pending.delete(data.id);
    if (data.ok) p?.resolve(data);
    else p?.reject(new Error(data.message));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    fail(new Error(event.message || 'The analysis could not start.'));
  };
}

function run(job: AnalysisRequest): Promise<Done> {
  startAnalysis();
  if (!worker) return Promise.reject(broken ?? new Error('The analysis could not start.'));
  const id = nextId++;
  const done = new Promise<Done>((resolve, reject) => pending.set(id, { resolve, reject }));
  const message: AnalysisJob = { ...job, id };
  worker.postMessage(message);
  return done;
}

export async function analyseText(text: string, options: AnalyzeTextOptions): Promise<TextAnalysis> {
  const { analysis } = await run({ kind: 'analyse', text, options });
  if (!analysis) throw new Error('The analysis came back empty.');
  return analysis;
}

export async function summariseText(text: string, sentences: number, title: string | null): Promise<TextAnalysis['summary']> {
  const { summary } = await run({ kind: 'summarise', text, sentences, title });
  if (!summary) throw new Error('The summary came back empty.');
  return summary;
}
