/**
 * Performance marks the E2E run reads and prints: first paint comes from the browser's own
 * paint timing; these mark the moment the page is clean and the full analysis is on screen.
 */
const ANALYSED_MARK = 'precis-analysed';
const CLEANED_MARK = 'precis-page-cleaned';

/** The content script answered that the page is clean (its hiding stylesheet is attached). */
export function markPageCleaned(): void {
  if (performance.getEntriesByName(CLEANED_MARK).length === 0) performance.mark(CLEANED_MARK);
}

export function markAnalysed(): void {
  // After the next frame, so the mark includes rendering the results, not just computing them.
  requestAnimationFrame(() => {
    if (performance.getEntriesByName(ANALYSED_MARK).length === 0) performance.mark(ANALYSED_MARK);
  });
}
