/**
 * Can the extension run its content script on this URL? Browsers refuse scripting on their own
 * pages, on the add-on stores and in the PDF viewer; asking anyway throws an opaque error, so the
 * popup checks first and explains.
 */
export type CanRunVerdict =
  | { ok: true }
  | { ok: false; kind: 'browser-page' | 'store' | 'pdf' | 'not-web' | 'invalid'; message: string };

const STORE_HOSTS: ReadonlyArray<[host: string, pathPrefix: string]> = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['addons.mozilla.org', '/'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.opera.com', '/'],
];

const BROWSER_SCHEMES = new Set([
  'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:',
  'about:', 'moz-extension:', 'resource:', 'view-source:', 'brave:', 'opera:', 'vivaldi:',
]);

export function canRunOn(rawUrl: string | undefined | null): CanRunVerdict {
  if (!rawUrl) return { ok: false, kind: 'invalid', message: 'This tab has no address the extension can read.' };
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, kind: 'invalid', message: 'This tab has no address the extension can read.' };
  }
  if (BROWSER_SCHEMES.has(url.protocol)) {
    return { ok: false, kind: 'browser-page', message: 'This is a page of the browser itself; extensions may not run here.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, kind: 'not-web', message: `Precis works on web pages (http and https), not on ${url.protocol} pages.` };
  }
  const host = url.hostname.toLowerCase();
  if (STORE_HOSTS.some(([h, prefix]) => host === h && url.pathname.startsWith(prefix))) {
    return { ok: false, kind: 'store', message: 'Browsers do not let extensions run on their add-on stores.' };
  }
  if (/\.pdf$/i.test(url.pathname)) {
    return { ok: false, kind: 'pdf', message: 'This is a PDF shown by the browser’s viewer; Precis reads web pages only.' };
  }
  return { ok: true };
}
