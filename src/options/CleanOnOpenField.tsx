import { t } from '../shared/i18n.js';
import type { Options } from '../shared/options.js';

/** "Clean the page when I open Precis": the toolbar click cleans an article (on by default). */
export function CleanOnOpenField({ options, onChange }: { options: Options; onChange: (p: Partial<Options>) => void }) {
  return (
    <fieldset>
      <legend class="visually-hidden">{t('cleanOnOpenLabel')}</legend>
      <label class="choice">
        <input type="checkbox" checked={options.cleanOnOpen} aria-describedby="clean-on-open-hint" onChange={(e) => onChange({ cleanOnOpen: e.currentTarget.checked })} />
        <span>
          {t('cleanOnOpenLabel')}
          <small id="clean-on-open-hint">{t('cleanOnOpenHint')}</small>
        </span>
      </label>
    </fieldset>
  );
}
