import { t } from '../shared/i18n.js';
import { CARD_RATIOS, CARD_THEMES, type CardRatio, type CardTheme, type Options } from '../shared/options.js';

const themeLabel = (theme: CardTheme): string => t(theme === 'light' ? 'themeLight' : theme === 'dark' ? 'themeDark' : 'themeAccent');

/** Shape and colours of the image cards; the same setting as on the options page. */
export function CardSettings({ options, onChange }: { options: Options; onChange: (patch: Partial<Options>) => void }) {
  return (
    <div class="card-settings">
      <label>
        {t('cardRatio')}
        <select value={options.cardRatio} onChange={(e) => onChange({ cardRatio: e.currentTarget.value as CardRatio })}>
          {CARD_RATIOS.map((r) => <option key={r} value={r}>{r}</option>)}
        </select>
      </label>
      <label>
        {t('cardTheme')}
        <select value={options.cardTheme} onChange={(e) => onChange({ cardTheme: e.currentTarget.value as CardTheme })}>
          {CARD_THEMES.map((th) => <option key={th} value={th}>{themeLabel(th)}</option>)}
        </select>
      </label>
    </div>
  );
}
