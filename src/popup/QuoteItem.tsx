import type { Quote } from '../core/types.js';
import { t } from '../shared/i18n.js';
import type { Options } from '../shared/options.js';
import type { QuoteSource } from '../quote-card/citation.js';
import { highlightPassage } from './page-actions.js';
import { copyQuoteImage, copyQuoteText, downloadQuoteImage } from './quote-actions.js';
import { quotePassage } from './quote-passage.js';

/** A statement in curly quotes, or a partial quote inside its sentence with the quoted words marked. */
function PassageText({ quote }: { quote: Quote }) {
  const p = quotePassage(quote);
  if (p.kind === 'statement') return <>{p.text}</>;
  return <span class="in-sentence">{p.before}<mark>{p.quoted}</mark>{p.after}</span>;
}

interface Props {
  id: string;
  tabId: number;
  quote: Quote;
  source: QuoteSource;
  options: Options;
  announce: (message: string) => void;
}

/** One quote: the words (a button that shows them in the page), who said them, and the exports. */
export function QuoteItem({ id, tabId, quote, source, options, announce }: Props) {
  const attempt = (action: Promise<void>, done: string) => void action.then(() => announce(done), () => announce(t('copyFailed')));
  return (
    <li class="quote">
      <figure>
        <blockquote id={id}>
          <button type="button" class="passage" title={t('showInPage')} onClick={() => highlightPassage(tabId, quote.text)}>
            <PassageText quote={quote} />
          </button>
        </blockquote>
        <figcaption>
          {quote.speaker ? <span class="speaker">{quote.speaker}</span> : <span class="speaker unknown">{t('speakerUnknown')}</span>}
          {quote.speakerRole && <span class="role">{quote.speakerRole}</span>}
        </figcaption>
      </figure>
      <div class="actions" role="group" aria-label={t('quoteActionsLabel')} aria-describedby={id}>
        <button type="button" class="small" aria-describedby={id} onClick={() => attempt(copyQuoteText(quote, source), t('copied'))}>{t('copyText')}</button>
        <button type="button" class="small" aria-describedby={id} onClick={() => attempt(copyQuoteImage(quote, source, options), t('imageCopied'))}>{t('copyImage')}</button>
        <button type="button" class="small" aria-describedby={id} onClick={() => attempt(downloadQuoteImage(quote, source, options), t('downloadStarted'))}>{t('downloadPng')}</button>
      </div>
    </li>
  );
}
