import { useState } from 'preact/hooks';
import { type HostProblem, checkHost } from '../shared/host-name.js';
import { type MessageKey, t } from '../shared/i18n.js';

/** What each refused address is told: the rule it broke, with an example that keeps it. */
const HOST_PROBLEM_MESSAGES: Record<HostProblem, MessageKey> = {
  empty: 'hostEmpty',
  'empty-part': 'hostEmptyPart',
  'hyphen-edge': 'hostHyphenEdge',
  'too-long': 'hostTooLong',
  'no-domain': 'hostNoDomain',
  credentials: 'hostCredentials',
  'bad-address': 'hostBadAddress',
  'not-a-host': 'invalidHost',
};

interface Props {
  id: string;
  legend: string;
  hint: string;
  hosts: string[];
  /** Resolves null when the host was added, else what to tell the reader (permission refused, list full). */
  onAdd: (host: string) => Promise<string | null>;
  onRemove: (host: string) => void;
}

/** A list of sites with add and remove; accepts a hostname or a pasted URL. */
export function HostListField({ id, legend, hint, hosts, onAdd, onRemove }: Props) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = async (event: Event) => {
    event.preventDefault();
    const checked = checkHost(draft);
    if (!checked.ok) return setError(t(HOST_PROBLEM_MESSAGES[checked.problem]));
    const refused = await onAdd(checked.host);
    setError(refused ?? '');
    if (refused === null) setDraft('');
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
