/**
 * The NLP core's chunks, fetched and compiled ahead of the popup's own import of them, but only
 * once the tab's requests are out. Declared in popup.html as inert hints (the build writes them,
 * see vite.config.ts): as real <link rel="modulepreload"> there, they held up popup-start.js
 * itself by ~30 ms on a busy machine (the browser fetched and compiled 300 KB first), and with it
 * the whole tab read.
 */
export const LATER_PRELOAD_REL = 'precis-preload-later';

export function preloadNow(doc: Document = document): void {
  const hints = Array.from(doc.querySelectorAll(`link[rel="${LATER_PRELOAD_REL}"]`));
  // (The build puts the hints first in <head>; should they not be parsed yet, they soon will be.)
  if (hints.length === 0 && doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', () => preloadNow(doc), { once: true });
    return;
  }
  for (const hint of hints) {
    const href = hint.getAttribute('href');
    if (!href) continue;
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    // As the build's module scripts are loaded (crossorigin), so the preloaded module is the one imported.
    link.crossOrigin = '';
    link.href = href;
    doc.head.append(link);
    hint.remove();
  }
}
