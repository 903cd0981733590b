/**
 * The element the reader right-clicked, for "Hide this element…" when our content script was
 * injected only by that click (it could not watch the right-click itself). Firefox names the
 * element (menus.getTargetElement); Chrome only gives a link's or an image's URL.
 */
import { browser } from '../../shared/browser.js';
import type { MenuTarget } from '../../shared/protocol.js';

type Menus = { getTargetElement?(id: number): Element | null };

function byElementId(id: number | undefined): Element | null {
  if (id === undefined) return null;
  try {
    return (browser as unknown as { menus?: Menus }).menus?.getTargetElement?.(id) ?? null;
  } catch {
    return null;
  }
}

export function findMenuTarget(doc: Document, target: MenuTarget | undefined): Element | null {
  if (!target) return null;
  const named = byElementId(target.elementId);
  if (named?.isConnected) return named;
  if (target.srcUrl) {
    const media = Array.from(doc.querySelectorAll<HTMLImageElement>('img, video, audio, source, iframe'));
    const hit = media.find((el) => el.currentSrc === target.srcUrl || el.src === target.srcUrl);
    if (hit) return hit;
  }
  if (target.linkUrl) return Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]')).find((a) => a.href === target.linkUrl) ?? null;
  return null;
}
