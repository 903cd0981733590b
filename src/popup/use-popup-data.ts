/**
 * The popup's data: which page, its report from the content script, the analysis (cached per
 * tab+URL), and the reader's options. Components get plain values and callbacks from here.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TextAnalysis } from '../core/types.js';
import type { CleanState, PageReport } from '../shared/article-data.js';
import { type Options, type SummaryLength, cleanOnOpenApplies } from '../shared/options.js';
import { saveOptions } from '../shared/options-storage.js';
import { isFresh, readCached, writeCached } from './analysis-cache.js';
import { siteHost } from './auto-clean-site.js';
import { type CannotRunKind, analyse, resummarise } from './load-report.js';
import type { PopupStartup } from './startup.js';
import { markAnalysed, markStep } from './timings.js';

export interface ReadyState {
  kind: 'ready';
  tabId: number;
  url: string;
  report: PageReport;
  /** null while analysing, or when the page is not an article and the reader has not asked. */
  analysis: TextAnalysis | null;
  analysing: boolean;
  /** The clean on open is still under way in the tab (its reply brings the state after it). */
  cleaning: boolean;
}

export type PopupState = { kind: 'loading' } | { kind: 'cannot-run'; why: CannotRunKind } | { kind: 'error'; message: string } | ReadyState;

/**
 * The clean on open's reply is the tab's state after that clean. A report read after it already
 * holds as much (or more: late clutter hidden since), so the reply only fills in a report read
 * before the clean.
 */
const withCleanReply = (report: PageReport, clean: CleanState | null): PageReport =>
  clean?.cleaned && !report.cleaned ? { ...report, ...clean } : report;

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const cacheAnalysis = (ready: ReadyState, sentences: number, analysis: TextAnalysis): Promise<void> =>
  writeCached(ready.tabId, { url: ready.url, textLength: ready.report.article.text.length, sentences, report: ready.report, analysis });

export function usePopupData(startup: PopupStartup) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [options, setOptions] = useState<Options | null>(null);

  /** `cleanOnOpen`: a clean under way, whose state the cached report should hold (a reopened popup shows it). */
  const runAnalysis = useCallback(async (ready: ReadyState, sentences: number, cleanOnOpen?: Promise<CleanState | null>) => {
    setState({ ...ready, analysing: true });
    const analysis = await analyse(ready.report, sentences);
    markStep('computed');
    setState((s) => (s.kind === 'ready' ? { ...s, analysis, analysing: false } : s));
    // The cache write (a structured clone of the report and the analysis) waits for the frame
    // that shows the analysis, so it never delays it.
    const shown = markAnalysed();
    const report = withCleanReply(ready.report, (await cleanOnOpen) ?? null);
    await shown;
    await cacheAnalysis({ ...ready, report }, sentences, analysis);
  }, []);

  useEffect(() => {
    (async () => {
      const tabId = await startup.tabId;
      if (tabId === null) return setState({ kind: 'cannot-run', why: 'invalid' });
      const [opts, url] = await Promise.all([startup.options, startup.url]);
      setOptions(opts);
      const cached = await readCached(tabId, url).catch(() => null);
      if (cached) {
        setState({ kind: 'ready', tabId, url: cached.url, report: cached.report, analysis: cached.analysis, analysing: false, cleaning: false });
        void markAnalysed();
      }
      const page = await startup.page;
      if (page === null) return setState({ kind: 'cannot-run', why: 'invalid' });
      if (page.kind === 'cannot-run') return setState(page);
      // The tab cleans on open only an article, with the setting on and the site not on the never list.
      const pageUrl = page.url ?? '';
      const cleaning = !page.report.cleaned && page.report.article.isArticle && cleanOnOpenApplies(opts, siteHost(pageUrl));
      const ready: ReadyState = { kind: 'ready', tabId, url: pageUrl, report: page.report, analysis: null, analysing: false, cleaning };
      // Runs after the updates below (a promise callback), even when the reply is already here.
      void page.cleanOnOpen.then((clean) => setState((s) => (s.kind === 'ready' ? { ...s, report: withCleanReply(s.report, clean), cleaning: false } : s)));
      if (cached && isFresh(cached, page.report, opts.summarySentences)) {
        // Only the clean state can have changed since last time; keep the cached analysis.
        return setState((s) => (s.kind === 'ready' ? { ...s, report: page.report, cleaning: ready.cleaning } : s));
      }
      if (!page.report.article.isArticle) return setState(ready);
      await runAnalysis(ready, opts.summarySentences, page.cleanOnOpen);
    })().catch((error: unknown) => setState({ kind: 'error', message: message(error) }));
  }, [runAnalysis, startup]);

  const ready = state.kind === 'ready' ? state : null;

  const applyClean = (clean: CleanState): void =>
    setState((s) => (s.kind === 'ready' ? { ...s, report: { ...s.report, ...clean } } : s));

  const analyseAnyway = (): void => {
    if (ready && options) runAnalysis(ready, options.summarySentences).catch((e: unknown) => setState({ kind: 'error', message: message(e) }));
  };

  const setSentences = async (sentences: SummaryLength): Promise<void> => {
    setOptions(await saveOptions({ summarySentences: sentences }));
    if (!ready?.analysis) return;
    const summary = await resummarise(ready.report, sentences);
    const analysis = { ...ready.analysis, summary };
    setState({ ...ready, analysis });
    await cacheAnalysis(ready, sentences, analysis);
  };

  const updateOptions = async (patch: Partial<Options>): Promise<void> => setOptions(await saveOptions(patch));

  return { state, options, applyClean, analyseAnyway, setSentences, updateOptions };
}
