import { useState } from 'preact/hooks';
import type { Quote } from '../core/types.js';
import { t } from '../shared/i18n.js';
import type { Options } from '../shared/options.js';
import type { QuoteSource } from '../quote-card/citation.js';
import { CardSettings } from './CardSettings.js';
import { QuoteItem } from './QuoteItem.js';

interface Props {
  tabId: number;
  quotes: Quote[];
  source: QuoteSource;
  options: Options;
  onOptions: (patch: Partial<Options>) => void;
  announce: (message: string) => void;
}

/** Key quotes first; the rest (scare quotes, minor lines) behind "more". */
export function QuotesSection({ tabId, quotes, source, options, onOptions, announce }: Props) {
  const [showAll, setShowAll] = useState(false);
  const key = quotes.filter((q) => q.key);
  const others = quotes.filter((q) => !q.key);
  const shown = showAll ? [...key, ...others] : key;
  const item = (q: Quote) => <QuoteItem key={q.start} id={`quote-${q.start}`} tabId={tabId} quote={q} source={source} options={options} announce={announce} />;
  return (
    <section aria-labelledby="quotes-h">
      <h2 id="quotes-h">{t('quotesHeading')}</h2>
      {quotes.length === 0 ? (
        <p class="empty">{t('noQuotes')}</p>
      ) : (
        <>
          <CardSettings options={options} onChange={onOptions} />
          {shown.length > 0 ? <ul class="quotes">{shown.map(item)}</ul> : <p class="empty">{t('noKeyQuotes')}</p>}
          {others.length > 0 && (
            <button type="button" class="link" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
              {showAll ? t('fewerQuotes') : t('moreQuotes', String(others.length))}
            </button>
          )}
        </>
      )}
    </section>
  );
}
