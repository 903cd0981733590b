import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n.js';
import { type SiteRules, exportRules, mergeRules, parseImport } from '../shared/site-rules.js';
import { loadAllSiteRules, onSiteRulesChanged, saveAllSiteRules, saveSiteRules } from '../shared/site-rules-storage.js';

/** Does this engine parse the selector? A fragment has querySelector and never matches the page. */
function isSelector(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Every site's "Hidden by you" rules: delete one, export all to JSON, import a JSON file (all or nothing). */
export function SiteRulesField({ onStatus }: { onStatus: (message: string) => void }) {
  const [rules, setRules] = useState<SiteRules | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    const reload = () => void loadAllSiteRules().then(setRules);
    reload();
    onSiteRulesChanged(reload);
  }, []);
  if (!rules) return null;
  const hosts = Object.keys(rules).sort();

  const remove = async (host: string, selector: string) => {
    const next = (rules[host] ?? []).filter((r) => r.selector !== selector);
    await saveSiteRules(host, next);
    setRules({ ...rules, [host]: next });
    onStatus(t('rulesDeleted'));
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseImport(await file.text(), isSelector);
    if (!parsed.ok) return setError(t(parsed.error.key, parsed.error.detail));
    const merged = mergeRules(rules, parsed.rules);
    await saveAllSiteRules(merged, rules);
    setRules(merged);
    setError('');
    onStatus(t('rulesImported', String(Object.values(parsed.rules).reduce((n, l) => n + l.length, 0))));
  };

  return (
    <fieldset class="site-rules">
      <legend>{t('rulesHeading')}</legend>
      <p class="hint">{t('rulesHint')}</p>
      {hosts.length === 0 ? <p class="empty">{t('noRules')}</p> : hosts.map((host) => (
        <div key={host} class="rule-site">
          <h3>{host}</h3>
          <ul class="host-list" aria-label={host}>
            {(rules[host] ?? []).map((rule) => (
              <li key={rule.selector}>
                <span class="rule">
                  <code>{rule.selector}</code>
                  {rule.label && rule.label !== rule.selector && <small>“{rule.label}”</small>}
                </span>
                <button type="button" class="small" aria-label={t('deleteRuleLabel', [rule.selector, host])} onClick={() => void remove(host, rule.selector)}>{t('delete')}</button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <div class="rule-actions">
        <button type="button" disabled={hosts.length === 0} onClick={() => download(JSON.stringify(exportRules(rules), null, 2), 'precis-site-rules.json')}>{t('exportRules')}</button>
        <label class="file-button">
          {t('importRules')}
          <input type="file" accept="application/json,.json" onChange={(e) => void importFile(e.currentTarget)} />
        </label>
      </div>
      <p class="error" role="alert">{error}</p>
    </fieldset>
  );
}
