import type { SummarySentence } from '../core/types.js';
import { t } from '../shared/i18n.js';
import { SUMMARY_LENGTHS, type SummaryLength } from '../shared/options.js';
import { copyText } from '../quote-card/clipboard.js';
import { highlightPassage } from './page-actions.js';
import { type SummarySource, summaryMarkdown, summaryPlain } from './summary-text.js';

interface Props {
  tabId: number;
  sentences: SummarySentence[];
  length: SummaryLength;
  source: SummarySource;
  onLength: (n: SummaryLength) => void;
  announce: (message: string) => void;
}

/** The summary sentences; each one is a button that shows the sentence in the page. */
export function SummarySection({ tabId, sentences, length, source, onLength, announce }: Props) {
  const copy = (text: string) => void copyText(text).then(() => announce(t('copied')), () => announce(t('copyFailed')));
  return (
    <section aria-labelledby="summary-h">
      <div class="section-head">
        <h2 id="summary-h">{t('summaryHeading')}</h2>
        <div class="segmented" role="group" aria-label={t('summaryLengthLabel')}>
          {SUMMARY_LENGTHS.map((n) => (
            <button key={n} type="button" aria-pressed={n === length} onClick={() => onLength(n)} aria-label={t('summaryLengthN', String(n))}>
              {n}
            </button>
          ))}
        </div>
      </div>
      {sentences.length === 0 ? (
        <p class="empty">{t('noSummary')}</p>
      ) : (
        <ol class="summary">
          {sentences.map((s) => (
            <li key={s.start}>
              <button type="button" class="passage" title={t('showInPage')} onClick={() => highlightPassage(tabId, s.text)}>
                {s.text}
              </button>
            </li>
          ))}
        </ol>
      )}
      {sentences.length > 0 && (
        <div class="actions">
          <button type="button" class="small" onClick={() => copy(summaryPlain(sentences, source))}>{t('copySummary')}</button>
          <button type="button" class="small" onClick={() => copy(summaryMarkdown(sentences, source))}>{t('copyMarkdown')}</button>
        </div>
      )}
    </section>
  );
}
