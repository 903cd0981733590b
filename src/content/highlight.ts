/**
 * Scroll the page to a passage of the article and select it briefly, so a click on a summary
 * sentence or a quote in the popup shows where it is. Uses the selection: no DOM is added.
 */
const PROBE_LENGTH = 60;

export function highlightText(doc: Document, passage: string): boolean {
  const probe = passage.replace(/\s+/g, ' ').trim().slice(0, PROBE_LENGTH);
  if (!probe || !doc.body) return false;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = (node.nodeValue ?? '').replace(/\s/g, ' ');
    const at = value.indexOf(probe.slice(0, Math.min(probe.length, value.length)));
    if (at < 0 || value.trim().length < Math.min(20, probe.length)) continue;
    const range = doc.createRange();
    range.setStart(node, at);
    range.setEnd(node, Math.min(value.length, at + passage.length));
    (node.parentElement ?? doc.body).scrollIntoView({ behavior: 'smooth', block: 'center' });
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return true;
  }
  return false;
}
