import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n.js';
import type { Options } from '../shared/options.js';
import { loadOptions, onOptionsChanged, saveOptions } from '../shared/options-storage.js';
import { AutoCleanField } from './AutoCleanField.js';
import { CleanOnOpenField } from './CleanOnOpenField.js';
import { HostListField } from './HostListField.js';
import { KindsField } from './KindsField.js';
import { PresentationFields } from './PresentationFields.js';
import { ShortcutNote } from './ShortcutNote.js';
import { SiteRulesField } from './SiteRulesField.js';
import { originsFor } from '../shared/site-origins.js';
import { requestOrigins } from './site-permissions.js';

/** Every setting on one page; each change is saved at once (storage.sync, validated). */
export function OptionsPage() {
  const [options, setOptions] = useState<Options | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void loadOptions().then(setOptions);
    // The popup can change options too (auto-clean this site, card ratio): stay in step.
    onOptionsChanged(setOptions);
  }, []);
  if (!options) return <main aria-busy="true"><h1>{t('optionsTitle')}</h1></main>;

  const update = (patch: Partial<Options>) =>
    void saveOptions(patch).then((next) => (setOptions(next), setStatus(t('saved'))), () => setStatus(t('saveFailed')));
  const addSite = async (host: string) => {
    if (!(await requestOrigins(originsFor([host])))) return false;
    update({ sites: [...options.sites, host], neverSites: options.neverSites.filter((h) => h !== host) });
    return true;
  };
  const addNever = async (host: string) => {
    update({ neverSites: [...options.neverSites, host], sites: options.sites.filter((h) => h !== host) });
    return true;
  };

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p class="welcome-link"><a href="welcome.html">{t('welcomeLink')}</a></p>
      <section aria-labelledby="clean-h">
        <h2 id="clean-h">{t('cleaningHeading')}</h2>
        <CleanOnOpenField options={options} onChange={update} />
        <AutoCleanField options={options} onChange={update} onDenied={() => setStatus(t('permissionDenied'))} />
        <HostListField id="sites" legend={t('sitesLegend')} hint={t('sitesHint')} hosts={options.sites}
          onAdd={addSite} onRemove={(h) => update({ sites: options.sites.filter((s) => s !== h) })} />
        <HostListField id="never" legend={t('neverLegend')} hint={t('neverHint')} hosts={options.neverSites}
          onAdd={addNever} onRemove={(h) => update({ neverSites: options.neverSites.filter((s) => s !== h) })} />
        <KindsField options={options} onChange={update} />
        <SiteRulesField onStatus={setStatus} />
      </section>
      <section aria-labelledby="present-h">
        <h2 id="present-h">{t('presentationHeading')}</h2>
        <PresentationFields options={options} onChange={update} />
      </section>
      <ShortcutNote />
      <p class="status" role="status" aria-live="polite">{status}</p>
    </main>
  );
}
