/**
 * Performance marks the E2E run reads and prints: first paint comes from the browser's own
 * paint timing; this marks the moment the full analysis is on screen.
 */
const ANALYSED_MARK = 'precis-analysed';

export function markAnalysed(): void {
  // After the next frame, so the mark includes rendering the results, not just computing them.
  requestAnimationFrame(() => {
    if (performance.getEntriesByName(ANALYSED_MARK).length === 0) performance.mark(ANALYSED_MARK);
  });
}
