import { useEffect, useState } from 'preact/hooks';
import type { AutoCleanMode, Options } from '../shared/options.js';
import { loadOptions, saveOptions } from '../shared/options-storage.js';

export function OptionsPage() {
  const [options, setOptions] = useState<Options | null>(null);
  useEffect(() => void loadOptions().then(setOptions), []);
  if (!options) return <p>Loading…</p>;
  const update = (patch: Partial<Options>) => void saveOptions(patch).then(setOptions);
  return (
    <main>
      <h1>Precis options</h1>
      <fieldset>
        <legend>Auto-clean</legend>
        {(['off', 'sites', 'all'] as AutoCleanMode[]).map((mode) => (
          <label key={mode}>
            <input type="radio" name="autoClean" checked={options.autoClean === mode} onChange={() => update({ autoClean: mode })} />
            {mode}
          </label>
        ))}
      </fieldset>
    </main>
  );
}
