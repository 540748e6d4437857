import type { SessionState } from '../../../../shared/model/session';
import { UnreachableWarning } from '../../components/UnreachableWarning';
import { useT } from '../../i18n';
import { usePublicAddress } from '../../net/publicAddress';
import { BeforehandQuestions } from '../desk/BeforehandQuestions';
import { CardFeed } from './CardFeed';
import { DoorControls } from './DoorControls';
import { LiveCounts } from './LiveCounts';
import { Links } from './Links';
import { PhasePanel } from './PhasePanel';
import { PlanPanel } from './plan/PlanPanel';
import { QuestionQueue } from './QuestionQueue';
import { BroadcastForm, EveningControls } from './RoomControls';

/** Running the evening: the phase and its buttons first, voting and the end beside them, then the room and the feeds. */
export function Cockpit({ state, token, toReport }: { state: SessionState; token: string; toReport: () => void }) {
  const address = usePublicAddress();
  return (
    <div className="cockpit">
      <div className="cockpit-main">
        <UnreachableWarning address={address} />
        {state.status === 'ended' && <EndedNext toReport={toReport} />}
        <PhasePanel state={state} />
        <BroadcastForm />
        <BeforehandQuestions state={state} />
      </div>
      <div className="cockpit-side">
        {/* Voting and the end sit at the top, beside the phase: at 1366×768 they must be on screen. */}
        <EveningControls state={state} />
        <LiveCounts state={state} />
        <DoorControls state={state} />
        <PlanPanel state={state} token={token} />
        <QuestionQueue state={state} />
      </div>
      <div className="cockpit-feed">
        <CardFeed state={state} />
      </div>
      <div className="cockpit-extra">
        <Links sessionId={state.id} token={token} />
      </div>
    </div>
  );
}

/** After the end, the next job is the report: say so where the facilitator is looking. */
function EndedNext({ toReport }: { toReport: () => void }) {
  const t = useT();
  return (
    <section className="panel ended-next" aria-labelledby="ended-next-title">
      <h2 id="ended-next-title">{t('cockpit.ended.title')}</h2>
      <p>{t('cockpit.ended.body')}</p>
      <button type="button" className="primary" onClick={toReport}>
        {t('cockpit.ended.toReport')}
      </button>
    </section>
  );
}
