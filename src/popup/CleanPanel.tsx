import type { CleanState } from '../shared/article-data.js';
import { t } from '../shared/i18n.js';
import type { Options } from '../shared/options.js';
import { siteHost } from './auto-clean-site.js';
import { HiddenList } from './HiddenList.js';
import { cleanPage, forgetSiteRule, restoreHidden, startPicker } from './page-actions.js';
import { SiteChoice } from './SiteChoice.js';

interface Props {
  tabId: number;
  url: string;
  clean: CleanState;
  /** The clean on open is under way: its result comes in a moment, so no button to press yet. */
  cleaning?: boolean;
  /** Judged an article: the button reads "Clean this page"; otherwise "Clean anyway". */
  isArticle: boolean;
  options: Options | null;
  onClean: (state: CleanState) => void;
  /** Resolves false when the change was not saved (the reader has been told why). */
  onOptions: (patch: Partial<Options>) => Promise<boolean>;
  announce: (message: string) => void;
}

/** "9 items hidden" (with one and none said properly: i18n catalogues have no plural rules). */
function hiddenLine(count: number): string {
  if (count === 0) return t('hiddenNone');
  return count === 1 ? t('hiddenOne') : t('hiddenMany', String(count));
}

/** What was hidden and the controls over it: one line with "Show all", per item, per site. */
export function CleanPanel({ tabId, url, clean, cleaning = false, isArticle, options, onClean, onOptions, announce }: Props) {
  const hiddenNow = clean.hidden.filter((h) => !h.restored).length;
  const host = siteHost(url);
  const run = (action: Promise<CleanState>, done: string) =>
    void action.then((s) => (onClean(s), announce(done))).catch(() => announce(t('pageUnreachable')));
  const showAll = () => run(restoreHidden(tabId, 'all'), t('allRestored'));
  const cleanNow = () => run(cleanPage(tabId), t('pageCleaned'));
  // After a per-site choice the page follows it at once; the choice itself is what is announced.
  const quietly = (action: Promise<CleanState>) => void action.then(onClean, () => undefined);

  const pick = () =>
    void startPicker(tabId)
      .then(() => (announce(t('pickerStarted')), window.close()))
      .catch(() => announce(t('pageUnreachable')));

  return (
    <section class="clean-panel" aria-labelledby="clean-h">
      <h2 id="clean-h" class="visually-hidden">{t('cleanHeading')}</h2>
      {!clean.cleaned && cleaning ? (
        <p class="hidden-count" aria-busy="true">{t('cleaningPage')}</p>
      ) : clean.cleaned ? (
        <p class="hidden-count">
          {hiddenLine(hiddenNow)}
          <span aria-hidden="true"> · </span>
          <button type="button" class="link" onClick={showAll}>{t('showEverything')}</button>
        </p>
      ) : (
        <div class="row">
          <p class="hidden-count">{t('notCleaned')}</p>
          <button type="button" class="primary" onClick={cleanNow}>{isArticle ? t('cleanThisPage') : t('cleanAnyway')}</button>
        </div>
      )}
      {clean.cleaned && clean.hidden.length > 0 && (
        <details class="hidden-details">
          <summary>{t('whatWasHidden')}</summary>
          <HiddenList items={clean.hidden} onRestore={(id) => run(restoreHidden(tabId, id), t('blockRestored'))}
            onForget={(selector) => run(forgetSiteRule(tabId, selector), t('ruleForgotten'))} />
        </details>
      )}
      {clean.cleaned && (clean.sparedByRules ?? 0) > 0 && <p class="note">{t('sparedByRules', String(clean.sparedByRules))}</p>}
      <button type="button" class="link pick" onClick={pick}>{t('hideSomethingElse')}</button>
      {host && options && (
        <SiteChoice host={host} options={options} onOptions={onOptions} announce={announce}
          onAlways={() => {
            if (!clean.cleaned) quietly(cleanPage(tabId));
          }}
          onNever={() => {
            if (clean.cleaned) quietly(restoreHidden(tabId, 'all'));
          }} />
      )}
    </section>
  );
}
