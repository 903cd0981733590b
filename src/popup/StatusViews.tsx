import { t } from '../shared/i18n.js';
import type { MessageKey } from '../shared/i18n.js';
import type { CannotRunKind } from './load-report.js';

/**
 * Placeholder blocks the same size as the header and sections that replace them, so nothing
 * jumps when the analysis arrives. Announced once as "Analysing…".
 */
export function AnalysingView({ withHeader }: { withHeader: boolean }) {
  return (
    <div class="analysing" role="status" aria-live="polite">
      <span class="visually-hidden">{t('analysing')}</span>
      {withHeader && <div class="skeleton header-skeleton" aria-hidden="true" />}
      {['summary', 'quotes', 'parties'].map((part) => (
        <div key={part} class={`skeleton ${part}-skeleton`} aria-hidden="true" />
      ))}
    </div>
  );
}

const CANNOT_RUN: Record<CannotRunKind, MessageKey> = {
  'browser-page': 'cannotRunBrowserPage',
  store: 'cannotRunStore',
  pdf: 'cannotRunPdf',
  'not-web': 'cannotRunNotWeb',
  invalid: 'cannotRunInvalid',
  blocked: 'cannotRunBlocked',
};

export function CannotRunView({ why }: { why: CannotRunKind }) {
  return (
    <main class="state cannot-run">
      <h1>{t('cannotRunHeading')}</h1>
      <p>{t(CANNOT_RUN[why])}</p>
      <p class="hint">{t('cannotRunHint')}</p>
    </main>
  );
}

export function ErrorView({ message }: { message: string }) {
  return (
    <main class="state error">
      <h1>{t('errorHeading')}</h1>
      <p role="alert">{t('errorBody')}</p>
      <details>
        <summary>{t('errorDetails')}</summary>
        <pre>{message}</pre>
      </details>
      <button type="button" onClick={() => location.reload()}>{t('tryAgain')}</button>
    </main>
  );
}

export function NotArticleView({ reason, onAnalyse }: { reason: string; onAnalyse: () => void }) {
  return (
    <section class="state not-article" aria-labelledby="not-article-h">
      <h2 id="not-article-h">{t('notArticleHeading')}</h2>
      <p>{t('notArticleBody')}</p>
      <p class="hint">{t('notArticleReason', reason)}</p>
      <button type="button" class="primary" onClick={onAnalyse}>{t('analyseAnyway')}</button>
    </section>
  );
}
