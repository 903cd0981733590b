import { t } from '../shared/i18n.js';
import { CARD_RATIOS, type CardRatio, type CardTheme, type Options, SUMMARY_LENGTHS, type SummaryLength } from '../shared/options.js';
import type { MessageKey } from '../shared/i18n.js';

const THEMES: ReadonlyArray<[CardTheme, MessageKey]> = [['light', 'themeLight'], ['dark', 'themeDark'], ['accent', 'themeAccent']];

function Radios<T extends string | number>({ name, legend, value, choices, onChange }: {
  name: string; legend: string; value: T; choices: ReadonlyArray<[T, string]>; onChange: (v: T) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div class="inline-choices">
        {choices.map(([v, label]) => (
          <label key={String(v)} class="check">
            <input type="radio" name={name} checked={value === v} onChange={() => onChange(v)} />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Summary length and the look of quote cards. */
export function PresentationFields({ options, onChange }: { options: Options; onChange: (p: Partial<Options>) => void }) {
  return (
    <>
      <Radios name="summary" legend={t('summaryLengthLegend')} value={options.summarySentences}
        choices={SUMMARY_LENGTHS.map((n) => [n, t('sentencesN', String(n))] as [SummaryLength, string])} onChange={(n) => onChange({ summarySentences: n })} />
      <Radios name="cardTheme" legend={t('cardTheme')} value={options.cardTheme}
        choices={THEMES.map(([v, k]) => [v, t(k)] as [CardTheme, string])} onChange={(v) => onChange({ cardTheme: v })} />
      <Radios name="cardRatio" legend={t('cardRatio')} value={options.cardRatio}
        choices={CARD_RATIOS.map((r) => [r, r] as [CardRatio, string])} onChange={(v) => onChange({ cardRatio: v })} />
    </>
  );
}
