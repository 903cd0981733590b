/**
 * Performance marks the E2E run and the Chromium bench read: first paint comes from the
 * browser's own paint timing; these mark the moment the page is clean, the full analysis is on
 * screen, and the steps on the way there (so the bench can say where the time goes).
 */
const ANALYSED_MARK = 'precis-analysed';
const CLEANED_MARK = 'precis-page-cleaned';

/**
 * Steps towards 'analysed': popup-start.js runs, the popup's module starts, then the tab work
 * (scripts-injected: content-on-demand.js's injection is back, with the report when it read the
 * article), the NLP loaded, the report taken, the analysis computed (then rendered: 'analysed').
 * 'warmed': the warm-up (analysis-client.ts) ran to its end before the report came (no mark if not).
 */
export type PopupStep = 'start-script' | 'started' | 'tab-address' | 'scripts-injected' | 'report' | 'nlp-loaded' | 'computed' | 'warmed' | TabStep;

/** In the tab: its read of the article began (content-on-demand.js compiled and run) and ended. */
export type TabStep = 'tab-read-start' | 'tab-read-done';

const markOnce = (name: string): void => {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
};

export function markStep(step: PopupStep): void {
  markOnce(`precis-${step}`);
}

/** A step the tab timed (ms since the epoch, its performance.timeOrigin + now()), on this page's timeline. */
export function markTabStep(step: TabStep, epochMs: number): void {
  const startTime = epochMs - performance.timeOrigin;
  if (Number.isFinite(startTime) && performance.getEntriesByName(`precis-${step}`).length === 0) performance.mark(`precis-${step}`, { startTime });
}

/** The content script answered that the page is clean (its hiding stylesheet is attached). */
export function markPageCleaned(): void {
  markOnce(CLEANED_MARK);
}

/**
 * Resolves after that frame is drawn (a task posted from the frame's rAF callback runs after its
 * rendering), so work that can wait (the cache write) goes after the frame, not into it.
 */
export function markAnalysed(): Promise<void> {
  // After the next frame, so the mark includes rendering the results, not just computing them.
  return new Promise((resolve) => requestAnimationFrame(() => (markOnce(ANALYSED_MARK), setTimeout(resolve, 0))));
}
