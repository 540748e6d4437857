import type { SessionState } from '../../../../shared/model/session';
import { UnreachableWarning } from '../../components/UnreachableWarning';
import { usePublicAddress } from '../../net/publicAddress';
import { CardFeed } from './CardFeed';
import { DoorControls } from './DoorControls';
import { LiveCounts } from './LiveCounts';
import { Links } from './Links';
import { PhasePanel } from './PhasePanel';
import { PlanPanel } from './plan/PlanPanel';
import { QuestionQueue } from './QuestionQueue';
import { BroadcastForm, EveningControls } from './RoomControls';

/** Running the evening: the phase and its buttons first, then the room, then the feeds. */
export function Cockpit({ state, token }: { state: SessionState; token: string }) {
  const address = usePublicAddress();
  return (
    <div className="cockpit">
      <div className="cockpit-main">
        <UnreachableWarning address={address} />
        <PhasePanel state={state} />
        <BroadcastForm />
      </div>
      <div className="cockpit-side">
        <LiveCounts state={state} />
        <DoorControls state={state} />
        <PlanPanel state={state} />
        <QuestionQueue state={state} />
      </div>
      <div className="cockpit-feed">
        <CardFeed state={state} />
      </div>
      <div className="cockpit-extra">
        <EveningControls state={state} />
        <Links sessionId={state.id} token={token} />
      </div>
    </div>
  );
}
