import { t } from '../shared/i18n.js';
import { autoCleanApplies, isNeverSite, type Options } from '../shared/options.js';
import { requestSitePermission, withSiteAutoCleaned, withSiteNeverCleaned, withSiteUnlisted } from './auto-clean-site.js';

interface Props {
  host: string;
  options: Options;
  onOptions: (patch: Partial<Options>) => Promise<void>;
  /** The reader chose "Always": clean this page now too. */
  onAlways: () => void;
  /** The reader chose "Never": show this page as published now too. */
  onNever: () => void;
  announce: (message: string) => void;
}

/**
 * "Always clean this site" / "Never clean this site", one click each; a pressed one, clicked
 * again, hands the site back to the general setting. "Never" beats auto-clean on all sites.
 */
export function SiteChoice({ host, options, onOptions, onAlways, onNever, announce }: Props) {
  const always = autoCleanApplies(options, host);
  const never = isNeverSite(options, host);

  const chooseAlways = async () => {
    if (always && options.autoClean === 'all') return announce(t('autoCleanAllIsOn'));
    if (always) {
      await onOptions(withSiteUnlisted(options, host));
      return announce(t('siteFollowsSetting', host));
    }
    // First await of the click: the permission prompt needs its user activation.
    const granted = await requestSitePermission(host).catch(() => false);
    if (!granted) return announce(t('permissionDenied'));
    await onOptions(withSiteAutoCleaned(options, host));
    onAlways();
    announce(t('autoCleanSiteOn', host));
  };

  const chooseNever = async () => {
    if (never) {
      await onOptions(withSiteUnlisted(options, host));
      return announce(t('siteFollowsSetting', host));
    }
    await onOptions(withSiteNeverCleaned(options, host));
    onNever();
    announce(t('neverCleanSiteOn', host));
  };

  return (
    <div class="site-choice" role="group" aria-label={t('siteChoiceLabel', host)}>
      <button type="button" class="toggle" aria-pressed={always} onClick={() => void chooseAlways()}>{t('alwaysCleanSite')}</button>
      <button type="button" class="toggle" aria-pressed={never} onClick={() => void chooseNever()}>{t('neverCleanSite')}</button>
    </div>
  );
}
