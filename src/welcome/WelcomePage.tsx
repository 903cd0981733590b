import { useState } from 'preact/hooks';
import heroUrl from '../../docs/screenshots/hero.png';
import iconUrl from '../../icons/icon-128.png';
import { type MessageKey, t } from '../shared/i18n.js';
import { applyWelcomeChoice, type WelcomeChoice, type WelcomeOutcome } from './welcome-choice.js';

const OUTCOME_TEXT: Record<WelcomeOutcome, MessageKey> = {
  all: 'welcomeDoneAll',
  sites: 'welcomeDoneSites',
  'not-now': 'welcomeDoneNotNow',
  denied: 'welcomeDenied',
};

/** Opened once, on first install: what Precis does, one real screenshot, and the auto-clean choice. */
export function WelcomePage() {
  const [outcome, setOutcome] = useState<WelcomeOutcome | null>(null);
  const choose = (choice: WelcomeChoice) =>
    void applyWelcomeChoice(choice).then(setOutcome, () => setOutcome('denied'));

  return (
    <main>
      <header>
        <img src={iconUrl} alt="" width={48} height={48} />
        <h1>{t('welcomeTitle')}</h1>
      </header>
      <p class="lead">{t('welcomeLead')}</p>
      <ul class="points">
        <li>{t('welcomePointClean')}</li>
        <li>{t('welcomePointAnalyse')}</li>
        <li>{t('welcomePointUndo')}</li>
      </ul>
      <img class="screenshot" src={heroUrl} alt={t('welcomeScreenshotAlt')} width={1400} height={900} />
      <p class="privacy">{t('welcomePrivacy')}</p>
      <section aria-labelledby="choice-h" class="choice">
        <h2 id="choice-h">{t('welcomeChoiceHeading')}</h2>
        <button type="button" class="primary" aria-describedby="all-hint" onClick={() => choose('all')}>{t('welcomeAllSites')}</button>
        <p class="hint" id="all-hint">{t('welcomeAllSitesHint')}</p>
        <div class="secondary">
          <button type="button" onClick={() => choose('sites')}>{t('welcomeSomeSites')}</button>
          <button type="button" onClick={() => choose('not-now')}>{t('welcomeNotNow')}</button>
        </div>
        <p class={outcome === 'denied' ? 'outcome denied' : 'outcome'} role="status" aria-live="polite">{outcome ? t(OUTCOME_TEXT[outcome]) : ''}</p>
      </section>
      <p class="settings-link"><a href="options.html">{t('welcomeSettings')}</a></p>
    </main>
  );
}
