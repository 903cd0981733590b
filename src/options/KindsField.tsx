import type { HiddenReason } from '../core/types.js';
import { reasonLabel, t } from '../shared/i18n.js';
import { HIDEABLE_KINDS, type Options } from '../shared/options.js';

/** Which kinds of clutter to hide; unticked kinds stay on the page. */
export function KindsField({ options, onChange }: { options: Options; onChange: (p: Partial<Options>) => void }) {
  const toggle = (kind: HiddenReason, on: boolean) => onChange({ hideKinds: { ...options.hideKinds, [kind]: on } });
  return (
    <fieldset>
      <legend>{t('kindsLegend')}</legend>
      <div class="kinds">
        {HIDEABLE_KINDS.map((kind) => (
          <label key={kind} class="check">
            <input type="checkbox" checked={options.hideKinds[kind]} onChange={(e) => toggle(kind, e.currentTarget.checked)} />
            {reasonLabel(kind)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
