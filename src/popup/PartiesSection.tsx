import type { Party, PartyKind } from '../core/types.js';
import { t } from '../shared/i18n.js';
import { groupParties, mentionTexts } from './group-parties.js';
import { highlightMentions } from './page-actions.js';

const GROUP_LABEL: Record<PartyKind, () => string> = {
  person: () => t('partiesPeople'),
  organization: () => t('partiesOrganisations'),
  place: () => t('partiesPlaces'),
};

/** Who and what the article is about; a click marks every mention in the page. */
export function PartiesSection({ tabId, parties }: { tabId: number; parties: Party[] }) {
  const groups = groupParties(parties);
  return (
    <section aria-labelledby="parties-h">
      <h2 id="parties-h">{t('partiesHeading')}</h2>
      {groups.length === 0 && <p class="empty">{t('noParties')}</p>}
      {groups.map((group) => (
        <div key={group.kind} class="party-group">
          <h3 id={`parties-${group.kind}`}>{GROUP_LABEL[group.kind]()}</h3>
          <ul class="parties" aria-labelledby={`parties-${group.kind}`}>
            {group.parties.map((p) => (
              <li key={p.name}>
                <button type="button" class="party" onClick={() => highlightMentions(tabId, mentionTexts(p))}
                  aria-label={t('partyLabel', [[p.name, p.role].filter(Boolean).join(', '), String(p.mentions.length)])}>
                  <span class="name">{p.name}</span>
                  {p.role && <span class="role">{p.role}</span>}
                  <span class="count" aria-hidden="true">{p.mentions.length}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
