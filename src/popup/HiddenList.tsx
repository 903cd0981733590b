import type { HiddenItem } from '../shared/article-data.js';
import { reasonLabel, t } from '../shared/i18n.js';

const FIRST_WORDS = 8;

function firstWords(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > FIRST_WORDS ? `${words.slice(0, FIRST_WORDS).join(' ')}…` : words.join(' ');
}

interface Props {
  items: HiddenItem[];
  onRestore: (id: number) => void;
  /** Forget the saved rule behind a "Hidden by you" block (it shows again here and on the site's other pages). */
  onForget?: (selector: string) => void;
}

/** Every block that was hidden, why, and a way to bring each one back. */
export function HiddenList({ items, onRestore, onForget }: Props) {
  return (
    <ul class="hidden-list">
      {items.map((item) => (
        <li key={item.id} class={item.restored ? 'restored' : undefined}>
          {/* The rule that fired answers "why was this hidden?" without crowding the list. */}
          <span class="reason" title={t('hiddenRuleTitle', item.ruleId)} data-rule={item.ruleId}>
            {reasonLabel(item.reason)}
            {item.secondary ? <span class="secondary-kind"> · {t('secondaryKind')}</span> : null}
          </span>
          <span class="first-words">{firstWords(item.text) || t('hiddenNoText')}</span>
          {item.restored ? (
            <span class="restored-note">{t('restored')}</span>
          ) : (
            <button type="button" class="small" aria-label={t('restoreItemLabel', [reasonLabel(item.reason), firstWords(item.text)])} onClick={() => onRestore(item.id)}>
              {t('restore')}
            </button>
          )}
          {item.rule && onForget && (
            <button type="button" class="small link forget" aria-label={t('forgetRuleLabel', firstWords(item.text) || item.rule)} onClick={() => onForget(item.rule ?? '')}>
              {t('forgetRule')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
