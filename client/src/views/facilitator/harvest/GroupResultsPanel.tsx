import type { SessionState } from '../../../../../shared/model/session';
import { countVotes } from '../../../../../shared/rules/vote-results';
import { GroupResults } from '../../../components/GroupResults';
import { useT } from '../../../i18n';

/**
 * The votes by group in the cockpit. The facilitator holds every dot with its voter, so the split
 * is counted here as the server counts it at closing, and follows the vote while it is open.
 */
export function GroupResultsPanel({ state }: { state: SessionState }) {
  const t = useT();
  const { byGroup } = countVotes(state);
  return (
    <section className="panel" aria-labelledby="groups-panel-title">
      <h2 id="groups-panel-title">{t('wrapup.groups.title')}</h2>
      {state.voting.open && <p className="hint">{t('wrapup.groups.live')}</p>}
      <GroupResults state={state} byGroup={byGroup} limit={20} variant="panel" />
    </section>
  );
}
