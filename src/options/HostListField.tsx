import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.js';
import { normaliseHost } from '../shared/options.js';

interface Props {
  id: string;
  legend: string;
  hint: string;
  hosts: string[];
  /** Resolves false when the host was not added (e.g. the permission was refused). */
  onAdd: (host: string) => Promise<boolean>;
  onRemove: (host: string) => void;
}

/** A list of sites with add and remove; accepts a hostname or a pasted URL. */
export function HostListField({ id, legend, hint, hosts, onAdd, onRemove }: Props) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = async (event: Event) => {
    event.preventDefault();
    const host = normaliseHost(draft);
    if (!host) return setError(t('invalidHost'));
    if (await onAdd(host)) {
      setDraft('');
      setError('');
    } else setError(t('permissionDenied'));
  };
  return (
    <fieldset>
      <legend>{legend}</legend>
      <p class="hint" id={`${id}-hint`}>{hint}</p>
      {hosts.length === 0 ? <p class="empty">{t('noSites')}</p> : (
        <ul class="host-list" aria-label={legend}>
          {hosts.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button type="button" class="small" aria-label={t('removeHostLabel', host)} onClick={() => onRemove(host)}>{t('remove')}</button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-host" onSubmit={(e) => void add(e)}>
        <label for={`${id}-input`} class="visually-hidden">{t('addSiteLabel', legend)}</label>
        <input id={`${id}-input`} type="text" inputMode="url" placeholder="example.com" value={draft} aria-describedby={`${id}-hint ${id}-error`}
          aria-invalid={error ? 'true' : undefined} onInput={(e) => setDraft(e.currentTarget.value)} />
        <button type="submit">{t('add')}</button>
      </form>
      <p class="error" id={`${id}-error`} role="alert">{error}</p>
    </fieldset>
  );
}
