import { t } from '../shared/i18n.js';
import type { MessageKey } from '../shared/i18n.js';
import type { AutoCleanMode, Options } from '../shared/options.js';
import { ALL_SITES, originsFor } from '../shared/site-origins.js';
import { requestOrigins } from './site-permissions.js';

const MODES: ReadonlyArray<[AutoCleanMode, MessageKey, MessageKey]> = [
  ['off', 'autoCleanOff', 'autoCleanOffHint'],
  ['sites', 'autoCleanSites', 'autoCleanSitesHint'],
  ['all', 'autoCleanAll', 'autoCleanAllHint'],
];

/** Off / sites I choose / all sites; switching on asks the browser for exactly those sites. */
export function AutoCleanField({ options, onChange, onDenied }: { options: Options; onChange: (p: Partial<Options>) => void; onDenied: () => void }) {
  const choose = async (mode: AutoCleanMode) => {
    const origins = mode === 'all' ? [...ALL_SITES] : mode === 'sites' ? originsFor(options.sites) : [];
    if (!(await requestOrigins(origins))) return onDenied();
    onChange({ autoClean: mode });
  };
  return (
    <fieldset>
      <legend>{t('autoCleanLegend')}</legend>
      {MODES.map(([mode, label, hint]) => (
        <label key={mode} class="choice">
          <input type="radio" name="autoClean" value={mode} checked={options.autoClean === mode} onChange={() => void choose(mode)} />
          <span>
            {t(label)}
            <small>{t(hint)}</small>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
