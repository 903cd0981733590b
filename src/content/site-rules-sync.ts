/**
 * This site's saved rules in the content script: loaded once at start, kept in step with storage
 * (the options page or another tab may change them), added to by the picker and forgotten from
 * the popup. The cleaner gets the selectors; it applies them whenever it cleans.
 */
import { onSiteRulesChanged, loadSiteRules, saveSiteRules } from '../shared/site-rules-storage.js';
import { type SiteRule, withRule } from '../shared/site-rules.js';

export interface SiteRulesSync {
  /** Resolves once the stored rules are known (cleaning waits for it, never long). */
  ready: Promise<void>;
  add(rule: SiteRule): Promise<void>;
  forget(selector: string): Promise<void>;
}

export function syncSiteRules(host: string, apply: (selectors: string[]) => void): SiteRulesSync {
  let rules: SiteRule[] = [];
  const set = (next: SiteRule[]): void => {
    rules = next;
    apply(rules.map((r) => r.selector));
  };
  const reload = (): Promise<void> =>
    loadSiteRules(host).then(set, () => {
      // Storage unavailable (odd frames): no saved rules, cleaning works as before.
    });
  const ready = reload();
  onSiteRulesChanged((changed) => {
    if (changed === host) void reload();
  });
  return {
    ready,
    async add(rule) {
      // Read first: another tab of the same site may have saved a rule meanwhile.
      const next = withRule(await loadSiteRules(host), rule);
      await saveSiteRules(host, next);
      set(next);
    },
    async forget(selector) {
      const next = (await loadSiteRules(host)).filter((r) => r.selector !== selector);
      await saveSiteRules(host, next);
      set(next);
    },
  };
}
