/**
 * Getting a card or a citation out of the extension: clipboard (PNG through ClipboardItem, or
 * text) and download. Called from a click in the popup, which is the user activation the
 * clipboard needs.
 */

export async function copyPng(png: Blob | Promise<Blob>): Promise<void> {
  // Passing the promise keeps Safari-style activation rules happy and costs Chromium nothing.
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}

export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started by the next task; the object URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "quote-northgate-ledger-we-had-a-deal.png": readable, filesystem-safe, short. */
export function cardFileName(outlet: string | null, quote: string): string {
  const slug = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const words = slug(quote).split('-').slice(0, 6).join('-');
  return `${['quote', slug(outlet ?? ''), words].filter(Boolean).join('-')}.png`;
}
