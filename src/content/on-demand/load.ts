/**
 * content.js's way to the on-demand tools (hook.ts). The popup and the background inject
 * content-on-demand.js together with content.js whenever they will need it, so it is normally
 * here already; otherwise (content.js came with the auto-clean registration, and the reader
 * reached the picker some other way) the background is asked to inject it into this frame.
 */
import { sendMessage } from '../../shared/protocol.js';
import { type OnDemandTools, onDemandNow, whenOnDemand } from './hook.js';

let requested: Promise<OnDemandTools> | null = null;

export function loadOnDemand(): Promise<OnDemandTools> {
  const ready = onDemandNow();
  if (ready) return Promise.resolve(ready);
  requested ??= sendMessage('injectOnDemand', undefined)
    .then(() => whenOnDemand())
    .finally(() => {
      // A refused injection (the tab's access expired) may succeed on the next click.
      requested = null;
    });
  return requested;
}
