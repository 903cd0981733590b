/** Options in storage.sync (follows the user across devices), always validated on the way in. */
import { browser } from './browser.js';
import { type Options, validateOptions } from './options.js';

const KEY = 'options';

export async function loadOptions(): Promise<Options> {
  const stored = await browser.storage.sync.get(KEY);
  return validateOptions(stored[KEY]);
}

export async function saveOptions(patch: Partial<Options>): Promise<Options> {
  const next = validateOptions({ ...(await loadOptions()), ...patch });
  await browser.storage.sync.set({ [KEY]: next });
  return next;
}

export function onOptionsChanged(listener: (options: Options) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && KEY in changes) listener(validateOptions(changes[KEY]?.newValue));
  });
}
