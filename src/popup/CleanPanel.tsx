import type { CleanState } from '../shared/article-data.js';
import { t } from '../shared/i18n.js';
import { autoCleanApplies, type Options } from '../shared/options.js';
import { requestSitePermission, siteHost, withSiteAutoCleaned } from './auto-clean-site.js';
import { HiddenList } from './HiddenList.js';
import { cleanPage, forgetSiteRule, restoreHidden, startPicker } from './page-actions.js';

interface Props {
  tabId: number;
  url: string;
  clean: CleanState;
  options: Options | null;
  onClean: (state: CleanState) => void;
  onOptions: (patch: Partial<Options>) => Promise<void>;
  announce: (message: string) => void;
}

/** What was hidden and the controls over it: restore one, show everything, clean, auto-clean. */
export function CleanPanel({ tabId, url, clean, options, onClean, onOptions, announce }: Props) {
  const hiddenNow = clean.hidden.filter((h) => !h.restored).length;
  const host = siteHost(url);
  const run = (action: Promise<CleanState>, done: string) =>
    void action.then((s) => (onClean(s), announce(done))).catch(() => announce(t('pageUnreachable')));

  const pick = () =>
    void startPicker(tabId)
      .then(() => (announce(t('pickerStarted')), window.close()))
      .catch(() => announce(t('pageUnreachable')));

  const autoClean = async () => {
    if (!host || !options) return;
    const granted = await requestSitePermission(host).catch(() => false);
    if (!granted) return announce(t('permissionDenied'));
    await onOptions(withSiteAutoCleaned(options, host));
    announce(t('autoCleanSiteOn', host));
  };

  return (
    <section class="clean-panel" aria-labelledby="clean-h">
      <h2 id="clean-h" class="visually-hidden">{t('cleanHeading')}</h2>
      <div class="row">
        <p class="hidden-count">{clean.cleaned ? t('hiddenCount', String(hiddenNow)) : t('notCleaned')}</p>
        {clean.cleaned ? (
          <button type="button" onClick={() => run(restoreHidden(tabId, 'all'), t('allRestored'))}>{t('showEverything')}</button>
        ) : (
          <button type="button" class="primary" onClick={() => run(cleanPage(tabId), t('pageCleaned'))}>{t('cleanThisPage')}</button>
        )}
      </div>
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
        autoCleanApplies(options, host) ? (
          <p class="note">{t('autoCleanSiteIsOn', host)}</p>
        ) : (
          <button type="button" class="link" onClick={() => void autoClean()}>{t('autoCleanThisSite', host)}</button>
        )
      )}
    </section>
  );
}
